// Compile the command and the server to JavaScript in dist/ (esbuild), unless dist/ is newer than its sources.
// Runs from `npm install` (prepare), before `npm start` and from the `jixiao` command when src/ changed.
// Plain JavaScript on purpose: it must run before anything is compiled.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.built');

/** Newest modification time of the files under a folder (tests left out). */
export function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (!e.name.endsWith('.test.ts')) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

/** True when dist/ holds a build at least as new as every source file. */
export function isBuildFresh() {
  if (!existsSync(STAMP)) return false;
  return (
    statSync(STAMP).mtimeMs >=
    Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'package.json')).mtimeMs)
  );
}

// Small pure-JavaScript packages every command needs are bundled in: loading zod's hundred ESM files from
// node_modules costs more than a command's whole work. The rest are loaded from node_modules as they are.
const BUNDLED = new Set(['zod', 'commander']);

/**
 * zod's namespace carries all 64 message locales (700 KB that every command would parse at start). jixiao writes its
 * own Chinese messages and uses no zod locale but the default English one, so the bundle keeps English and 简体中文.
 */
const zodLocales = {
  name: 'zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(join('node_modules', 'zod', 'v4'))
        ? { path: join(dirname(args.importer), '../locales/index.js'), namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: "export { default as en } from './en.js';\nexport { default as zhCN } from './zh-CN.js';\n",
      resolveDir: dirname(args.path),
    }));
  },
};

function externalPackages() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((n) => !BUNDLED.has(n));
  return names.flatMap((n) => [n, `${n}/*`]);
}

/**
 * Bundle the entry points with code splitting: each command's dynamic `import()` becomes its own chunk, so a command
 * loads only what it uses. Packages stay external and are loaded from node_modules.
 */
export async function build({ quiet = false } = {}) {
  const esbuild = await import('esbuild');
  // Build beside dist/ and swap it in, so a process starting meanwhile never sees a half-written folder.
  const out = join(ROOT, `node_modules/.cache/jixiao-dist-${process.pid}-${Date.now()}`);
  mkdirSync(out, { recursive: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { cli: 'src/cli/main.ts', 'extract-worker': 'src/server/uploads/extract-worker.ts' },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: externalPackages(),
    plugins: [zodLocales],
    sourcemap: 'linked',
    // Every file directly in dist/: new URL('..', import.meta.url) (config.ts) reaches the repository root from any
    // chunk, and the worker's entry sits beside the chunk that starts it.
    chunkNames: '[name]-[hash]',
    logLevel: quiet ? 'error' : 'warning',
    // Bundled CommonJS (commander) requires Node's built-ins: give each chunk a `require`.
    banner: {
      js: "// Built by scripts/build.mjs from src/; do not edit.\nimport { createRequire as __jixiaoRequire } from 'node:module';\nconst require = __jixiaoRequire(import.meta.url);",
    },
  });
  writeFileSync(join(out, '.built'), new Date().toISOString());
  swapIn(out, DIST);
}

/** Put a freshly built folder in place of `dest` (rename, then remove the old one). */
export function swapIn(built, dest) {
  const old = `${built}-old`;
  if (existsSync(dest)) renameSync(dest, old);
  renameSync(built, dest);
  rmSync(old, { recursive: true, force: true });
}

/** Build unless fresh; a missing esbuild (an install without dev tools) leaves an existing build in place. */
export async function ensureBuild(opts) {
  if (isBuildFresh()) return;
  await build(opts);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  const t = performance.now();
  await (force ? build() : ensureBuild());
  if (!process.argv.includes('--quiet')) {
    console.log(`dist/ ${force ? 'built' : 'up to date'} in ${Math.round(performance.now() - t)} ms`);
  }
}
