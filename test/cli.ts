/** Test factory for the CLI: a run with in-memory files, returning the exit code, what was printed and written. */
import { readFile } from 'node:fs/promises';
import type { CliIO } from '../src/cli/io';
import { main } from '../src/cli/main';

/** Files given here are read from memory; any other path is read from disk (the examples). */
export async function runCli(argv: string[], files: Record<string, Uint8Array | string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, Uint8Array | string> = {};
  const io: CliIO = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readFile: async (p) => {
      const f = files[p];
      if (f !== undefined) return typeof f === 'string' ? new TextEncoder().encode(f) : f;
      return new Uint8Array(await readFile(p));
    },
    writeFile: async (p, d) => {
      written[p] = d;
    },
  };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n'), written };
}
