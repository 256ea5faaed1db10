/** Build the web application into web/dist unless it is newer than its sources; `npm start` runs it first. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const WEB_DIST = join(ROOT, 'web/dist');

/** Newest modification time under a folder (files only). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (!e.name.endsWith('.test.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

/** Build the web application unless web/dist is newer than its sources (the web and the core it bundles). */
export function ensureWebBuild(): void {
  const index = join(WEB_DIST, 'index.html');
  const sources = [join(ROOT, 'web/src'), join(ROOT, 'src/core'), join(ROOT, 'src/rubrics')];
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
  const old = `${out}-old`;
  if (existsSync(WEB_DIST)) renameSync(WEB_DIST, old);
  renameSync(out, WEB_DIST);
  rmSync(old, { recursive: true, force: true });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) ensureWebBuild();
