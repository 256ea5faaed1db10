/** The login throttle through the real route: per account (growing wait), per address (failures only), both stores. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, buildTestServer, STORE_KINDS, type TestServer } from '../_testing';
import { keys } from './policy';

const PASSWORDS: Record<string, string> = {
  alice: 'maple-orbit-71',
  bob: 'copper-fjord-29',
  carol: 'quartz-meadow-63',
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(STORE_KINDS)('login throttle on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await buildTestServer(kind, {
      JIXIAO_LOGIN_ACCOUNT_FAILURES: '3',
      JIXIAO_LOGIN_ADDRESS_FAILURES: '6',
    });
    const admin = await server.login('admin', ADMIN_PASSWORD);
    for (const username of ['alice', 'bob', 'carol']) {
      const res = await admin.post('/api/users', {
        username,
        name: username,
        password: PASSWORDS[username]!,
        role: 'reviewer',
        district: '海珠区',
      });
      expect(res.statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  let address = 0;
  /** A fresh client address per case, so that the cases do not share the address count. */
  const nextAddress = () => `198.51.100.${++address}`;
  const login = (username: string, password: string, remoteAddress: string) =>
    server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress,
    });

  it('makes an account wait 1 s after 3 failures, then 2 s, and refuses even its right password meanwhile', async () => {
    const ip = nextAddress();
    for (let i = 0; i < 3; i++) expect((await login('alice', 'wrong-guess', ip)).statusCode).toBe(401);
    const audit = (await server.store.listAudit({ entity: 'session', limit: 3 })).filter(
      (e) => e.username === 'alice',
    );
    expect(audit.map((e) => e.detail)).toEqual([{ waitSeconds: 1 }, {}, {}]);
    const refused = await login('alice', 'maple-orbit-71', ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.json().error).toMatchObject({
      code: 'rate_limited',
      message: '该账户连续登录失败次数过多，请 1 秒后再试',
      retryAfter: 1,
    });
    // Another address does not help: the count is the account's.
    expect((await login('alice', 'maple-orbit-71', nextAddress())).statusCode).toBe(429);
    await sleep(1100);
    expect((await login('alice', 'wrong-guess', ip)).statusCode).toBe(401);
    const longer = await login('alice', 'maple-orbit-71', ip);
    expect(longer.statusCode).toBe(429);
    expect(longer.headers['retry-after']).toBe('2');
    await sleep(2100);
    expect((await login('alice', 'maple-orbit-71', ip)).statusCode).toBe(200);
    // A correct login forgets the failures: the next one is a plain 401 again.
    expect(await server.store.getCounter(keys.account('alice'), new Date().toISOString())).toBeNull();
    expect((await login('alice', 'wrong-guess', ip)).statusCode).toBe(401);
    expect((await login('alice', 'maple-orbit-71', ip)).statusCode).toBe(200);
  });

  it('lets other accounts log in from the same address while one waits', async () => {
    const ip = nextAddress();
    for (let i = 0; i < 3; i++) expect((await login('bob', 'not-his', ip)).statusCode).toBe(401);
    expect((await login('bob', 'copper-fjord-29', ip)).statusCode).toBe(429);
    expect((await login('carol', 'quartz-meadow-63', ip)).statusCode).toBe(200);
    expect((await login('admin', ADMIN_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('counts only failures against an address, and refuses it once they reach the limit', async () => {
    const ip = nextAddress();
    // Failures spread over accounts (none reaches its own limit), correct logins between them.
    for (const name of ['nobody-1', 'nobody-2', 'nobody-3', 'nobody-4', 'nobody-5'])
      expect((await login(name, 'x-guess-1', ip)).statusCode).toBe(401);
    for (let i = 0; i < 4; i++) expect((await login('carol', 'quartz-meadow-63', ip)).statusCode).toBe(200);
    expect((await login('nobody-6', 'x-guess-1', ip)).statusCode).toBe(401);
    // The sixth failure reached the limit: now even a correct password from this address waits.
    const refused = await login('carol', 'quartz-meadow-63', ip);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(800);
    expect(refused.json().error.message).toBe(
      '您所在的网络地址登录失败次数过多，已暂停登录，请 15 分钟后再试',
    );
    // Other addresses are untouched.
    expect((await login('carol', 'quartz-meadow-63', nextAddress())).statusCode).toBe(200);
  });

  it('keeps the counts in the database, and drops expired ones at a correct login', async () => {
    const ip = nextAddress();
    expect((await login('nobody-db', 'x-guess-1', ip)).statusCode).toBe(401);
    const now = new Date().toISOString();
    expect(await server.store.getCounter(keys.account('nobody-db'), now)).toMatchObject({ hits: 1 });
    expect(await server.store.getCounter(keys.address(ip), now)).toMatchObject({ hits: 1 });
    await server.store.hitCounter('login:address:old', { now: '2020-01-01T00:00:00.000Z', resetAt: now });
    expect((await login('carol', 'quartz-meadow-63', ip)).statusCode).toBe(200);
    expect(
      await server.store.hitCounter('login:address:old', { now, resetAt: '2999-01-01T00:00:00.000Z' }),
    ).toMatchObject({ hits: 1 });
  });
});
