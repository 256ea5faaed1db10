/** The SQLite adapter: one better-sqlite3 file in WAL mode, fully synced commits, foreign keys on. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { createKyselyStore } from './kysely-store';
import type { Database } from './schema';
import type { Store } from './types';

/** Open (creating it and its folder when absent) the SQLite database at `file`; `:memory:` for tests. */
export function openSqliteStore(file: string, opts: { now?: () => Date } = {}): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new Sqlite(file);
  database.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before the client hears of it, so an acknowledged write survives a crash.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // Lists and dashboards walk thousands of rows: keep 64 MiB of pages in memory (the default is 2 MiB).
  database.pragma('cache_size = -65536');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return createKyselyStore(db, {
    kind: 'sqlite',
    ...opts,
    // No statistics on purpose: taken on a new, near-empty database they would mislead the planner for good,
    // while without them it takes the indexes the queries were written for (district → department and year).
    optimize: async () => {},
    integrity: async (k) => {
      const r = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(k);
      return r.rows.map((x) => x.integrity_check).join('\n');
    },
  });
}

/**
 * Kysely prepares every query anew; better-sqlite3 statements are reusable, so keep them by SQL text.
 * Queries are built from a fixed set of shapes (values are bound), so the cache stays small; it is bounded anyway.
 */
function withStatementCache(database: Sqlite.Database, max = 500): Sqlite.Database {
  const cache = new Map<string, Sqlite.Statement>();
  const prepare = database.prepare.bind(database);
  database.prepare = ((source: string) => {
    let stmt = cache.get(source);
    if (!stmt) {
      stmt = prepare(source);
      if (cache.size >= max) cache.clear();
      cache.set(source, stmt);
    }
    return stmt;
  }) as Sqlite.Database['prepare'];
  return database;
}
