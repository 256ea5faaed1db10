/** The SQLite adapter: one better-sqlite3 file in WAL mode, fully synced commits (grouped), foreign keys on. */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { withFileLock } from './_file-lock';
import { GroupCommitSqliteDialect } from './_group-commit';
import { createKyselyStore } from './kysely-store';
import type { Database } from './schema';
import type { Store } from './types';

/**
 * The database holds password hashes and every department's figures: only the server's own account may read it.
 * A folder jixiao creates is 0700 (one that exists is left as its owner set it); the file and its -wal and -shm
 * companions are 0600, created so (SQLite gives its companions the main file's mode) and narrowed if they were wider.
 */
function secureFiles(file: string): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/** Open (creating it and its folder when absent) the SQLite database at `file`; `:memory:` for tests. */
export function openSqliteStore(file: string, opts: { now?: () => Date } = {}): Store {
  if (file !== ':memory:') secureFiles(file);
  const database = new Sqlite(file);
  database.pragma('journal_mode = WAL');
  if (file !== ':memory:') secureFiles(file);
  // FULL: a commit is on disk before the client hears of it, so an acknowledged write survives a crash.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // Lists and dashboards walk thousands of rows: keep 64 MiB of pages in memory (the default is 2 MiB).
  database.pragma('cache_size = -65536');
  const db = new Kysely<Database>({
    dialect: new GroupCommitSqliteDialect({ database: withStatementCache(database) }),
  });
  return createKyselyStore(db, {
    kind: 'sqlite',
    ...opts,
    // Processes opening one file together (several started at once) migrate and seed one after another.
    ...(file === ':memory:' ? {} : { exclusive: (name, fn) => withFileLock(`${file}.${name}.lock`, fn) }),
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
