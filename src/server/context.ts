/** What every route needs: configuration, store, password hasher, optional modules and the score cache. */
import type { Config } from '../config';
import type { Evaluation } from '../core/model';
import type { ScoreResult } from '../core/rubric';
import type { Derived, Store } from '../store';
import type { PasswordHasher } from './auth/password';
import { deriveEvaluation, safeScore } from './services/derive';
import type { OptionalModules } from './services/optional';

export interface ServerContext {
  config: Config;
  store: Store;
  hasher: PasswordHasher;
  optional: OptionalModules;
  /** Tag of the derived figures' code. */
  rev: string;
  derive(doc: Evaluation): Derived;
  /** Score of a stored evaluation at a version; memoised, since a version never changes (`doc` is read on a miss). */
  scoreAt(id: number, version: number, doc: () => Evaluation): ScoreResult | null;
  /** A value computed from evaluations, kept for `dashboardCacheMs` or until this server writes an evaluation. */
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
  optional: OptionalModules,
  rev: string,
): ServerContext {
  const scores = lru<{ r: ScoreResult | null }>(2000);
  const memo = new Map<string, { at: number; generation: number; value: Promise<unknown> }>();
  let generation = 0;
  // Every evaluation write through this store clears the memo; other servers' writes wait for the time limit.
  const bump =
    <A extends unknown[], R>(f: (...a: A) => Promise<R>) =>
    async (...a: A) => {
      try {
        return await f(...a);
      } finally {
        generation++;
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
    optional,
    rev,
    derive: (doc) => deriveEvaluation(doc, optional.audit, rev),
    cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const now = Date.now();
      const hit = memo.get(key);
      if (hit && hit.generation === generation && now - hit.at < config.dashboardCacheMs)
        return hit.value as Promise<T>;
      const value = compute();
      if (config.dashboardCacheMs > 0) {
        if (memo.size > 500) memo.clear();
        memo.set(key, { at: now, generation, value });
        value.catch(() => memo.delete(key));
      }
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
