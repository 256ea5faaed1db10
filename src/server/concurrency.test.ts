/** 20 clients update one evaluation at once: each lands or gets 409, and no landed write is lost. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, buildTestServer, STORE_KINDS, type TestClient, type TestServer } from './_testing';

const CLIENTS = 20;

describe.each(STORE_KINDS)('concurrent updates on %s', (kind) => {
  let server: TestServer;
  let clients: TestClient[];
  let id: number;
  beforeAll(async () => {
    server = await buildTestServer(kind);
    const admin = await server.login('admin', ADMIN_PASSWORD);
    const dept = (await admin.get('/api/departments')).json().departments[2];
    for (let i = 0; i < CLIENTS; i++) {
      await admin.post('/api/users', {
        username: `ed${i}`,
        name: `编辑${i}`,
        password: 'kiwi-harbor-58',
        role: 'editor',
        departmentId: dept.id,
      });
    }
    clients = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) => server.login(`ed${i}`, 'kiwi-harbor-58')),
    );
    // A small document keeps the retry storm of the second case quick; the server path is the same.
    const data = {
      department: { name: dept.name, district: dept.district },
      year: 2030,
      rubric: 'gz-dept-2023',
      title: 'start',
    };
    const created = await admin.post('/api/evaluations', { departmentId: dept.id, data });
    expect(created.statusCode).toBe(201);
    id = created.json().evaluation.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lets each of 20 simultaneous writes on one version land or get 409, and keeps the last landed', async () => {
    const start = (await clients[0]!.get(`/api/evaluations/${id}`)).json().evaluation;
    const results = await Promise.all(
      clients.map((c, i) =>
        c.put(`/api/evaluations/${id}`, {
          version: start.version,
          data: { ...start.data, title: `round1-client${i}` },
        }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.every((c) => c === 200 || c === 409)).toBe(true);
    const landed = results.filter((r) => r.statusCode === 200).map((r) => r.json().evaluation);
    expect(landed).toHaveLength(1);
    for (const r of results.filter((x) => x.statusCode === 409)) {
      expect(r.json().error).toMatchObject({
        code: 'version_conflict',
        current: { version: start.version + 1 },
      });
    }
    const final = (await clients[0]!.get(`/api/evaluations/${id}`)).json().evaluation;
    expect(final.version).toBe(landed[0].version);
    expect(final.data.title).toBe(landed[0].data.title);
  });

  it('loses nothing when every client retries after a 409: each write is one version, in order', async () => {
    const base = (await clients[0]!.get(`/api/evaluations/${id}`)).json().evaluation.version as number;
    const acked = new Map<number, string>();
    await Promise.all(
      clients.map(async (c, i) => {
        const title = `round2-client${i}`;
        for (let attempt = 0; attempt < 100; attempt++) {
          const cur = (await c.get(`/api/evaluations/${id}`)).json().evaluation;
          const res = await c.put(`/api/evaluations/${id}`, {
            version: cur.version,
            data: { ...cur.data, title },
          });
          if (res.statusCode === 200) {
            acked.set(res.json().evaluation.version, title);
            return;
          }
          expect(res.statusCode).toBe(409);
        }
        throw new Error(`client ${i} never landed`);
      }),
    );
    expect(acked.size).toBe(CLIENTS);
    const final = (await clients[0]!.get(`/api/evaluations/${id}`)).json().evaluation;
    expect(final.version).toBe(base + CLIENTS);
    expect(final.data.title).toBe(acked.get(final.version));
    const history = (await clients[0]!.get(`/api/evaluations/${id}/history`)).json().versions as {
      version: number;
      byUsername: string;
    }[];
    for (const [version, title] of acked) {
      const v = (await clients[0]!.get(`/api/evaluations/${id}/versions/${version}`)).json().evaluation;
      expect(v.data.title).toBe(title);
      expect(history.find((h) => h.version === version)?.byUsername).toBe(
        `ed${title.replace('round2-client', '')}`,
      );
    }
  });
});
