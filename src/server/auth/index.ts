/** Authentication on every /api route not marked public: the session cookie, then the CSRF check. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SessionRow, UserRow } from '../../store';
import type { ServerContext } from '../context';
import { AppError } from '../errors';
import { checkCsrf, readSession } from './session';

declare module 'fastify' {
  interface FastifyRequest {
    user: UserRow | null;
    session: SessionRow | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (health, login). */
    public?: boolean;
  }
}

export * from './password';
export * from './session';

export function installAuth(app: FastifyInstance, ctx: ServerContext): void {
  app.decorateRequest('user', null);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (req) => {
    const url = req.routeOptions.url;
    if (!url?.startsWith('/api/') || url.startsWith('/api/docs') || req.routeOptions.config.public) return;
    const found = await readSession(ctx.store, req);
    if (!found) throw new AppError('unauthenticated', '未登录或登录已过期，请重新登录');
    checkCsrf(req, found.session);
    req.user = found.user;
    req.session = found.session;
  });
}

/** The signed-in user of a route behind authentication. */
export function currentUser(req: FastifyRequest): UserRow {
  if (!req.user) throw new AppError('unauthenticated', '未登录或登录已过期，请重新登录');
  return req.user;
}

/** Who did it, for the audit log. */
export function actorOf(req: FastifyRequest) {
  return { userId: req.user?.id ?? null, username: req.user?.username ?? '匿名', ip: req.ip };
}
