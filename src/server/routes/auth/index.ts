/** Login (rate limited), logout and the current user. */
import { actorOf, clearCookies, currentUser, refreshCsrfCookie, startSession } from '../../auth';
import { AppError } from '../../errors';
import { presentUser } from '../../presenters';
import { type RouteRegistrar, typed } from '../_shared';
import { LoginBody } from './schema';

export const registerAuthRoutes: RouteRegistrar = (app, ctx) => {
  const r = typed(app);
  r.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: '登录', body: LoginBody, security: [] },
      config: { public: true, rateLimit: { max: ctx.config.loginPerMinute, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const { username, password } = req.body;
      const found = await ctx.store.findUserForLogin(username);
      let ok = false;
      if (found?.active) ok = await ctx.hasher.verify(found.passwordHash, password);
      else await ctx.hasher.burn(password);
      const actor = { userId: found?.id ?? null, username, ip: req.ip };
      if (!found || !ok) {
        await ctx.store.appendAudit({ action: 'login_failed', entity: 'session', entityId: null }, actor);
        throw new AppError('invalid_credentials', '用户名或密码错误');
      }
      const now = new Date().toISOString();
      await ctx.store.deleteExpiredSessions(now);
      await startSession(ctx.store, ctx.config, reply, found);
      await ctx.store.appendAudit({ action: 'login', entity: 'session', entityId: null }, actor);
      const { passwordHash: _, ...user } = found;
      return { user: presentUser(user) };
    },
  );

  r.post('/api/auth/logout', { schema: { tags: ['auth'], summary: '退出登录' } }, async (req, reply) => {
    if (req.session) await ctx.store.deleteSession(req.session.id);
    await ctx.store.appendAudit({ action: 'logout', entity: 'session', entityId: null }, actorOf(req));
    clearCookies(reply, ctx.config);
    return { ok: true };
  });

  r.get('/api/me', { schema: { tags: ['auth'], summary: '当前用户' } }, async (req, reply) => {
    const user = currentUser(req);
    if (req.session) refreshCsrfCookie(reply, ctx.config, req.session);
    return { user: presentUser(user) };
  });
};
