/** A bounded memo for pure string functions: parsing the same target text twice costs a map lookup. */

/** Wrap a pure function of one string; the cache is cleared whole when it reaches `max` entries. */
export function memoizeString<T>(fn: (s: string) => T, max = 20_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const v = fn(s);
    if (cache.size >= max) cache.clear();
    cache.set(s, v);
    return v;
  };
}
