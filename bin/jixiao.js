#!/usr/bin/env node
// Entry of the `jixiao` command: runs the compiled program in dist/ (built by scripts/build.mjs at `npm install`).
// When src/ is newer than dist/ (a developer's checkout), it compiles first; without esbuild it runs the sources
// through tsx.
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const hasSources = existsSync(new URL('src/cli/main.ts', root));

// A reader that closes the pipe early (`jixiao score … | head`) ends the command quietly, with exit 0.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

async function load() {
  if (hasSources) {
    const { ensureBuild } = await import('../scripts/build.mjs');
    try {
      await ensureBuild({ quiet: true });
    } catch (e) {
      if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
      // No esbuild here: run the TypeScript sources through tsx.
      const { register } = await import('tsx/esm/api');
      register();
      return import('../src/cli/main.ts');
    }
  }
  return import('../dist/cli.js');
}

const { main } = await load();
process.exitCode = await main(process.argv.slice(2));
