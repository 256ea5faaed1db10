/** Paths into an evaluation document: `indicators[3].actual`, read and written immutably. */

import { formatPath, getIn, normalizePath, type PathKey, parsePath } from '../../../src/core/paths';

// Parsing, formatting and reading paths live in the core, which the server shares.
export { formatPath, getIn, normalizePath, type PathKey, parsePath };

/** The path and each shorter prefix, longest first: `a[1].b` → [`a[1].b`, `a[1]`, `a`]. */
export function pathPrefixes(path: string): string[] {
  const keys = parsePath(path);
  const out: string[] = [];
  for (let n = keys.length; n > 0; n--) out.push(formatPath(keys.slice(0, n)));
  return out;
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
