import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, buildTestServer, type TestServer } from '../../_testing';

describe('login, session cookie, CSRF and the audit of logins', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await buildTestServer('sqlite');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('sets an HttpOnly SameSite=Strict session cookie and a readable CSRF cookie, and stores only a hash', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: ADMIN_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      username: 'admin',
      role: 'admin',
      departmentId: null,
      district: null,
    });
    const cookies = Object.fromEntries(res.cookies.map((c) => [c.name, c]));
    expect(cookies.jixiao_session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookies.jixiao_session?.secure).toBeFalsy();
    expect(cookies.jixiao_csrf?.httpOnly).toBeFalsy();
    const token = cookies.jixiao_session!.value;
    expect(await server.store.getSession(token, new Date().toISOString())).toBeNull();
  });

  it('marks cookies Secure behind TLS (X-Forwarded-Proto with a trusted proxy) or when configured', async () => {
    for (const env of [{ JIXIAO_SECURE_COOKIE: 'true' }, { JIXIAO_TRUST_PROXY: '127.0.0.1' }] as Record<
      string,
      string
    >[]) {
      const s = await buildTestServer('sqlite', env);
      try {
        const res = await s.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          headers: { 'x-forwarded-proto': 'https' },
          payload: { username: 'admin', password: ADMIN_PASSWORD },
        });
        expect(res.cookies.every((c) => c.secure)).toBe(true);
      } finally {
        await s.close();
      }
    }
  });

  it('refuses a wrong password or unknown user alike with 401 and logs both', async () => {
    for (const username of ['admin', 'nobody']) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: 'wrong-pass' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toEqual({ code: 'invalid_credentials', message: '用户名或密码错误' });
    }
    const log = await server.store.listAudit({ entity: 'session', limit: 10 });
    expect(log.filter((l) => l.action === 'login_failed').map((l) => l.username)).toEqual(
      expect.arrayContaining(['admin', 'nobody']),
    );
  });

  it('requires the CSRF header on state-changing requests, equal to the cookie and the session', async () => {
    const c = await server.login('admin', ADMIN_PASSWORD);
    const body = { name: '测试部门甲', district: '越秀区' };
    const noHeader = await c.request('POST', '/api/departments', body, { 'x-csrf-token': '' });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().error.code).toBe('csrf_failed');
    const other = await server.login('admin', ADMIN_PASSWORD);
    const foreign = await c.request('POST', '/api/departments', body, {
      'x-csrf-token': other.cookies.get('jixiao_csrf')!,
    });
    expect(foreign.statusCode).toBe(403);
    expect((await c.post('/api/departments', body)).statusCode).toBe(201);
    // Safe methods need no token.
    expect((await c.request('GET', '/api/me', undefined, { 'x-csrf-token': 'x' })).statusCode).toBe(200);
  });

  it('GET /api/me gives the user and sets the CSRF cookie again; logout ends the session', async () => {
    const c = await server.login('admin', ADMIN_PASSWORD);
    const me = await c.get('/api/me');
    expect(me.json().user.username).toBe('admin');
    expect(me.cookies.find((x) => x.name === 'jixiao_csrf')?.value).toBe(c.cookies.get('jixiao_csrf'));
    const session = c.cookies.get('jixiao_session')!;
    expect((await c.post('/api/auth/logout')).json()).toEqual({ ok: true });
    const replay = await server.app.inject({
      method: 'GET',
      url: '/api/me',
      cookies: { jixiao_session: session },
    });
    expect(replay.statusCode).toBe(401);
  });

  it('ends sessions of a disabled account and refuses its login', async () => {
    const admin = await server.login('admin', ADMIN_PASSWORD);
    const u = (
      await admin.post('/api/users', {
        username: 'leaver',
        name: '离职者',
        password: 'kiwi-harbor-58',
        role: 'reviewer',
        district: '海珠区',
      })
    ).json().user;
    const c = await server.login('leaver', 'kiwi-harbor-58');
    expect((await admin.patch(`/api/users/${u.id}`, { active: false })).json().user.active).toBe(false);
    expect((await c.get('/api/me')).statusCode).toBe(401);
    const again = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'leaver', password: 'kiwi-harbor-58' },
    });
    expect(again.statusCode).toBe(401);
  });

  it('stores passwords as argon2id hashes', async () => {
    expect((await server.store.findUserForLogin('admin'))?.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe('login throttle', () => {
  it('answers 429 rate_limited with Retry-After once an account has failed the allowed times', async () => {
    const server = await buildTestServer('sqlite', { JIXIAO_LOGIN_ACCOUNT_FAILURES: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await server.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'admin', password: 'bad-one' },
        });
        codes.push(res.statusCode);
        if (res.statusCode === 429) {
          expect(res.json().error.code).toBe('rate_limited');
          expect(res.headers['retry-after']).toBe('1');
        }
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await server.close();
    }
  });
});
