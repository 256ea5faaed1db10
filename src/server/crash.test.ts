/** kill -9 during a stream of writes: after a restart every acknowledged write is there and the database is sound. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { HttpClient, spawnServer } from './_spawn';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-crash-'));
const env = {
  JIXIAO_DATA_DIR: dir,
  JIXIAO_ADMIN_PASSWORD: 'crash-test-1',
  JIXIAO_ARGON2_MEMORY_KIB: '64',
  JIXIAO_ARGON2_TIME: '1',
  LOG_LEVEL: 'warn',
};
const STREAMS = 4;
const ACKS_BEFORE_KILL = 40;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function login(url: string) {
  const c = new HttpClient(url);
  const res = await c.send('POST', '/api/auth/login', { username: 'admin', password: 'crash-test-1' });
  expect(res.status).toBe(200);
  return c;
}

it('keeps every acknowledged write through kill -9 and passes the integrity check', {
  timeout: 120_000,
}, async () => {
  let server = await spawnServer(env);
  let c = await login(server.url);
  const dept = (await c.send('GET', '/api/departments')).json().departments[0];
  const ids: number[] = [];
  for (let s = 0; s < STREAMS; s++) {
    const data = {
      department: { name: dept.name },
      year: 2030 + s,
      rubric: 'gz-dept-2023',
      title: `s${s}-0`,
    };
    const res = await c.send('POST', '/api/evaluations', { departmentId: dept.id, data });
    expect(res.status).toBe(201);
    ids.push(res.json().evaluation.id);
  }

  // Each stream writes its own evaluation in a loop; the server is killed while requests are in flight.
  const acked: { id: number; version: number; title: string }[] = [];
  let killed = false;
  const stream = async (s: number) => {
    const id = ids[s]!;
    let version = 1;
    for (let n = 1; !killed; n++) {
      const title = `s${s}-${n}`;
      const data = { department: { name: dept.name }, year: 2030 + s, rubric: 'gz-dept-2023', title };
      const res = await c.send('PUT', `/api/evaluations/${id}`, { version, data }).catch(() => null);
      if (!res) return;
      expect(res.status).toBe(200);
      version = res.json().evaluation.version;
      acked.push({ id, version, title });
      if (acked.length >= ACKS_BEFORE_KILL && !killed) {
        killed = true;
        await server.kill();
      }
    }
  };
  await Promise.all(Array.from({ length: STREAMS }, (_, s) => stream(s)));
  expect(server.proc.signalCode).toBe('SIGKILL');
  expect(acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

  server = await spawnServer(env);
  try {
    c = await login(server.url);
    for (const a of acked) {
      const v = await c.send('GET', `/api/evaluations/${a.id}/versions/${a.version}`);
      expect(v.status).toBe(200);
      expect(v.json().evaluation.data.title).toBe(a.title);
    }
    for (const id of ids) {
      const last = Math.max(...acked.filter((a) => a.id === id).map((a) => a.version), 1);
      const cur = (await c.send('GET', `/api/evaluations/${id}`)).json().evaluation;
      expect(cur.version).toBeGreaterThanOrEqual(last);
    }
  } finally {
    await server.stop();
  }
  const db = new Sqlite(join(dir, 'jixiao.db'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  } finally {
    db.close();
  }
});
