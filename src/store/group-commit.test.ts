import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { type Generated, Kysely, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { GroupCommitSqliteDialect } from './_group-commit';

interface Db {
  t: { id: Generated<number>; v: string };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A database file with table t, the number of COMMITs it runs, and a second connection that sees only what is on disk. */
async function open() {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-group-'));
  dirs.push(dir);
  const file = join(dir, 'g.db');
  const database = new Sqlite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  let commits = 0;
  const exec = database.exec.bind(database);
  database.exec = (source: string) => {
    if (source === 'commit') commits++;
    return exec(source);
  };
  const prepare = database.prepare.bind(database);
  database.prepare = ((source: string) => {
    if (source === 'commit') commits++;
    return prepare(source);
  }) as typeof database.prepare;
  const db = new Kysely<Db>({ dialect: new GroupCommitSqliteDialect({ database }) });
  await sql`create table t (id integer primary key, v text not null unique)`.execute(db);
  const other = new Sqlite(file, { readonly: true });
  const onDisk = () =>
    (other.prepare('select v from t order by id').all() as { v: string }[]).map((r) => r.v);
  return {
    db,
    commits: () => commits,
    onDisk,
    close: () => {
      other.close();
      return db.destroy();
    },
  };
}

const insert = (db: Kysely<Db>, v: string) =>
  db.transaction().execute(async (tx) => {
    await tx.insertInto('t').values({ v }).execute();
    return v;
  });

describe('group commit of SQLite transactions', () => {
  it('commits transactions that arrive together with one COMMIT, each answered only once it is committed', async () => {
    const g = await open();
    const before = g.commits();
    const seen: string[][] = [];
    const values = Array.from({ length: 20 }, (_, i) => `v${i}`);
    // Each caller, when answered, finds its row visible to another connection (on disk, not only in the open one).
    const done = await Promise.all(
      values.map((v) =>
        insert(g.db, v).then((x) => {
          seen.push(g.onDisk());
          return x;
        }),
      ),
    );
    expect(done).toEqual(values);
    for (const [i, s] of seen.entries()) expect(s.length).toBeGreaterThanOrEqual(i + 1);
    expect(g.onDisk()).toEqual(values);
    expect(g.commits() - before).toBeLessThan(5);
    await g.close();
  });

  it('a failing transaction is undone alone: the others of its group are committed', async () => {
    const g = await open();
    await insert(g.db, 'taken');
    const results = await Promise.allSettled([
      insert(g.db, 'a'),
      g.db.transaction().execute(async (tx) => {
        await tx.insertInto('t').values({ v: 'b' }).execute();
        await tx.insertInto('t').values({ v: 'taken' }).execute(); // unique violation: b goes too
      }),
      insert(g.db, 'c'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(g.onDisk()).toEqual(['taken', 'a', 'c']);
    await g.close();
  });

  it('a query outside a transaction sees only committed rows: it commits the open group first', async () => {
    const g = await open();
    const pending = insert(g.db, 'x');
    // Let the transaction take the connection and run; its group is not committed before the next turn of the loop.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    const rows = await g.db.selectFrom('t').select('v').execute();
    const committed = g.onDisk();
    expect(rows.map((r) => r.v)).toEqual(['x']);
    expect(committed).toEqual(['x']);
    await pending;
    expect(g.onDisk()).toEqual(['x']);
    await g.close();
  });

  it('a transaction after a quiet moment is committed on its own', async () => {
    const g = await open();
    await insert(g.db, 'one');
    await new Promise((r) => setTimeout(r, 5));
    await insert(g.db, 'two');
    expect(g.onDisk()).toEqual(['one', 'two']);
    await g.close();
  });
});
