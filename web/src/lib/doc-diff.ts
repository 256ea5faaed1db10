/** Field-level differences between two versions of a document, and merging a choice of them. */
import { formatPath, getIn, type PathKey, parsePath, setIn } from './paths';

export interface FieldChange {
  /** `indicators[3].actual`; a whole list when its length changed (`problems`). */
  path: string;
  before: unknown;
  after: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** null, undefined and a missing key mean the same thing in a document. */
function blank(v: unknown): boolean {
  return v === null || v === undefined;
}

/** Typed text not yet a number is keyed by field path (dots and brackets): the map is compared as one value. */
const isDrafts = (keys: readonly PathKey[]) => keys.length === 1 && keys[0] === 'drafts';

function walk(a: unknown, b: unknown, keys: PathKey[], out: FieldChange[]): void {
  if (blank(a) && blank(b)) return;
  if (isDrafts(keys)) {
    if (JSON.stringify(a ?? {}) !== JSON.stringify(b ?? {}))
      out.push({ path: 'drafts', before: a, after: b });
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (let i = 0; i < a.length; i++) walk(a[i], b[i], [...keys, i], out);
    return;
  }
  if (isObject(a) && isObject(b)) {
    const names = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of names) walk(a[k], b[k], [...keys, k], out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path: formatPath(keys), before: a, after: b });
}

/**
 * Every field that differs between two documents; lists of different lengths count as one change.
 * @example diffDocs({ year: 2022 }, { year: 2023 }) // [{ path: 'year', before: 2022, after: 2023 }]
 */
export function diffDocs(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, [], out);
  return out;
}

/** `base` with the chosen changes applied (each change's `after` value written at its path). */
export function applyChanges<T>(base: T, changes: readonly FieldChange[]): T {
  let out = base;
  for (const c of changes) out = setIn(out, parsePath(c.path), c.after);
  return out;
}

/** A short Chinese rendering of any value for a diff cell. */
export function summarizeValue(v: unknown): string {
  if (blank(v)) return '（空）';
  if (typeof v === 'string') return v === '' ? '（空）' : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `共 ${v.length} 项`;
  const o = v as Record<string, unknown>;
  const name = o.name ?? o.item ?? o.title ?? o.source;
  return typeof name === 'string' ? `「${name}」` : JSON.stringify(v).slice(0, 80);
}

export interface ConflictRow {
  path: string;
  mine: unknown;
  theirs: unknown;
  /** Whether each side changed the field since the version both started from. */
  mineChanged: boolean;
  theirsChanged: boolean;
}

const same = (a: unknown, b: unknown) => diffDocs(a, b).length === 0;

/**
 * The fields where our document and the server's differ, each marked with who changed it since `base`.
 * @example conflictRows(base, mine, theirs).filter((r) => r.mineChanged && r.theirsChanged) // both edited
 */
export function conflictRows(base: unknown, mine: unknown, theirs: unknown): ConflictRow[] {
  return diffDocs(theirs, mine).map((c) => {
    const keys = parsePath(c.path);
    const b = getIn(base, keys);
    return {
      path: c.path,
      mine: c.after,
      theirs: c.before,
      mineChanged: !same(b, c.after),
      theirsChanged: !same(b, c.before),
    };
  });
}
