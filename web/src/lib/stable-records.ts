/** Table records that keep their identity while nothing they show has changed, so only edited rows re-render. */
import { useRef } from 'react';

type Keyed<R> = R & { key: number };
export type StableCache<R> = Array<{ deps: readonly unknown[]; rec: Keyed<R> }>;

/**
 * Records keyed by position (antd reads `key`): a row's previous record is reused while every value `depsOf` lists for
 * it is the same as before. Pure; returns the records and the cache for the next call.
 */
export function stabilize<R extends object>(
  prev: StableCache<R>,
  items: readonly R[],
  depsOf: (item: R, index: number) => readonly unknown[],
): StableCache<R> {
  return items.map((item, i) => {
    const deps = depsOf(item, i);
    const p = prev[i];
    if (p && p.deps.length === deps.length && p.deps.every((d, j) => Object.is(d, deps[j]))) return p;
    return { deps, rec: { ...item, key: i } };
  });
}

/** `stabilize` across renders. Pair with `shouldCellUpdate: recordChanged` on the columns. */
export function useStableRecords<R extends object>(
  items: readonly R[],
  depsOf: (item: R, index: number) => readonly unknown[],
): Keyed<R>[] {
  const cache = useRef<StableCache<R>>([]);
  cache.current = stabilize(cache.current, items, depsOf);
  return cache.current.map((x) => x.rec);
}

/** For antd columns: redraw a cell only when its record is a new object. */
export function recordChanged(record: object, prev: object): boolean {
  return record !== prev;
}
