/** Browser-test harness: build the web once, start the real server on a free port with a temp database, drive chromium. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type APIRequestContext, type Browser, chromium, type Page, request } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { startServer } from '../../src/server';
import { type StoreKind, TEST_PG_URL } from '../../src/server/_testing';
import type { Store } from '../../src/store';
import { dropPostgresSchema } from '../../src/store/postgres';

export { STORE_KINDS, type StoreKind } from '../../src/server/_testing';

export const ROOT = resolve(import.meta.dirname, '../..');
export const WEB_DIST = join(ROOT, 'web/dist');
export { ensureWebBuild } from '../../scripts/build-web';
export const ADMIN_PASSWORD = 'e2e-admin-pass';

export interface TestServer {
  url: string;
  /** The server's store, for seeding many rows at once (benchmarks, screenshots). */
  store: Store;
  close(): Promise<void>;
}

/**
 * The real server, listening on a free loopback port, on a fresh database seeded with the examples: a new SQLite
 * file, or a new schema in TEST_DATABASE_URL for `postgres` (browser tests run on both: `STORE_KINDS`).
 */
export async function startTestServer(
  env: Record<string, string> = {},
  kind: StoreKind = 'sqlite',
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
  const schema = `t_e2e_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  if (kind === 'postgres' && !TEST_PG_URL)
    throw new Error('TEST_DATABASE_URL 未设置，无法在 PostgreSQL 上运行浏览器测试');
  const pg = kind === 'postgres' ? { DATABASE_URL: TEST_PG_URL as string, JIXIAO_PG_SCHEMA: schema } : {};
  const config = loadConfig({
    ...pg,
    PORT: '0',
    HOST: '127.0.0.1',
    JIXIAO_DATA_DIR: dir,
    JIXIAO_ADMIN_PASSWORD: ADMIN_PASSWORD,
    JIXIAO_ARGON2_MEMORY_KIB: '64',
    JIXIAO_ARGON2_TIME: '1',
    JIXIAO_LOGIN_PER_MINUTE: '100000',
    // Set-up through the API writes faster than a person; the limit has its own tests (src/server/limits).
    JIXIAO_WRITES_PER_MINUTE: '10000000',
    JIXIAO_WEB_DIR: WEB_DIST,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const s = await startServer(config, () => {});
  return {
    url: s.url,
    store: s.store,
    async close() {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
      if (kind === 'postgres' && TEST_PG_URL) await dropPostgresSchema(TEST_PG_URL, schema);
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** A fresh browser context and page at 1440×900, logged in as the given user. */
export async function loginPage(
  browser: Browser,
  url: string,
  username: string,
  password: string,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    baseURL: url,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('current-user').waitFor();
  return page;
}

/** An API client logged in as the given user, sending the CSRF header on writes. */
export async function apiAs(url: string, username: string, password: string) {
  const ctx: APIRequestContext = await request.newContext({ baseURL: url });
  const res = await ctx.post('/api/auth/login', { data: { username, password } });
  if (!res.ok()) throw new Error(`登录 ${username} 失败：${res.status()} ${await res.text()}`);
  const csrf = (await ctx.storageState()).cookies.find((c) => c.name === 'jixiao_csrf')?.value ?? '';
  const send = async (method: 'POST' | 'PUT' | 'PATCH', path: string, data: unknown) => {
    const r = await ctx.fetch(path, { method, data, headers: { 'x-csrf-token': csrf } });
    if (!r.ok()) throw new Error(`${method} ${path}：${r.status()} ${await r.text()}`);
    return r.json();
  };
  return {
    get: async (path: string) => {
      const r = await ctx.get(path);
      if (!r.ok()) throw new Error(`GET ${path}：${r.status()} ${await r.text()}`);
      return r.json();
    },
    post: (path: string, data: unknown) => send('POST', path, data),
    put: (path: string, data: unknown) => send('PUT', path, data),
    dispose: () => ctx.dispose(),
  };
}

/** A field the page must offer: the element at `path` exists and, unless it is a table or section, can be edited. */
export interface WantedField {
  pattern: string;
  path: string;
  editable: boolean;
}

/**
 * The wanted fields the page does not offer, each as 「pattern（path）：why」, for any document kind's editor.
 * @example expect(await missingFields(page, wanted)).toEqual([])
 */
export function missingFields(page: Page, wanted: readonly WantedField[]): Promise<string[]> {
  return page.evaluate((items) => {
    const EDITABLE =
      'input:not([readonly]):not([disabled]), textarea:not([readonly]), .ant-select:not(.ant-select-disabled), button:not([disabled])';
    return items
      .map(({ pattern, path, editable }) => {
        const el = document.querySelector(`[data-path="${CSS.escape(path)}"]`);
        if (!el) return `${pattern}（${path}）：页面上没有`;
        if (editable && !el.matches(EDITABLE) && !el.querySelector(EDITABLE))
          return `${pattern}（${path}）：不能编辑`;
        return null;
      })
      .filter((x): x is string => x !== null);
  }, wanted);
}
