/** Store methods for the counters of the login throttle and write limits, and the change counters of caches. */
import { sql } from 'kysely';
import type { Db, StoreContext } from './_context';
import type { CounterRow, Store } from './types';

type LimitMethods = Pick<
  Store,
  | 'hitCounter'
  | 'blockCounter'
  | 'getCounter'
  | 'deleteCounter'
  | 'deleteExpiredCounters'
  | 'bumpChanges'
  | 'readChanges'
>;

const toCounter = (r: {
  key: string;
  hits: number | string;
  reset_at: string;
  blocked_until: string | null;
}) => ({
  key: r.key,
  hits: Number(r.hits),
  resetAt: r.reset_at,
  blockedUntil: r.blocked_until,
});

/**
 * `kind` decides how a counter's write commits: on SQLite inside a transaction, so that it joins the group commit
 * of concurrent transactions instead of flushing the disk on its own; on PostgreSQL as one statement on an
 * unlogged table (no flush either).
 */
export function limitMethods({ db }: StoreContext, kind: 'sqlite' | 'postgres'): LimitMethods {
  const write = <T>(f: (d: Db) => Promise<T>): Promise<T> =>
    kind === 'sqlite' ? db.transaction().execute(f) : f(db);
  return {
    async hitCounter(key, { now, resetAt, extend = false }) {
      // One statement, so that instances counting the same key at once never lose a hit.
      const expired = sql<boolean>`limit_counters.reset_at <= ${now}`;
      const r = await write((d) =>
        d
          .insertInto('limit_counters')
          .values({ key, hits: 1, reset_at: resetAt, blocked_until: null })
          .onConflict((oc) =>
            oc.column('key').doUpdateSet({
              hits: sql`case when ${expired} then 1 else limit_counters.hits + 1 end`,
              reset_at: extend
                ? sql`excluded.reset_at`
                : sql`case when ${expired} then excluded.reset_at else limit_counters.reset_at end`,
              blocked_until: sql`case when ${expired} then null else limit_counters.blocked_until end`,
            }),
          )
          .returning(['key', 'hits', 'reset_at', 'blocked_until'])
          .executeTakeFirstOrThrow(),
      );
      return toCounter(r);
    },
    async blockCounter(key, until) {
      // Never shortens a block another instance set.
      await write((d) =>
        d
          .updateTable('limit_counters')
          .set({ blocked_until: until })
          .where('key', '=', key)
          .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', until)]))
          .execute(),
      );
    },
    async getCounter(key, now) {
      const r = await db
        .selectFrom('limit_counters')
        .selectAll()
        .where('key', '=', key)
        .where('reset_at', '>', now)
        .executeTakeFirst();
      return r ? (toCounter(r) satisfies CounterRow) : null;
    },
    async deleteCounter(key) {
      await write((d) => d.deleteFrom('limit_counters').where('key', '=', key).execute());
    },
    async deleteExpiredCounters(now) {
      const r = await write((d) =>
        d.deleteFrom('limit_counters').where('reset_at', '<=', now).executeTakeFirst(),
      );
      return Number(r.numDeletedRows);
    },
    async bumpChanges(name) {
      await write((d) =>
        d
          .insertInto('change_counters')
          .values({ name, value: 1 })
          .onConflict((oc) => oc.column('name').doUpdateSet({ value: sql`change_counters.value + 1` }))
          .execute(),
      );
    },
    async readChanges(name) {
      const r = await db
        .selectFrom('change_counters')
        .select('value')
        .where('name', '=', name)
        .executeTakeFirst();
      return r ? Number(r.value) : 0;
    },
  };
}
