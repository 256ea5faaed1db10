/** Merging an imported document onto the stored one: the fields that differ, and the stored one with some taken. */
import type { Evaluation } from '../../../src/core/model';
import { applyChanges, diffDocs, type FieldChange } from '../lib/doc-diff';

export type Side = 'stored' | 'imported';

/** The provenance of a reading is not a field to merge: the stored document keeps its own. */
export const MERGEABLE = (c: FieldChange) => c.path !== 'extraction' && !c.path.startsWith('extraction.');

const blank = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** The stored document with the imported value at each path picked. */
export function mergeImport(
  stored: Evaluation,
  imported: Evaluation,
  choice: Readonly<Record<string, Side>>,
): Evaluation {
  const picked = diffDocs(stored, imported).filter((c) => MERGEABLE(c) && choice[c.path] === 'imported');
  return applyChanges(stored, picked);
}

/** Start from what is stored, taking the import only where nothing is stored yet (nothing typed is lost). */
export function defaultChoice(stored: Evaluation, imported: Evaluation): Record<string, Side> {
  return Object.fromEntries(
    diffDocs(stored, imported)
      .filter(MERGEABLE)
      .map((c) => [c.path, blank(c.before) ? 'imported' : 'stored']),
  );
}
