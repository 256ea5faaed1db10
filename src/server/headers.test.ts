/** Least disclosure in headers: no API answer is cached; static files keep their caching; /api/docs behind login. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, buildTestServer, STORE_KINDS, type TestClient, type TestServer } from './_testing';

const web = mkdtempSync(join(tmpdir(), 'jixiao-web-'));
mkdirSync(join(web, 'assets'));
writeFileSync(join(web, 'index.html'), '<!doctype html><title>绩效</title>');
writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
afterAll(() => rmSync(web, { recursive: true, force: true }));

const q = encodeURIComponent;

describe.each(STORE_KINDS)('response headers on %s', (kind) => {
  let server: TestServer;
  let admin: TestClient;
  let evalId: number;
  beforeAll(async () => {
    server = await buildTestServer(kind, { JIXIAO_WEB_DIR: web });
    admin = await server.login('admin', ADMIN_PASSWORD);
    evalId = (await admin.get('/api/evaluations')).json().evaluations[0].id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('marks every authenticated answer no-store: reads, writes, lists and errors', async () => {
    const answers = [
      await admin.get('/api/me'),
      await admin.get('/api/evaluations'),
      await admin.get(`/api/evaluations/${evalId}`),
      await admin.get(`/api/evaluations/${evalId}/history`),
      await admin.get(`/api/evaluations/${evalId}/comments`),
      await admin.post(`/api/evaluations/${evalId}/comments`, { body: '请补充说明' }),
      await admin.get('/api/evaluations/99999999'),
      await admin.get(`/api/dashboard?district=${q('海珠区')}`),
    ];
    for (const res of answers) {
      expect([res.statusCode, res.headers['cache-control']]).toEqual([res.statusCode, 'no-store']);
      expect(res.headers.etag).toBeUndefined();
    }
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 201, 404, 200]);
  });

  it('marks the login answer (it sets the session cookie) and a refused request no-store too', async () => {
    const c = server.client();
    const login = await c.post('/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(login.statusCode).toBe(200);
    expect(login.headers['cache-control']).toBe('no-store');
    const refused = await server.client().get(`/api/evaluations/${evalId}`);
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('marks every download no-store: .docx, .xlsx and the district .zip', async () => {
    const downloads = [
      await admin.get(`/api/evaluations/${evalId}/report.docx`),
      await admin.get(`/api/evaluations/${evalId}/report.xlsx`),
      await admin.get(`/api/dashboard/ranking.xlsx?district=${q('海珠区')}&year=2023`),
      await admin.get(`/api/dashboard/reports.zip?district=${q('海珠区')}&year=2023&includeDrafts=true`),
    ];
    for (const res of downloads) {
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/^attachment/);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('leaves the web UI’s static files to their own caching', async () => {
    const asset = await admin.get('/assets/app.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).not.toBe('no-store');
    expect(asset.headers['cache-control']).toContain('max-age');
    expect(asset.headers.etag).toBeDefined();
    const page = await server.client().get('/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).not.toBe('no-store');
  });

  it('serves /api/docs to a signed-in user only', async () => {
    for (const url of ['/api/docs', '/api/docs/json', '/api/docs/static/swagger-ui.css']) {
      const anonymous = await server.client().get(url);
      expect([url, anonymous.statusCode]).toEqual([url, 401]);
      expect(anonymous.json().error.message).toBe('未登录或登录已过期，请重新登录');
    }
    const spec = await admin.get('/api/docs/json');
    expect(spec.statusCode).toBe(200);
    expect(spec.json().info.title).toBe('jixiao API');
    expect(spec.headers['cache-control']).toBe('no-store');
    expect((await admin.get('/api/docs/static/swagger-ui.css')).statusCode).toBe(200);
  });
});

describe('JIXIAO_API_DOCS=open', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await buildTestServer('sqlite', { JIXIAO_API_DOCS: 'open' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves /api/docs to anyone, and nothing else of the API', async () => {
    const c = server.client();
    const spec = await c.get('/api/docs/json');
    expect(spec.statusCode).toBe(200);
    expect(spec.json().info.title).toBe('jixiao API');
    expect((await c.get('/api/docs/static/swagger-ui.css')).statusCode).toBe(200);
    expect((await c.get('/api/evaluations')).statusCode).toBe(401);
  });

  it('refuses any other value, naming the variable', async () => {
    await expect(buildTestServer('sqlite', { JIXIAO_API_DOCS: 'yes' })).rejects.toThrow(/JIXIAO_API_DOCS/);
  });
});
