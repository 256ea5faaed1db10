/** Smoke test: `jixiao serve` answers /api/health on a chosen port within 30 s, seeds the examples, and refuses without a session. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { HttpClient, spawnServer } from '../../server/_spawn';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A port that was free a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

it('answers /api/health on the chosen port within 30 s and lists the seed departments to admin', {
  timeout: 60_000,
}, async () => {
  const port = await freePort();
  const server = await spawnServer(
    {
      JIXIAO_DATA_DIR: dir,
      PORT: String(port),
      JIXIAO_ADMIN_PASSWORD: 'smoke-test-1',
      JIXIAO_ARGON2_MEMORY_KIB: '64',
      LOG_LEVEL: 'warn',
    },
    30_000,
  );
  try {
    expect(server.url).toBe(`http://127.0.0.1:${port}`);
    const c = new HttpClient(server.url);
    expect((await c.send('GET', '/api/health')).json()).toEqual({ ok: true });
    expect((await c.send('GET', '/api/departments')).status).toBe(401);
    expect(
      (await c.send('POST', '/api/auth/login', { username: 'admin', password: 'smoke-test-1' })).status,
    ).toBe(200);
    const depts = (await c.send('GET', '/api/departments')).json().departments as { name: string }[];
    const examples = readdirSync(new URL('../../../examples/', import.meta.url)).filter((f) =>
      f.endsWith('.json'),
    );
    expect(depts.length).toBe(examples.length);
    expect(depts.map((d) => d.name)).toContain('广州市海珠区人民政府南洲街道办事处');

    // The compiled program's lazily loaded parts: the extraction worker and the report writers.
    const gb = readFileSync(new URL('../../../test/fixtures/server/report-gb18030.txt', import.meta.url));
    const imported = await c.upload('/api/import', '新华2022.txt', gb);
    expect(imported.status).toBe(200);
    expect(imported.json().preview.year).toBe(2022);
    const list = (await c.send('GET', '/api/evaluations')).json().evaluations as { id: number }[];
    const id = list[0]?.id;
    for (const [format, type] of [
      ['docx', 'wordprocessingml'],
      ['xlsx', 'spreadsheetml'],
    ] as const) {
      const r = await c.send('GET', `/api/evaluations/${id}/report.${format}`);
      expect(r.status, format).toBe(200);
      expect(r.type).toContain(type);
      expect(String.fromCharCode(r.bytes[0]!, r.bytes[1]!)).toBe('PK');
    }
  } finally {
    await server.stop();
  }
  expect(server.proc.exitCode).toBe(0);
});
