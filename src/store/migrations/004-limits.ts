/** Migration 004: counters of the login throttle and write limits, and change counters, shared by every instance. */
import { type Kysely, type Migration, sql } from 'kysely';
import type { DialectKind } from './index';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the current types
type AnyDb = Kysely<any>;

export function migration004(kind: DialectKind): Migration {
  return {
    async up(db: AnyDb) {
      // One row per counted thing (`login:account:<name>`, `login:address:<ip>`, `write:user:<id>`); ISO times.
      // Unlogged on PostgreSQL: a count is not worth a disk flush per request (a crash forgets the counts).
      let counters = db.schema.createTable('limit_counters');
      if (kind === 'postgres') counters = counters.modifyFront(sql`unlogged`);
      await counters
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('hits', 'integer', (c) => c.notNull())
        // The count is forgotten from this time on; rows past it are deleted now and then.
        .addColumn('reset_at', 'text', (c) => c.notNull())
        // Refused until this time (a lock after too many failures); null when not blocked.
        .addColumn('blocked_until', 'text')
        .execute();
      await db.schema.createIndex('limit_counters_reset').on('limit_counters').column('reset_at').execute();
      // A number bumped after every change of a kind (`evaluations`): caches of every instance compare it. Unlogged
      // too: after a database crash it starts again from 0, which no cache has seen with the same local generation
      // for long (each memo also ends at JIXIAO_DASHBOARD_CACHE_MS).
      let changes = db.schema.createTable('change_counters');
      if (kind === 'postgres') changes = changes.modifyFront(sql`unlogged`);
      await changes
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'integer', (c) => c.notNull())
        .execute();
    },
  };
}
