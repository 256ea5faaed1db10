/** Authentication on every /api route not marked public: the session cookie, the CSRF check, a temporary password. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor, SessionRow, UserRow } from '../../store';
import type { ServerContext } from '../context';
import { AppError } from '../errors';
import { checkCsrf, readSession, SAFE_METHODS } from './session';

declare module 'fastify' {
  interface FastifyRequest {
    user: UserRow | null;
    session: SessionRow | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (health, login). */
    public?: boolean;
    /** A write allowed before a temporary password has been changed (changing it, logging out). */
    withTemporaryPassword?: boolean;
  }
}

export * from './password';
export * from './session';

export function installAuth(app: FastifyInstance, ctx: ServerContext): void {
  app.decorateRequest('user', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (req) => {
    const url = req.routeOptions.url;
    const openDocs = ctx.config.apiDocs === 'open' && url?.startsWith('/api/docs');
    if (!url?.startsWith('/api/') || openDocs || req.routeOptions.config.public) return;
    const found = await readSession(ctx.store, req);
    if (!found) throw new AppError('unauthenticated', '未登录或登录已过期，请重新登录');
    checkCsrf(req, found.session);
    // A password an administrator set is known to two people: nothing is written until the user picks their own.
    if (
      found.user.mustChangePassword &&
      !SAFE_METHODS.has(req.method) &&
      !req.routeOptions.config.withTemporaryPassword
    ) {
      throw new AppError('password_change_required', '管理员已重设您的密码，请先修改密码后再进行其他操作');
    }
    req.user = found.user;
    req.session = found.session;
  });
}

/** The signed-in user of a route behind authentication. */
export function currentUser(req: FastifyRequest): UserRow {
  if (!req.user) throw new AppError('unauthenticated', '未登录或登录已过期，请重新登录');
  return req.user;
}

/** Who did it, for the audit log: the account and its display name. */
export function actorOf(req: FastifyRequest): Actor {
  return {
    userId: req.user?.id ?? null,
    username: req.user?.username ?? '匿名',
    name: req.user?.name ?? null,
    ip: req.ip,
  };
}
