/** Comments a page at a time: the newest page first, `next` to walk back, `total`, and the bounds of `limit`. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  buildTestServer,
  STORE_KINDS,
  type TestClient,
  type TestServer,
} from '../../_testing';

interface Page {
  comments: { id: number; body: string }[];
  next: number | null;
  total: number;
}

describe.each(STORE_KINDS)('GET /api/evaluations/:id/comments on %s', (kind) => {
  let server: TestServer;
  let admin: TestClient;
  let id: number;
  const N = 1234;
  beforeAll(async () => {
    server = await buildTestServer(kind);
    admin = await server.login('admin', ADMIN_PASSWORD);
    id = (await admin.get('/api/evaluations')).json().evaluations[0].id;
    const actor = { userId: null, username: 'admin', name: '管理员' };
    for (let i = 1; i <= N; i++)
      await server.store.addComment(
        { evaluationId: id, path: null, body: `意见 ${i}`, role: 'reviewer' },
        actor,
      );
  });
  afterAll(async () => {
    await server?.close();
  });

  const page = async (query = '') => {
    const res = await admin.get(`/api/evaluations/${id}/comments${query}`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    return res.json() as Page;
  };

  it('answers the newest 100, oldest first, with the total and where the older ones start', async () => {
    const first = await page();
    expect(first.total).toBe(N);
    expect(first.comments.map((c) => c.body)).toEqual(
      Array.from({ length: 100 }, (_, i) => `意见 ${N - 99 + i}`),
    );
    expect(first.next).toBe(first.comments[0]!.id);
  });

  it('walks back page by page to the first comment, each once, in order', async () => {
    const seen: string[] = [];
    let next: number | null | undefined;
    let pages = 0;
    do {
      const p = await page(`?limit=500${next ? `&before=${next}` : ''}`);
      expect(p.comments.length).toBeLessThanOrEqual(500);
      seen.unshift(...p.comments.map((c) => c.body));
      next = p.next;
      pages++;
    } while (next !== null);
    expect(pages).toBe(Math.ceil(N / 500));
    expect(seen).toEqual(Array.from({ length: N }, (_, i) => `意见 ${i + 1}`));
  });

  it('gives an empty last page no `next`, and a page before the first comment nothing', async () => {
    const all = await page('?limit=500');
    let p = all;
    while (p.next !== null) p = await page(`?limit=500&before=${p.next}`);
    const oldest = p.comments[0]!.id;
    const before = await page(`?before=${oldest}`);
    expect(before).toEqual({ comments: [], next: null, total: N });
  });

  it.each([
    ['?limit=0', '每页至少 1 条'],
    ['?limit=501', '每页最多 500 条'],
    ['?limit=2.5', '每页条数应为整数'],
    ['?limit=abc', '每页条数应为数字'],
    ['?before=-3', '参数 before 应为意见编号（正整数）'],
    ['?before=abc', '参数 before 应为意见编号（正整数）'],
  ])('refuses %s with 400 and a Chinese message', async (query, message) => {
    const res = await admin.get(`/api/evaluations/${id}/comments${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain(message);
  });
});
