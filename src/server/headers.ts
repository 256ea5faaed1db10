/**
 * Response headers of least disclosure: nothing the API answers (a signed-in user's data, a downloaded report, an
 * error) is kept by the browser or a shared cache; the web UI's static files keep their own caching.
 */
import type { FastifyInstance } from 'fastify';

/** Whether a request's answer may hold a user's data: every /api route, and anything answered to a session. */
const isPrivate = (url: string, signedIn: boolean) => signedIn || url.startsWith('/api/') || url === '/api';

export function installNoStore(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    if (isPrivate(req.url, req.user !== null)) {
      reply.header('cache-control', 'no-store');
      reply.removeHeader('etag');
      reply.removeHeader('last-modified');
    }
    return payload;
  });
}
