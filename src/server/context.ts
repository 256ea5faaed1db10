/** What every route needs: configuration, store, password hasher and the score cache. */
import type { Config } from '../config';
import type { Evaluation } from '../core/model';
import type { ScoreResult } from '../core/rubric';
import type { Derived, Store } from '../store';
import type { PasswordHasher } from './auth/password';
import { deriveEvaluation, safeScore } from './services/derive';

export interface ServerContext {
  config: Config;
  store: Store;
  hasher: PasswordHasher;
  /** Tag of the derived figures' code. */
  rev: string;
  derive(doc: Evaluation): Derived;
  /** Score of a stored evaluation at a version; memoised, since a version never changes (`doc` is read on a miss). */
  scoreAt(id: number, version: number, doc: () => Evaluation): ScoreResult | null;
  /**
   * A value computed from evaluations, kept for `dashboardCacheMs` or until any instance on the database writes an
   * evaluation (the change counter `evaluations`, read before each hit, tells).
   */
  cached<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** A small least-recently-used map. */
function lru<V>(max: number) {
  const m = new Map<string, V>();
  return {
    get(k: string): V | undefined {
      const v = m.get(k);
      if (v !== undefined) {
        m.delete(k);
        m.set(k, v);
      }
      return v;
    },
    set(k: string, v: V) {
      m.set(k, v);
      if (m.size > max) m.delete(m.keys().next().value as string);
    },
  };
}

export function createContext(
  config: Config,
  store: Store,
  hasher: PasswordHasher,
  rev: string,
): ServerContext {
  const scores = lru<{ r: ScoreResult | null }>(2000);
  const memo = new Map<string, { at: number; generation: string; value: Promise<unknown> }>();
  let generation = 0;
  // Every evaluation write clears the memo here at once, and through the database's change counter in every other
  // instance; should bumping the counter fail, the others' memo still ends at the time limit.
  const bump =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    async (...a: A) => {
      try {
        return await f(...a);
      } finally {
        generation++;
        await store.bumpChanges('evaluations').catch(() => {});
      }
    };
  const watched: Store = {
    ...store,
    createEvaluation: bump(store.createEvaluation),
    createEvaluations: bump(store.createEvaluations),
    writeEvaluation: bump(store.writeEvaluation),
    refreshDerived: bump(store.refreshDerived),
  };
  return {
    config,
    store: watched,
    hasher,
    rev,
    derive: (doc) => deriveEvaluation(doc, rev),
    async cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
      if (config.dashboardCacheMs <= 0) return compute();
      // Read before computing: a write landing meanwhile leaves the value marked older than the counter.
      const seen = `${generation}:${await store.readChanges('evaluations')}`;
      const now = Date.now();
      const hit = memo.get(key);
      if (hit && hit.generation === seen && now - hit.at < config.dashboardCacheMs)
        return hit.value as Promise<T>;
      const value = compute();
      if (memo.size > 500) memo.clear();
      memo.set(key, { at: now, generation: seen, value });
      value.catch(() => memo.delete(key));
      return value;
    },
    scoreAt(id, version, doc) {
      const key = `${id}:${version}`;
      const hit = scores.get(key);
      if (hit) return hit.r;
      const r = safeScore(doc());
      scores.set(key, { r });
      return r;
    },
  };
}
