/** Sessions: an opaque token in an HttpOnly cookie, its SHA-256 in the table, and a CSRF token beside it. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import type { SessionRow, Store, UserRow } from '../../store';
import { AppError } from '../errors';

export const SESSION_COOKIE = 'jixiao_session';
export const CSRF_COOKIE = 'jixiao_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const token = () => randomBytes(32).toString('base64url');
export const hashToken = (t: string) => createHash('sha256').update(t).digest('base64url');

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function isSecure(req: FastifyRequest, config: Config): boolean {
  return config.secureCookie || req.protocol === 'https';
}

function setCookies(
  reply: FastifyReply,
  config: Config,
  sessionToken: string | null,
  csrf: string,
  maxAge: number,
) {
  const secure = isSecure(reply.request, config);
  const base = { path: '/', sameSite: 'strict' as const, secure, maxAge };
  if (sessionToken !== null) reply.setCookie(SESSION_COOKIE, sessionToken, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrf, { ...base, httpOnly: false });
}

/** Open a session for the user and set both cookies. */
export async function startSession(
  store: Store,
  config: Config,
  reply: FastifyReply,
  user: UserRow,
): Promise<void> {
  const t = token();
  const now = new Date();
  const expires = new Date(now.getTime() + config.sessionHours * 3600_000);
  const csrf = token();
  await store.createSession({
    id: hashToken(t),
    userId: user.id,
    csrf,
    createdAt: now.toISOString(),
    expiresAt: expires.toISOString(),
  });
  setCookies(reply, config, t, csrf, config.sessionHours * 3600);
}

/** Set the readable CSRF cookie again from the session (GET /api/me). */
export function refreshCsrfCookie(reply: FastifyReply, config: Config, session: SessionRow): void {
  const left = Math.max(0, Math.floor((Date.parse(session.expiresAt) - Date.now()) / 1000));
  setCookies(reply, config, null, session.csrf, left);
}

export function clearCookies(reply: FastifyReply, config: Config): void {
  const opts = { path: '/', sameSite: 'strict' as const, secure: isSecure(reply.request, config) };
  reply.clearCookie(SESSION_COOKIE, { ...opts, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, opts);
}

/** The session of the request's cookie, or null. */
export async function readSession(
  store: Store,
  req: FastifyRequest,
): Promise<{ session: SessionRow; user: UserRow } | null> {
  const t = req.cookies[SESSION_COOKIE];
  if (!t) return null;
  return store.getSession(hashToken(t), new Date().toISOString());
}

export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** State-changing requests must echo the CSRF cookie in the header, and it must be this session's token. */
export function checkCsrf(req: FastifyRequest, session: SessionRow): void {
  if (SAFE_METHODS.has(req.method)) return;
  const header = req.headers[CSRF_HEADER];
  const cookie = req.cookies[CSRF_COOKIE];
  if (typeof header !== 'string' || !cookie || !sameText(header, cookie) || !sameText(header, session.csrf)) {
    throw new AppError(
      'csrf_failed',
      '缺少或错误的 CSRF 令牌（请求头 x-csrf-token 应等于 jixiao_csrf cookie），请刷新页面后重试',
    );
  }
}
