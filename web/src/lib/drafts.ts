/**
 * Text typed into number fields that is not a number yet, kept in the document's `drafts` by field path: set and
 * cleared by the fields, carried along when rows are removed or moved, and never left behind at a row that is gone.
 */
import type { Evaluation } from '../../../src/core/model';
import { fieldAt, type Key, keysPath, pathKeys } from '../../../src/core/model/fields';

type Drafts = Record<string, string>;
type Node = Record<string | number, unknown> | unknown[] | null | undefined;

const child = (node: unknown, k: Key): unknown =>
  node && typeof node === 'object' ? (node as Record<Key, unknown>)[k] : undefined;

/** The document with the typed text at `path` set, or removed when `text` is null. */
export function withDraft(doc: Evaluation, path: string, text: string | null): Evaluation {
  const cur = doc.drafts ?? {};
  if (text === null ? !(path in cur) : cur[path] === text) return doc;
  const next: Drafts = { ...cur };
  if (text === null) delete next[path];
  else next[path] = text;
  return { ...doc, drafts: Object.keys(next).length ? next : undefined };
}

/**
 * Where a draft's field went between two versions of the document: rows are followed by identity (a removed row
 * before it moves it up, a moved row takes it along), a row edited in place keeps its index. Null when its row is gone.
 */
function follow(prev: Evaluation, next: Evaluation, keys: readonly Key[]): Key[] | null {
  const out: Key[] = [];
  let a: unknown = prev;
  let b: unknown = next;
  for (const k of keys) {
    if (typeof k === 'number') {
      const before = Array.isArray(a) ? a : [];
      const after = Array.isArray(b) ? b : [];
      const row = before[k];
      let j = after[k] === row ? k : after.indexOf(row);
      if (j < 0) j = before.length === after.length && k < after.length ? k : -1;
      if (j < 0) return null;
      out.push(j);
      a = row;
      b = after[j];
    } else {
      out.push(k);
      a = child(a, k);
      b = child(b, k);
    }
  }
  return out;
}

/** Whether the draft at `keys` still has a place: every row on the way exists and the value itself is empty. */
function fits(doc: Evaluation, keys: readonly Key[]): boolean {
  let node: unknown = doc;
  for (const k of keys) {
    if (typeof k === 'number' && !(Array.isArray(node) && k < node.length)) return false;
    node = child(node as Node, k);
  }
  // A required number (the year) keeps its last valid value while the typed text waits beside it.
  return node === null || node === undefined || fieldAt(keysPath(keys))?.required === true;
}

/**
 * The next document with its drafts where they belong. When an edit left `drafts` as it was (a row removed, moved,
 * another field typed), each draft follows its row; when the edit set `drafts` itself, they are taken as given. Either
 * way a draft whose row is gone or whose field now holds a value is dropped.
 * @example reconcileDrafts(doc, { ...doc, problems: [] }) // drafts of problems' rows are gone with them
 */
export function reconcileDrafts(prev: Evaluation, next: Evaluation): Evaluation {
  const drafts = next.drafts;
  if (!drafts || Object.keys(drafts).length === 0) return next.drafts ? { ...next, drafts: undefined } : next;
  const carried = drafts === prev.drafts;
  const out: Drafts = {};
  let changed = false;
  for (const [path, text] of Object.entries(drafts)) {
    const keys = carried ? follow(prev, next, pathKeys(path)) : pathKeys(path);
    const to = keys && fits(next, keys) ? keysPath(keys) : null;
    if (to !== path) changed = true;
    if (to !== null) out[to] = text;
  }
  if (!changed) return next;
  return { ...next, drafts: Object.keys(out).length ? out : undefined };
}
