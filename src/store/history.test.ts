/**
 * Migration 005 on both databases: versions written whole by an older jixiao are packed, and each reads back as it
 * was; the rows take a fraction of the space.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import nanzhou from '../../examples/nanzhou-2023.json';
import { type DialectKind, migrationProvider } from './migrations';
import { dropPostgresSchema, openPostgresStore } from './postgres';
import { openSqliteStore } from './sqlite';
import type { Store } from './types';

const url = process.env.TEST_DATABASE_URL;
const KINDS: DialectKind[] = url ? ['sqlite', 'postgres'] : ['sqlite'];
const dir = mkdtempSync(join(tmpdir(), 'jixiao-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 25 versions of a report, each with one more indicator edited, as an older jixiao stored them: whole. */
function buildVersions(): unknown[] {
  const out: unknown[] = [];
  let doc = structuredClone(nanzhou) as typeof nanzhou;
  for (let v = 1; v <= 25; v++) {
    out.push(doc);
    doc = structuredClone(doc);
    const row = doc.indicators[v % doc.indicators.length]!;
    row.actual = `第 ${v} 次修改后的实际完成值`;
    if (v % 7 === 0) doc.indicators.splice(1, 1);
  }
  return out;
}

interface Opened {
  // biome-ignore lint/suspicious/noExplicitAny: the schema as it was at migration 004
  db: Kysely<any>;
  schema?: string;
  open: () => Promise<Store>;
  done: () => Promise<void>;
}

async function openOld(kind: DialectKind): Promise<Opened> {
  if (kind === 'sqlite') {
    const file = join(dir, `old-${Date.now()}.db`);
    const db = new Kysely({ dialect: new SqliteDialect({ database: new Sqlite(file) }) });
    return { db, open: async () => openSqliteStore(file), done: async () => {} };
  }
  const schema = `t_hist_${process.pid}_${Date.now().toString(36)}`;
  const pool = new pg.Pool({ connectionString: url, max: 2, options: `-c search_path=${schema}` });
  await pool.query(`create schema "${schema}"`);
  const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    schema,
    open: () => openPostgresStore({ url: url!, schema }),
    done: () => dropPostgresSchema(url!, schema),
  };
}

describe.each(KINDS)('migration 005 on %s', (kind) => {
  it('packs versions written whole, and every one reads back exactly', async () => {
    const old = await openOld(kind);
    const migrator = new Migrator({
      db: old.db,
      provider: migrationProvider(kind),
      ...(old.schema ? { migrationTableSchema: old.schema } : {}),
    });
    expect((await migrator.migrateTo('004_limits')).error).toBeUndefined();
    const at = new Date().toISOString();
    const dept = await old.db
      .insertInto('departments')
      .values({ name: '南洲街道', district: '海珠区', created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const versions = buildVersions();
    const last = JSON.stringify(versions.at(-1));
    const ev = await old.db
      .insertInto('evaluations')
      .values({
        department_id: dept.id,
        year: 2023,
        status: 'draft',
        version: versions.length,
        details: '{}',
        derived_rev: 'old',
        created_at: at,
        updated_at: at,
        updated_by: 'admin',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await old.db.insertInto('evaluation_documents').values({ evaluation_id: ev.id, data: last }).execute();
    for (const [i, data] of versions.entries())
      await old.db
        .insertInto('evaluation_versions')
        .values({
          evaluation_id: ev.id,
          version: i + 1,
          status: 'draft',
          data: JSON.stringify(data),
          at,
          by: 'admin',
          summary: `第 ${i + 1} 版`,
        })
        .execute();
    const whole = versions.reduce<number>((n, v) => n + Buffer.byteLength(JSON.stringify(v)), 0);

    const store = await old.open();
    try {
      await store.migrate();
      for (const [i, data] of versions.entries()) {
        const got = await store.getVersion(ev.id, i + 1);
        expect([i + 1, JSON.stringify(got?.data)]).toEqual([i + 1, JSON.stringify(data)]);
        expect(got?.summary).toBe(`第 ${i + 1} 版`);
      }
      expect((await store.listVersions(ev.id)).map((v) => v.version)).toEqual(
        versions.map((_, i) => versions.length - i),
      );
      // A write after the migration goes on from the packed history.
      const next = { ...(versions.at(-1) as object), title: '迁移后的修改' };
      const w = await store.writeEvaluation(
        { id: ev.id, data: next, summary: '迁移后' },
        {
          userId: null,
          username: 'admin',
        },
      );
      expect(w.ok).toBe(true);
      expect((await store.getVersion(ev.id, versions.length + 1))?.data).toEqual(next);
      expect((await store.getVersion(ev.id, versions.length))?.data).toEqual(versions.at(-1));
    } finally {
      await store.close();
    }

    // The packed rows take a small part of what the whole texts took: two full copies, patches between.
    try {
      const rows = await old.db
        .selectFrom('evaluation_versions')
        .select(['kind', sql<number>`count(*)`.as('n'), sql<number>`sum(length(packed))`.as('bytes')])
        .where('evaluation_id', '=', ev.id)
        .where('data', '=', '')
        .groupBy('kind')
        .orderBy('kind')
        .execute();
      expect(rows.map((r) => [r.kind, Number(r.n)])).toEqual([
        ['full', 2],
        ['patch', versions.length + 1 - 2],
      ]);
      const packed = rows.reduce((n, r) => n + Number(r.bytes), 0);
      expect(packed).toBeLessThan(whole / 20);
    } finally {
      await old.db.destroy();
      await old.done();
    }
  });
});
