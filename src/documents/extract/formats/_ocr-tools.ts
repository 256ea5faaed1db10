/**
 * The programs OCR needs: poppler's `pdfinfo` and `pdftoppm` (page count, page bitmaps) and Tesseract 5 with its
 * chi_sim and eng models. Whether they are installed is asked once per process (per search path).
 */
import { execFile } from 'node:child_process';

export interface ToolEnv {
  /** Where to look for the programs (a PATH); the process's PATH unless told. */
  path?: string;
}

export interface RunResult {
  stdout: Buffer;
  stderr: string;
}

/**
 * Who is told of each program started and each scratch folder made, so that whoever ends this thread early (the
 * server's worker pool, when a client leaves or a job runs out of time) can end them too: a thread that is
 * terminated runs no `finally`, and its programs would run on to their own time limit.
 */
export interface ToolWatcher {
  started(pid: number): void;
  ended(pid: number): void;
  madeDir(dir: string): void;
  removedDir(dir: string): void;
}

let watcher: ToolWatcher | null = null;

/** Set (or clear, with null) the watcher of this thread's programs and scratch folders. */
export function watchTools(w: ToolWatcher | null): void {
  watcher = w;
}

/** Tell the watcher a scratch folder was made or removed. */
export function scratchDir(dir: string, made: boolean): void {
  if (made) watcher?.madeDir(dir);
  else watcher?.removedDir(dir);
}

/** Run a program with a time limit; Tesseract on one thread (several pages and requests run side by side). */
export function runTool(
  cmd: string,
  args: readonly string[],
  env: ToolEnv,
  timeout: number,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      cmd,
      args,
      {
        timeout,
        killSignal: 'SIGKILL',
        encoding: 'buffer',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, PATH: env.path ?? process.env.PATH ?? '', OMP_THREAD_LIMIT: '1' },
      },
      (err, stdout, stderr) => {
        if (child.pid !== undefined) watcher?.ended(child.pid);
        if (err) reject(err);
        else resolve({ stdout, stderr: stderr.toString('utf8') });
      },
    );
    if (child.pid !== undefined) watcher?.started(child.pid);
  });
}

const checked = new Map<string, Promise<boolean>>();

async function probe(env: ToolEnv): Promise<boolean> {
  try {
    await runTool('pdftoppm', ['-v'], env, 10_000);
    await runTool('pdfinfo', ['-v'], env, 10_000);
    const { stdout, stderr } = await runTool('tesseract', ['--list-langs'], env, 10_000);
    const langs = `${stdout.toString('utf8')}\n${stderr}`.split(/\s+/);
    return langs.includes('chi_sim') && langs.includes('eng');
  } catch {
    return false;
  }
}

/** Whether pdftoppm, pdfinfo and Tesseract with chi_sim and eng can be run; asked once per search path. */
export function ocrAvailable(env: ToolEnv = {}): Promise<boolean> {
  const key = env.path ?? process.env.PATH ?? '';
  let p = checked.get(key);
  if (!p) {
    p = probe(env);
    checked.set(key, p);
  }
  return p;
}
