/** Login (throttled per account and address, in the database), logout, the current user, changing one's password. */
import {
  actorOf,
  assertPasswordPolicy,
  clearCookies,
  currentUser,
  refreshCsrfCookie,
  startSession,
} from '../../auth';
import { AppError, notFound } from '../../errors';
import { createLoginThrottle } from '../../limits';
import { presentUser } from '../../presenters';
import { type RouteRegistrar, typed } from '../_shared';
import { ChangePasswordBody, LoginBody } from './schema';

export const registerAuthRoutes: RouteRegistrar = (app, ctx) => {
  const r = typed(app);
  const limit = { max: ctx.config.loginPerMinute, timeWindow: '1 minute' };
  const throttle = createLoginThrottle(ctx.store, ctx.config.login);
  r.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: '登录', body: LoginBody, security: [] },
      config: { public: true },
    },
    async (req, reply) => {
      const { username, password } = req.body;
      // Before the password is looked at: a waiting account gives no answer about it, and costs no hashing.
      await throttle.check(username, req.ip);
      const found = await ctx.store.findUserForLogin(username);
      let ok = false;
      if (found?.active) ok = await ctx.hasher.verify(found.passwordHash, password);
      else await ctx.hasher.burn(password);
      const actor = { userId: found?.id ?? null, username, name: found?.name ?? null, ip: req.ip };
      if (!found || !ok) {
        const { waitSeconds } = await throttle.failed(username, req.ip);
        // The audit log says when an account began to wait (and for how long), for the administrator.
        const detail = waitSeconds ? { waitSeconds } : {};
        await ctx.store.appendAudit(
          { action: 'login_failed', entity: 'session', entityId: null, detail },
          actor,
        );
        throw new AppError('invalid_credentials', '用户名或密码错误');
      }
      await throttle.succeeded(username);
      const now = new Date().toISOString();
      await ctx.store.deleteExpiredSessions(now);
      await startSession(ctx.store, ctx.config, reply, found);
      await ctx.store.appendAudit({ action: 'login', entity: 'session', entityId: null }, actor);
      const { passwordHash: _, ...user } = found;
      // `user.mustChangePassword` tells the browser to ask for a new password before anything else.
      return { user: presentUser(user) };
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: '退出登录' }, config: { withTemporaryPassword: true } },
    async (req, reply) => {
      if (req.session) await ctx.store.deleteSession(req.session.id);
      await ctx.store.appendAudit({ action: 'logout', entity: 'session', entityId: null }, actorOf(req));
      clearCookies(reply, ctx.config);
      return { ok: true };
    },
  );

  r.get('/api/me', { schema: { tags: ['auth'], summary: '当前用户' } }, async (req, reply) => {
    const user = currentUser(req);
    if (req.session) refreshCsrfCookie(reply, ctx.config, req.session);
    return { user: presentUser(user) };
  });

  r.post(
    '/api/me/password',
    {
      schema: { tags: ['auth'], summary: '修改自己的密码', body: ChangePasswordBody },
      config: { withTemporaryPassword: true, rateLimit: limit },
    },
    async (req, reply) => {
      const me = currentUser(req);
      const { currentPassword, newPassword } = req.body;
      const found = await ctx.store.findUserForLogin(me.username);
      if (!found) throw notFound('该账户');
      if (!(await ctx.hasher.verify(found.passwordHash, currentPassword))) {
        await ctx.store.appendAudit(
          { action: 'change_password_failed', entity: 'user', entityId: String(me.id) },
          actorOf(req),
        );
        throw new AppError('wrong_password', '当前密码不正确', { field: 'currentPassword' });
      }
      if (newPassword === currentPassword)
        throw new AppError('weak_password', '新密码不能与当前密码相同', { field: 'newPassword' });
      assertPasswordPolicy(newPassword, me.username, 'newPassword');
      const user = await ctx.store.updateUser(
        me.id,
        { passwordHash: await ctx.hasher.hash(newPassword), mustChangePassword: false },
        actorOf(req),
        'change_password',
      );
      if (!user) throw notFound('该账户');
      // The new password ended every session of the account, this one too: open a fresh one for this browser.
      await startSession(ctx.store, ctx.config, reply, user);
      return { user: presentUser(user) };
    },
  );
};
