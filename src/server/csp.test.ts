/** The Content Security Policy: style elements only with the page's own nonce, which the served page carries. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from './_testing';
import { NONCE_PLACEHOLDER } from './csp';

const web = mkdtempSync(join(tmpdir(), 'jixiao-web-csp-'));
mkdirSync(join(web, 'assets'));
// What the Vite build writes (web/vite.config.ts `html.cspNonce`), trimmed.
writeFileSync(
  join(web, 'index.html'),
  `<!doctype html><head><meta property="csp-nonce" nonce="${NONCE_PLACEHOLDER}">` +
    `<script type="module" src="/assets/app.js" nonce="${NONCE_PLACEHOLDER}"></script>` +
    `<link rel="stylesheet" href="/assets/app.css" nonce="${NONCE_PLACEHOLDER}"></head><body><div id="root"></div>`,
);
writeFileSync(join(web, 'assets', 'app.js'), `console.log("${NONCE_PLACEHOLDER}")`);
afterAll(() => rmSync(web, { recursive: true, force: true }));

/** The directives of a CSP header, by name. */
const directives = (h: unknown) =>
  new Map(
    String(h)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name as string, values]),
  );
const nonceOf = (values: string[] = []) => values.map((v) => /^'nonce-(.+)'$/.exec(v)?.[1]).find(Boolean);

// The policy and the page do not touch the store: one store is enough here.
describe('the Content Security Policy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await buildTestServer('sqlite', { JIXIAO_WEB_DIR: web });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(['/', '/index.html', '/dashboard?year=2023', '/evaluations/1'])(
    '%s: the page carries the nonce of its own CSP header, and style-src has no unsafe-inline',
    async (url) => {
      const res = await server.client().get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      const csp = directives(res.headers['content-security-policy']);
      const style = csp.get('style-src');
      expect(style).toContain("'self'");
      expect(style).not.toContain("'unsafe-inline'");
      expect(csp.has('style-src-elem')).toBe(false);
      expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      const nonce = nonceOf(style);
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(res.body).not.toContain(NONCE_PLACEHOLDER);
      expect(res.body.split(`nonce="${nonce}"`)).toHaveLength(4);
    },
  );

  it('gives every page response a new nonce', async () => {
    const seen = new Set<string | undefined>();
    for (let i = 0; i < 20; i++)
      seen.add(
        nonceOf(
          directives((await server.client().get('/')).headers['content-security-policy']).get('style-src'),
        ),
      );
    expect(seen.size).toBe(20);
  });

  it('serves other files as they are, and API answers without a nonce', async () => {
    const asset = await server.client().get('/assets/app.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe(`console.log("${NONCE_PLACEHOLDER}")`);
    const api = await server.client().get('/api/health');
    const style = directives(api.headers['content-security-policy']).get('style-src');
    expect(style).not.toContain("'unsafe-inline'");
    expect(nonceOf(style)).toBeUndefined();
  });
});
