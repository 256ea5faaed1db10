/**
 * Unique-constraint races on both stores: requests that pass every check together and collide only in the database
 * get a Chinese 409, never a 500; exactly one of them lands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, buildTestServer, STORE_KINDS, type TestClient, type TestServer } from './_testing';

const N = 12;

describe.each(STORE_KINDS)('unique-constraint races (%s)', (kind) => {
  let server: TestServer;
  let admin: TestClient;

  beforeAll(async () => {
    server = await buildTestServer(kind);
    admin = await server.login('admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await server?.close();
  });

  const statuses = (rs: { statusCode: number }[]) => rs.map((r) => r.statusCode).sort();

  it(`creates one account when ${N} requests create the same username at once; the others get 409`, async () => {
    const rs = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        admin.post('/api/users', {
          username: 'twin',
          name: `同名${i}`,
          password: 'kiwi-harbor-58',
          role: 'admin',
        }),
      ),
    );
    expect(statuses(rs)).toEqual([201, ...Array(N - 1).fill(409)]);
    for (const r of rs.filter((x) => x.statusCode === 409))
      expect(r.json().error).toEqual({ code: 'username_taken', message: '用户名 twin 已被使用' });
    expect(
      (await admin.get('/api/users')).json().users.filter((u: { username: string }) => u.username === 'twin'),
    ).toHaveLength(1);
  });

  it(`creates one department when ${N} requests create the same name at once`, async () => {
    const rs = await Promise.all(
      Array.from({ length: N }, () =>
        admin.post('/api/departments', { name: '同名街道办事处', district: '海珠区' }),
      ),
    );
    expect(statuses(rs)).toEqual([201, ...Array(N - 1).fill(409)]);
    for (const r of rs.filter((x) => x.statusCode === 409))
      expect(r.json().error.code).toBe('department_exists');
  });

  it(`creates one evaluation when ${N} requests create the same department and year at once`, async () => {
    const [first] = (await admin.get('/api/evaluations')).json().evaluations;
    const data = (await admin.get(`/api/evaluations/${first.id}`)).json().evaluation.data;
    data.year = 2041;
    const rs = await Promise.all(
      Array.from({ length: N }, () =>
        admin.post('/api/evaluations', { departmentId: first.departmentId, data }),
      ),
    );
    expect(statuses(rs)).toEqual([201, ...Array(N - 1).fill(409)]);
    for (const r of rs.filter((x) => x.statusCode === 409)) {
      expect(r.json().error.code).toBe('evaluation_exists');
      expect(r.json().error.message).toContain('2041 年度的自评已存在');
    }
  });
});
