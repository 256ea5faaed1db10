/** The built web UI from web/dist when present: files as they are, index.html for client routes; /api 404s stay JSON. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { cspNonce, NONCE_PLACEHOLDER } from './csp';

export async function installStatic(app: FastifyInstance, webDir: string): Promise<void> {
  const root = resolve(webDir);
  const indexFile = resolve(root, 'index.html');
  const hasUi = existsSync(indexFile);
  // The page is sent with this response's CSP nonce in place of the placeholder the build wrote on its tags.
  const page = hasUi ? readFileSync(indexFile, 'utf8').split(NONCE_PLACEHOLDER) : [];
  const sendPage = (reply: FastifyReply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(page.join(cspNonce(reply.raw)));
  if (hasUi) {
    await app.register(fastifyStatic, { root, wildcard: true, index: false });
    app.get('/', { schema: { hide: true } }, (_req, reply) => sendPage(reply));
    app.get('/index.html', { schema: { hide: true } }, (_req, reply) => sendPage(reply));
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    const wantsPage = req.method === 'GET' && !path.startsWith('/api') && !/\.[a-z0-9]+$/i.test(path);
    if (hasUi && wantsPage) return sendPage(reply);
    return reply.code(404).send({ error: { code: 'not_found', message: `找不到 ${req.method} ${path}` } });
  });
}
