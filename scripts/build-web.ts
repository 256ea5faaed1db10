/** Build the web application into web/dist unless it is newer than its sources; `npm start` runs it first. */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newest, swapIn } from './build.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const WEB_DIST = join(ROOT, 'web/dist');

/** Build the web application unless web/dist is newer than its sources (the web and the core and contract it bundles). */
export function ensureWebBuild(): void {
  const index = join(WEB_DIST, 'index.html');
  const sources = ['web/src', 'src/core', 'src/rubrics', 'src/api'].map((d) => join(ROOT, d));
  const srcTime = Math.max(
    ...sources.map(newest),
    statSync(join(ROOT, 'web/index.html')).mtimeMs,
    statSync(join(ROOT, 'web/vite.config.ts')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs > srcTime) return;
  // Build beside web/dist and swap it in, so two test files building at once never serve a half-written folder.
  const out = join(ROOT, `node_modules/.cache/jixiao-web-${process.pid}-${Date.now()}`);
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  execFileSync(
    process.execPath,
    [vite, 'build', 'web', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'],
    // vitest sets NODE_ENV=test, which would give a development build of React and antd.
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  swapIn(out, WEB_DIST);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) ensureWebBuild();
