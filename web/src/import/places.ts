/**
 * Where a field of the review was found in the source: the place of its path, of a parent, or of its first row; and
 * every place a stated figure was read from (`reported.statements`), with the ones that disagree marked.
 */
import { describePlace, describeValue, differs } from '../../../src/core/audit/rules/_statements';
import type { Statement } from '../../../src/core/model';
import { normalizePath, pathPrefixes } from '../lib/paths';

/**
 * The index of the source piece for a document path; null when the extraction did not say where it came from.
 * @example placeOf({ 'indicators[3]': 57 }, 'indicators[3].actual') // 57
 * @example placeOf({ 'department.functions[0]': 4 }, 'department.functions') // 4
 */
export function placeOf(
  places: Readonly<Record<string, number>> | null | undefined,
  path: string,
): number | null {
  if (!places) return null;
  const p = normalizePath(path);
  for (const prefix of pathPrefixes(p)) {
    const hit = places[prefix];
    if (hit !== undefined) return hit;
  }
  const row = Object.keys(places).find((k) => k.startsWith(`${p}[`) || k.startsWith(`${p}.`));
  return row === undefined ? null : places[row]!;
}

/** One place of a stated figure, as the review lists it. */
export interface StatedAt {
  /** 「正文第 37 行」「表 2-1 合计」 */
  where: string;
  /** 「93.72 分」 */
  value: string;
  piece: number | null;
  /** Disagrees with the value the document holds now. */
  conflict: boolean;
}

/**
 * Every place the figure at `path` is stated, in reading order; empty when it is stated at most once.
 * `statementPlaces` is the server's index of each statement into the source pieces (-1 where not shown).
 * @example statedAt(doc.reported.statements, [12, 40], 'reported.total', 94.72)[0].where // '正文第 37 行'
 */
export function statedAt(
  statements: readonly Statement[] | null | undefined,
  statementPlaces: readonly number[] | null | undefined,
  path: string,
  current: unknown,
): StatedAt[] {
  const p = normalizePath(path);
  const of = (statements ?? []).flatMap((s, i) => (normalizePath(s.field) === p ? [[s, i] as const] : []));
  if (of.length < 2) return [];
  return of.map(([s, i]) => ({
    where: describePlace(s.place),
    value: describeValue(s.field, s.value),
    piece: (statementPlaces?.[i] ?? -1) >= 0 ? statementPlaces![i]! : null,
    conflict:
      current != null &&
      (typeof current === 'number' || typeof current === 'string') &&
      differs(s.value, current),
  }));
}

/** Fields stated at more than one place, in reading order of their first statement. */
export function statedFields(statements: readonly Statement[] | null | undefined): string[] {
  const seen: string[] = [];
  for (const s of statements ?? []) {
    if (seen.includes(s.field)) continue;
    if ((statements ?? []).filter((x) => x.field === s.field).length > 1) seen.push(s.field);
  }
  return seen;
}
