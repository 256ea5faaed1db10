/** Writes per user per minute, counted in the database so that a user spread over instances has one allowance. */
import type { FastifyInstance } from 'fastify';
import { SAFE_METHODS } from '../auth';
import type { ServerContext } from '../context';
import { tooManyAttempts } from './login';
import { keys, secondsUntil, WRITE_WINDOW_MS } from './policy';

/**
 * Every state-changing request of a signed-in user counts; logging out and changing one's own password (marked
 * `withTemporaryPassword`) are never refused. Over `writesPerMinute`: 429 with `Retry-After` until the minute ends.
 */
export function installWriteLimit(app: FastifyInstance, ctx: ServerContext, clock: () => number = Date.now) {
  const max = ctx.config.writesPerMinute;
  app.addHook('preHandler', async (req) => {
    if (!req.user || SAFE_METHODS.has(req.method) || req.routeOptions.config.withTemporaryPassword) return;
    const now = clock();
    const c = await ctx.store.hitCounter(keys.writes(req.user.id), {
      now: new Date(now).toISOString(),
      resetAt: new Date(now + WRITE_WINDOW_MS).toISOString(),
    });
    if (c.hits <= max) return;
    throw tooManyAttempts(
      (w) => `保存过于频繁：每位用户每分钟最多 ${max} 次写入，请 ${w}后再试`,
      secondsUntil(c.resetAt, now),
    );
  });
}
