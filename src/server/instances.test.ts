/**
 * Two instances on one PostgreSQL database, as behind a load balancer: started together on an empty schema they
 * migrate and seed once; sessions, the login throttle, the dashboard's freshness and imports do not depend on which
 * instance answers. Needs TEST_DATABASE_URL (under CI=true its absence fails the run before any test).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { migrationProvider } from '../store/migrations';
import { dropPostgresSchema } from '../store/postgres';
import { spawnServer } from './_spawn';
import { ADMIN_PASSWORD, multipartFile, TEST_PG_URL, TestClient } from './_testing';
import { prepareServer } from './start';

type Prepared = Awaited<ReturnType<typeof prepareServer>>;

const NANZHOU = '广州市海珠区人民政府南洲街道办事处';
const example = readFileSync(new URL('../../examples/nanzhou-2023.json', import.meta.url), 'utf8');

describe.skipIf(!TEST_PG_URL)('two instances on one postgres database', () => {
  const url = TEST_PG_URL as string;
  const schema = `t_inst_${process.pid}_${Date.now().toString(36)}`;
  const config = () =>
    loadConfig({
      DATABASE_URL: url,
      JIXIAO_PG_SCHEMA: schema,
      JIXIAO_PG_POOL: '5',
      JIXIAO_ADMIN_PASSWORD: ADMIN_PASSWORD,
      JIXIAO_ARGON2_MEMORY_KIB: '64',
      JIXIAO_ARGON2_TIME: '1',
      JIXIAO_LOGIN_ACCOUNT_FAILURES: '4',
      // Long enough that only the change counter can explain a fresh dashboard.
      JIXIAO_DASHBOARD_CACHE_MS: '600000',
      LOG_LEVEL: 'silent',
    });
  let a: Prepared;
  let b: Prepared;
  const lines: string[] = [];
  const sql = async <T>(text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text)).rows as T[];
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    // At the same moment, on a schema that does not exist yet.
    [a, b] = await Promise.all([
      prepareServer(config(), (l) => lines.push(l)),
      prepareServer(config(), (l) => lines.push(l)),
    ]);
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dropPostgresSchema(url, schema);
  });

  it('migrates and seeds once when both start together on an empty database', async () => {
    const migrations = Object.keys(await migrationProvider('postgres').getMigrations());
    const applied = await sql<{ name: string }>(
      `select name from "${schema}".kysely_migration order by name`,
    );
    expect(applied.map((r) => r.name)).toEqual(migrations);
    const [counts] = await sql<{ users: number; departments: number }>(
      `select (select count(*) from "${schema}".users)::int as users,
              (select count(*) from "${schema}".departments)::int as departments`,
    );
    expect(counts).toEqual({ users: 1, departments: 5 });
    expect(lines.filter((l) => l.startsWith('已载入示例数据'))).toHaveLength(1);
  });

  /** A client of instance `to` carrying the cookies of `from`: the same browser, answered by the other instance. */
  const sameBrowser = (from: TestClient, to: Prepared) => {
    const c = new TestClient(to.app);
    c.cookies = new Map(from.cookies);
    return c;
  };

  it('shows a write through one instance at once on the other one’s dashboard', async () => {
    const onA = new TestClient(a.app);
    expect(
      (await onA.post('/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD })).statusCode,
    ).toBe(200);
    const onB = sameBrowser(onA, b);
    const dashboard = async () => {
      const res = await onB.get(
        `/api/dashboard?district=${encodeURIComponent('海珠区')}&year=2023&includeDrafts=true`,
      );
      expect(res.statusCode).toBe(200);
      const d = res.json();
      return (d.departments.length + d.uncounted.length) as number;
    };
    const before = await dashboard();
    // A write behind both instances' backs (straight into the database) stays hidden by B's cache …
    const hidden = await a.store.createDepartment(
      { name: '实例测试部门甲', district: '海珠区' },
      {
        userId: null,
        username: 'test',
      },
    );
    await a.store.createEvaluation(
      {
        departmentId: hidden.id,
        year: 2023,
        data: { department: { name: hidden.name }, year: 2023, rubric: 'gz-dept-2023' },
        derived: a.ctx.derive(JSON.parse(example)),
      },
      { userId: null, username: 'test' },
    );
    expect(await dashboard()).toBe(before);
    // … while one through instance A is seen by B at once (and with it the hidden one).
    const dept = await onA.post('/api/departments', { name: '实例测试部门乙', district: '海珠区' });
    expect(dept.statusCode).toBe(201);
    const data = { department: { name: '实例测试部门乙' }, year: 2023, rubric: 'gz-dept-2023' };
    const created = await onA.post('/api/evaluations', { departmentId: dept.json().department.id, data });
    expect(created.statusCode).toBe(201);
    expect(await dashboard()).toBe(before + 2);
  });

  it('counts failed logins through both instances against one limit', async () => {
    const tryLogin = (p: Prepared, password: string) =>
      p.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password } });
    expect((await tryLogin(a, 'wrong-one')).statusCode).toBe(401);
    expect((await tryLogin(b, 'wrong-two')).statusCode).toBe(401);
    expect((await tryLogin(a, 'wrong-three')).statusCode).toBe(401);
    expect((await tryLogin(b, 'wrong-four')).statusCode).toBe(401);
    for (const p of [a, b]) {
      const res = await tryLogin(p, ADMIN_PASSWORD);
      expect(res.statusCode).toBe(429);
      expect(res.headers['retry-after']).toBe('1');
    }
    await new Promise((r) => setTimeout(r, 1100));
    expect((await tryLogin(b, ADMIN_PASSWORD)).statusCode).toBe(200);
  });

  it('reads an upload on one instance and saves it through the other', async () => {
    const onA = new TestClient(a.app);
    expect(
      (await onA.post('/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD })).statusCode,
    ).toBe(200);
    const doc = { ...JSON.parse(example), year: 2031 };
    const file = multipartFile('南洲-2031.json', new TextEncoder().encode(JSON.stringify(doc)));
    const read = await onA.post('/api/import', file.body, file.headers);
    expect(read.statusCode).toBe(200);
    const nanzhou = (await onA.get('/api/departments'))
      .json()
      .departments.find((d: { name: string }) => d.name === NANZHOU);
    const saved = await sameBrowser(onA, b).post('/api/import/save', {
      departmentId: nanzhou.id,
      data: read.json().preview,
    });
    expect(saved.statusCode).toBe(201);
    const onAgain = await onA.get(`/api/evaluations/${saved.json().evaluation.id}`);
    expect(onAgain.json().evaluation.data.year).toBe(2031);
  });
});

describe('two processes started together on one SQLite file', () => {
  it('migrate and seed it once, one after the other under the lock file', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-inst-'));
    const env = {
      JIXIAO_DATA_DIR: dir,
      JIXIAO_ADMIN_PASSWORD: ADMIN_PASSWORD,
      JIXIAO_ARGON2_MEMORY_KIB: '64',
      JIXIAO_ARGON2_TIME: '1',
      LOG_LEVEL: 'warn',
    };
    const servers = await Promise.all([spawnServer(env, 60_000), spawnServer(env, 60_000)]);
    try {
      const seeded = servers.filter((s) => s.output().includes('已载入示例数据'));
      expect(seeded).toHaveLength(1);
      for (const s of servers) expect((await fetch(`${s.url}/api/health`)).status).toBe(200);
      const db = new Sqlite(join(dir, 'jixiao.db'), { readonly: true });
      try {
        const one = (q: string) => (db.prepare(q).get() as { n: number }).n;
        expect(one('select count(*) as n from users')).toBe(1);
        expect(one('select count(*) as n from departments')).toBe(5);
        const migrations = Object.keys(await migrationProvider('sqlite').getMigrations());
        expect(one('select count(*) as n from kysely_migration')).toBe(migrations.length);
      } finally {
        db.close();
      }
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
