/** Writes per user per minute, counted in the database, on both stores. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, buildTestServer, STORE_KINDS, type TestServer } from '../_testing';
import { keys } from './policy';

describe.each(STORE_KINDS)('write limit on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await buildTestServer(kind, { JIXIAO_WRITES_PER_MINUTE: '4' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses the writes of a user beyond the limit with 429 and Retry-After, and not other users or reads', async () => {
    const admin = await server.login('admin', ADMIN_PASSWORD);
    const made = await admin.post('/api/users', {
      username: 'writer',
      name: '写入者',
      password: 'pebble-canyon-84',
      role: 'admin',
    });
    expect(made.statusCode).toBe(201);
    const codes: number[] = [];
    for (let i = 0; i < 4; i++)
      codes.push(
        (await admin.post('/api/departments', { name: `限流部门${kind}${i}`, district: '越秀区' }))
          .statusCode,
      );
    expect(codes).toEqual([201, 201, 201, 429]);
    const refused = await admin.post('/api/departments', { name: `限流部门${kind}x`, district: '越秀区' });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.json().error.code).toBe('rate_limited');
    expect(refused.json().error.message).toMatch(
      /^保存过于频繁：每位用户每分钟最多 4 次写入，请 (\d+ 秒|1 分钟)后再试$/,
    );
    // Nothing was written by the refused requests.
    const names = (await admin.get('/api/departments'))
      .json()
      .departments.map((d: { name: string }) => d.name);
    expect(names.filter((n: string) => n.startsWith(`限流部门${kind}`))).toHaveLength(3);
    // Reads go on, another user writes, and logging out is never refused.
    expect((await admin.get('/api/me')).statusCode).toBe(200);
    const writer = await server.login('writer', 'pebble-canyon-84');
    expect(
      (await writer.post('/api/departments', { name: `限流部门${kind}w`, district: '越秀区' })).statusCode,
    ).toBe(201);
    expect((await admin.post('/api/auth/logout')).statusCode).toBe(200);
    const me = (await writer.get('/api/me')).json().user;
    const counted = await server.store.getCounter(keys.writes(me.id), new Date().toISOString());
    expect(counted?.hits).toBe(1);
  });
});
