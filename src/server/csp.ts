/** The per-response CSP nonce for the web page's <style> elements (antd's CSS-in-JS), shared by helmet and static.ts. */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What the built index.html carries where the nonce goes (web/vite.config.ts `html.cspNonce`). */
export const NONCE_PLACEHOLDER = '__JIXIAO_CSP_NONCE__';

const nonces = new WeakMap<ServerResponse, string>();

/** The nonce of one response, made on first use: the CSP header and the page served with it share it. */
export function cspNonce(res: ServerResponse): string {
  let n = nonces.get(res);
  if (!n) {
    n = randomBytes(16).toString('base64');
    nonces.set(res, n);
  }
  return n;
}

/**
 * The `style-src` source for helmet: the response's nonce for pages; API answers (JSON) load no styles and get none,
 * so reads pay nothing for it. Swagger UI under /api/docs sets its own policy.
 */
export function styleNonceSource(req: IncomingMessage, res: ServerResponse): string {
  return req.url?.startsWith('/api/') ? "'self'" : `'nonce-${cspNonce(res)}'`;
}
