/**
 * Migration 006 on a database the old migrations made and filled: every row of evaluations and of the tables that
 * reference it is there after, ids included, and the new unique key works (SQLite rebuilds the table; PostgreSQL
 * swaps the constraint).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { dropPostgresSchema, openPostgresStore } from '../postgres';
import { openSqliteStore } from '../sqlite';
import type { Store } from '../types';
import { type DialectKind, migrationProvider } from './index';

// biome-ignore lint/suspicious/noExplicitAny: the schema as migration 005 left it, not the current types
type AnyDb = Kysely<any>;

const TABLES = ['evaluations', 'evaluation_documents', 'evaluation_versions', 'comments', 'departments'];

/** Migrate to 005 and fill: two departments, evaluations (one deleted, so ids have a gap), versions, comments. */
async function fillOldDatabase(db: AnyDb, kind: DialectKind): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(kind) });
  const { error } = await migrator.migrateTo('005_history');
  if (error) throw error;
  const at = '2024-01-01T00:00:00.000Z';
  for (const name of ['甲局', '乙局'])
    await db.insertInto('departments').values({ name, district: '海珠区', created_at: at }).execute();
  for (const [dept, year] of [
    [1, 2022],
    [1, 2023],
    [2, 2023],
    [2, 2024],
  ] as const) {
    const row = await db
      .insertInto('evaluations')
      .values({
        department_id: dept,
        year,
        status: 'draft',
        version: 2,
        total: 90.5,
        grade: '优',
        execution_rate: 99,
        findings_error: 0,
        findings_warning: 1,
        details: '{"deductions":[],"unmet":[]}',
        derived_rev: 'old',
        created_at: at,
        updated_at: at,
        updated_by: 'tester',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const data = JSON.stringify({ year, title: `自评${row.id}` });
    await db.insertInto('evaluation_documents').values({ evaluation_id: row.id, data }).execute();
    for (const version of [1, 2])
      await db
        .insertInto('evaluation_versions')
        .values({
          evaluation_id: row.id,
          version,
          status: 'draft',
          data,
          kind: 'full',
          at,
          by: 'tester',
          summary: `第${version}版`,
        })
        .execute();
    await db
      .insertInto('comments')
      .values({ evaluation_id: row.id, path: null, body: `意见${row.id}`, author: 'r', role: 'reviewer', at })
      .execute();
  }
  // The last one deleted: a new evaluation must not take its id again.
  await db.deleteFrom('evaluations').where('department_id', '=', 2).where('year', '=', 2024).execute();
}

async function snapshot(db: AnyDb) {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(t)}`.execute(db);
    out[t] = rows.rows
      .map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'packed'))))
      .sort();
  }
  return out;
}

async function checkMigrated(
  store: Store,
  before: Record<string, unknown[]>,
  after: Record<string, unknown[]>,
) {
  expect(after.departments).toEqual(before.departments);
  expect(after.evaluation_documents).toEqual(before.evaluation_documents);
  expect(after.evaluation_versions).toEqual(before.evaluation_versions);
  expect(after.comments).toEqual(before.comments);
  const old = before.evaluations!.map((r) => JSON.parse(r as string));
  const now = after.evaluations!.map((r) => JSON.parse(r as string));
  expect(now).toEqual(old.map((r) => ({ ...r, kind: 'department', subject: '' })));
  expect(await store.checkIntegrity()).toBe('ok');
  const list = await store.listEvaluations({});
  expect(list.map((r) => r.id)).toEqual(old.map((r) => r.id).sort());
  expect((await store.getVersion(list[0]!.id, 1))?.data).toMatchObject({ title: `自评${list[0]!.id}` });
  // The old key still holds for department evaluations, the new one lets a project in beside them.
  const base = { departmentId: 1, year: 2023, data: {}, derived: { ...emptyDerived } };
  const actor = { userId: null, username: 't' };
  expect(await store.createEvaluation(base, actor)).toBeNull();
  const p = await store.createEvaluation({ ...base, kind: 'project', subject: 'XM1' }, actor);
  expect(p?.id).toBeGreaterThan(Math.max(...old.map((r) => r.id)) + 1);
  // What references the evaluation still reads with it.
  expect(await store.listComments(list[0]!.id)).toHaveLength(1);
}

const emptyDerived = {
  total: null,
  grade: null,
  executionRate: null,
  findingsError: null,
  findingsWarning: null,
  details: { deductions: [], unmet: [] },
  rev: 'x',
};

describe('migration 006 on data made by the old migrations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-m006-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sqlite: rebuilds the table keeping every id and every referencing row, foreign keys on', async () => {
    const file = join(dir, 'old.db');
    const raw = new Sqlite(file);
    raw.pragma('foreign_keys = ON');
    const db: AnyDb = new Kysely({ dialect: new SqliteDialect({ database: raw }) });
    await fillOldDatabase(db, 'sqlite');
    const before = await snapshot(db);
    await db.destroy();

    const store = openSqliteStore(file);
    await store.migrate();
    const check = new Sqlite(file, { readonly: true });
    const fk = check.pragma('foreign_key_list(evaluation_documents)') as {
      table: string;
      on_delete: string;
    }[];
    const after = await snapshot(new Kysely({ dialect: new SqliteDialect({ database: check }) }));
    expect(fk).toMatchObject([{ table: 'evaluations', on_delete: 'CASCADE' }]);
    check.close();
    await checkMigrated(store, before, after);
    await store.close();
  });

  const url = process.env.TEST_DATABASE_URL;
  it.skipIf(!url)(
    'postgres: swaps the unique key, keeping every row (skipped without TEST_DATABASE_URL)',
    async () => {
      const schema = `t_m006_${process.pid}_${Date.now().toString(36)}`;
      const setup = await openPostgresStore({ url: url!, schema, pool: 2 });
      await setup.close();
      const pool = new pg.Pool({ connectionString: url, max: 2, options: `-c search_path=${schema}` });
      const db: AnyDb = new Kysely({ dialect: new PostgresDialect({ pool }) });
      try {
        await fillOldDatabase(db, 'postgres');
        const before = await snapshot(db);
        const store = await openPostgresStore({ url: url!, schema, pool: 2 });
        await store.migrate();
        const after = await snapshot(db);
        await checkMigrated(store, before, after);
        await store.close();
      } finally {
        await db.destroy();
        await dropPostgresSchema(url!, schema);
      }
    },
  );
});
