/** What a command may touch: output streams and files, passed in so tests need no subprocess. */
import { readFile, writeFile } from 'node:fs/promises';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, data: Uint8Array | string) => Promise<void>;
}

export const nodeIO: CliIO = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
  readFile: async (p) => new Uint8Array(await readFile(p)),
  writeFile: (p, d) => writeFile(p, d),
};

/** The exit codes of every command (listed in `jixiao --help`). */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A failure at the CLI boundary: a message for the user and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.problems,
    /** The problems behind the message, each with its path, for `--json` output. */
    readonly issues?: readonly { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'CliError';
  }
}
