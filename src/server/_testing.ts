/** Test factory: a prepared server on SQLite or PostgreSQL, and clients that carry their cookies and CSRF token. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../config';
import { dropPostgresSchema } from '../store/postgres';
import { prepareServer } from './start';

export type StoreKind = 'sqlite' | 'postgres';
export const ADMIN_PASSWORD = 'admin-pass-1';
export const TEST_PG_URL = process.env.TEST_DATABASE_URL;
/** The kinds of store tests can run on here: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const STORE_KINDS: StoreKind[] = TEST_PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** Build a prepared (not listening) server with a fresh database, cheap password hashing and the seed examples. */
export async function buildTestServer(kind: StoreKind, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-server-'));
  const schema = `t_srv_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const config = loadConfig({
    JIXIAO_DATA_DIR: dir,
    JIXIAO_ADMIN_PASSWORD: ADMIN_PASSWORD,
    JIXIAO_ARGON2_MEMORY_KIB: '64',
    JIXIAO_ARGON2_TIME: '1',
    JIXIAO_LOGIN_PER_MINUTE: '100000',
    // The tests of the throttle and the write limit set their own; elsewhere many failed logins and writes are fine.
    JIXIAO_LOGIN_ACCOUNT_FAILURES: '100000',
    JIXIAO_LOGIN_ADDRESS_FAILURES: '1000000',
    JIXIAO_WRITES_PER_MINUTE: '10000000',
    LOG_LEVEL: 'silent',
    ...(kind === 'postgres'
      ? { DATABASE_URL: TEST_PG_URL, JIXIAO_PG_SCHEMA: schema, JIXIAO_PG_POOL: '25' }
      : {}),
    ...env,
  });
  const server = await prepareServer(config, () => {});
  return {
    ...server,
    config,
    client: () => new TestClient(server.app),
    async login(username: string, password: string) {
      const c = new TestClient(server.app);
      const res = await c.post('/api/auth/login', { username, password });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return c;
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
      if (kind === 'postgres' && TEST_PG_URL) await dropPostgresSchema(TEST_PG_URL, schema);
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof buildTestServer>>;

/** A browser stand-in: keeps cookies from responses and sends the CSRF header on state-changing requests. */
export class TestClient {
  cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const csrf = this.cookies.get('jixiao_csrf');
    const res = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(method !== 'GET' && csrf ? { 'x-csrf-token': csrf } : {}),
        ...headers,
      },
      ...(body !== undefined
        ? Buffer.isBuffer(body)
          ? { payload: body }
          : { payload: body as object }
        : {}),
    });
    this.remember(res);
    return res;
  }

  private remember(res: LightMyRequestResponse) {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const gone = c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now());
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request('POST', url, body ?? {}, headers);
  put = (url: string, body: unknown) => this.request('PUT', url, body);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
}

/** A multipart body with one file in field `file`. */
export function multipartFile(filename: string, bytes: Uint8Array, field = 'file') {
  const boundary = `----jixiao${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: Buffer.concat([head, Buffer.from(bytes), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
