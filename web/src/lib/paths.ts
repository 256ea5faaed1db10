/** Paths into an evaluation document: `indicators[3].actual`, read and written immutably. */

export type PathKey = string | number;

/** `indicators[3].actual` or `indicators.3.actual` → ['indicators', 3, 'actual']. */
export function parsePath(path: string): PathKey[] {
  const keys: PathKey[] = [];
  for (const part of path.split('.')) {
    if (part === '') continue;
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      keys.push(part);
      continue;
    }
    if (m[1]) keys.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1]);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) keys.push(Number(idx[1]));
  }
  return keys;
}

/** ['indicators', 3, 'actual'] → `indicators[3].actual`. */
export function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const k of keys) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += out ? `.${k}` : k;
  }
  return out;
}

/** One spelling for every path, whatever its source (validation uses dots, traces brackets). */
export function normalizePath(path: string): string {
  return formatPath(parsePath(path));
}

/** The path and each shorter prefix, longest first: `a[1].b` → [`a[1].b`, `a[1]`, `a`]. */
export function pathPrefixes(path: string): string[] {
  const keys = parsePath(path);
  const out: string[] = [];
  for (let n = keys.length; n > 0; n--) out.push(formatPath(keys.slice(0, n)));
  return out;
}

export function getIn(obj: unknown, keys: readonly PathKey[]): unknown {
  let cur: unknown = obj;
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PathKey, unknown>)[k];
  }
  return cur;
}

/** A copy of `obj` with the value at `keys` replaced; containers on the way are copied, missing ones created. */
export function setIn<T>(obj: T, keys: readonly PathKey[], value: unknown): T {
  if (keys.length === 0) return value as T;
  const [head, ...rest] = keys as [PathKey, ...PathKey[]];
  const base: unknown = obj ?? (typeof head === 'number' ? [] : {});
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<PathKey, unknown>;
  copy[head] = setIn(copy[head], rest, value);
  return copy as T;
}
