/** The built web UI from web/dist when present: files as they are, index.html for client routes; /api 404s stay JSON. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function installStatic(app: FastifyInstance, webDir: string): Promise<void> {
  const root = resolve(webDir);
  const hasUi = existsSync(resolve(root, 'index.html'));
  if (hasUi) await app.register(fastifyStatic, { root, wildcard: true, index: ['index.html'] });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    const wantsPage = req.method === 'GET' && !path.startsWith('/api') && !/\.[a-z0-9]+$/i.test(path);
    if (hasUi && wantsPage) return reply.type('text/html').sendFile('index.html');
    return reply.code(404).send({ error: { code: 'not_found', message: `找不到 ${req.method} ${path}` } });
  });
}
