/**
 * Run the reader of an uploaded document in a worker thread with a time limit and a memory cap; the time limit
 * starts here, when the job runs (`pool.ts` decides when that is).
 */
import { rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Evaluation } from '../../core/model';
import type { ExtractSource, ExtractWarning } from '../../documents/extract';
import { AppError, type ErrorCode } from '../errors';
import type { UploadKind } from './sniff';
import { workerEntry } from './worker-entry';

export interface ExtractJob {
  kind: UploadKind;
  bytes: Uint8Array;
  filename: string;
  maxPdfPages: number;
}

export interface ExtractLimits {
  /** Time limit of a job, counted from when it runs; a long document may get more (`perPageMs`). */
  timeoutMs: number;
  /**
   * Time allowed per page once the reader says how many pages it reads (OCR of a scan): the limit becomes the larger
   * of `timeoutMs` and pages × `perPageMs`, counted from the start of the job.
   */
  perPageMs?: number;
  /** Called when a worker takes the job (it may first wait in the pool's queue). */
  onStart?: () => void;
  /** Called as the reader finishes pages of a long reading (`done` of `total`). */
  onProgress?: (done: number, total: number) => void;
  /** Heap of the worker, in MiB. */
  memoryMb?: number;
  /** Ends the worker early (server shutdown). */
  signal?: AbortSignal;
}

/**
 * What the reader found: the evaluation (not yet checked against the schema), the reader's warnings and, for a
 * report (not a workbook), its source text and where each field was found in it.
 */
export interface ExtractOutcome {
  evaluation: Evaluation;
  warnings?: ExtractWarning[];
  source?: ExtractSource;
  places?: Record<string, number>;
  /** `evaluation.reported.statements[i]` → index into `source.pieces` (-1 when not found). */
  statementPlaces?: number[];
}

/**
 * The worker's one message per job: the response body as JSON text (`{preview, warnings, source, places}`, built by
 * `preview.ts`, so a large document is neither cloned into nor serialised on the main thread), or the refusal;
 * `message` is the whole Chinese sentence, naming the file.
 */
export type WorkerReply = { ok: true; body: string } | { ok: false; code: ErrorCode; message: string };

/** A message of the worker while a job runs: pages read so far; the job's reply comes after. */
export interface WorkerProgress {
  progress: { done: number; total: number };
}

/**
 * A program (pdftoppm, Tesseract) the worker started or saw end, or a scratch folder it made or removed: the parent
 * ends and removes what is left when it ends the thread early.
 */
export type WorkerResource =
  | { tool: { pid: number; running: boolean } }
  | { scratch: { dir: string; exists: boolean } };

/** Any message of the worker thread. */
export type WorkerMessage = WorkerReply | WorkerProgress | WorkerResource;

const isProgress = (m: WorkerMessage): m is WorkerProgress => 'progress' in m;
const isResource = (m: WorkerMessage): m is WorkerResource => 'tool' in m || 'scratch' in m;

/** The time limit of a job that reads `pages` pages (0 while the reader has not said). */
export function jobTimeoutMs(limits: ExtractLimits, pages: number): number {
  return Math.max(limits.timeoutMs, pages * (limits.perPageMs ?? 0));
}

const timeoutError = (job: ExtractJob, ms: number) =>
  new AppError(
    'unreadable_file',
    `读取 ${job.filename} 超过 ${Math.round(ms / 1000) || 1} 秒仍未完成，文件可能已损坏或结构异常，已放弃`,
  );

const stopping = (job: ExtractJob) =>
  new AppError('server_busy', `服务器正在停止，读取 ${job.filename} 已中止，请稍后重试`);

/**
 * One extraction worker thread, reused for job after job (`pool.ts` keeps them). A job that runs out of time or
 * memory, or crashes, ends the thread; `alive` then says it must not be used again.
 */
export class ExtractWorker {
  private readonly worker: Worker;
  private dead = false;
  private busy = false;
  /** Jobs this thread has run. */
  jobs = 0;
  private onExit: (() => void) | null = null;
  private onError: ((e: Error & { code?: string }) => void) | null = null;
  /** Programs the thread has running and scratch folders it has, ended and removed when the thread is. */
  private readonly tools = new Set<number>();
  private readonly scratch = new Set<string>();

  constructor(memoryMb = 512) {
    this.worker = new Worker(workerEntry(), {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
      stdout: true,
      stderr: true,
    });
    this.worker.on('error', (e: Error & { code?: string }) => {
      this.dead = true;
      this.onError?.(e);
    });
    this.worker.on('exit', () => {
      this.dead = true;
      this.cleanUp();
      this.onExit?.();
    });
    this.worker.on('message', (m: WorkerMessage) => {
      if (!isResource(m)) return;
      if ('tool' in m) {
        if (m.tool.running) this.tools.add(m.tool.pid);
        else this.tools.delete(m.tool.pid);
      } else if (m.scratch.exists) this.scratch.add(m.scratch.dir);
      else this.scratch.delete(m.scratch.dir);
    });
  }

  get alive(): boolean {
    return !this.dead;
  }

  /**
   * The preview as JSON text; throws an AppError when reading fails, runs out of time or of memory. The job's bytes
   * move to the thread when they fill their own buffer (they are then detached here).
   */
  run(job: ExtractJob, limits: ExtractLimits): Promise<string> {
    if (limits.signal?.aborted) return Promise.reject(stopping(job));
    if (this.dead || this.busy) return Promise.reject(new Error('extraction worker not available'));
    this.busy = true;
    this.jobs++;
    return new Promise((resolve, reject) => {
      let done = false;
      // Declared before `finish` uses it; armed below, re-armed when the reader announces its pages.
      let timer: NodeJS.Timeout | undefined;
      const finish = (f: () => void, end = false) => {
        if (done) return;
        done = true;
        this.busy = false;
        clearTimeout(timer);
        limits.signal?.removeEventListener('abort', onAbort);
        this.worker.off('message', onMessage);
        this.onExit = null;
        this.onError = null;
        if (end) this.close();
        f();
      };
      const onAbort = () => finish(() => reject(stopping(job)), true);
      const started = Date.now();
      let limitMs = jobTimeoutMs(limits, 0);
      const expire = () => finish(() => reject(timeoutError(job, limitMs)), true);
      timer = setTimeout(expire, limitMs);
      const onMessage = (m: WorkerMessage) => {
        if (isResource(m)) return;
        if (!isProgress(m)) {
          finish(() => (m.ok ? resolve(m.body) : reject(new AppError(m.code, m.message))));
          return;
        }
        const { done: pagesDone, total } = m.progress;
        // The limit grows with the pages the reader has announced, still counted from the start of the job.
        const grown = jobTimeoutMs(limits, total);
        if (grown > limitMs) {
          limitMs = grown;
          clearTimeout(timer);
          timer = setTimeout(expire, Math.max(0, started + limitMs - Date.now()));
        }
        limits.onProgress?.(pagesDone, total);
      };
      this.onError = (e) =>
        finish(() =>
          reject(
            e.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? new AppError('file_too_large', `读取 ${job.filename} 所需内存过大，已放弃`)
              : new AppError('unreadable_file', `文件 ${job.filename} 无法读取：读取程序意外出错`),
          ),
        );
      this.onExit = () =>
        finish(() => reject(new AppError('unreadable_file', `读取 ${job.filename} 时意外中止`)));
      limits.signal?.addEventListener('abort', onAbort);
      this.worker.on('message', onMessage);
      // Handed over, not copied, when the bytes own their buffer (the route's copy does): no 20 MB clone here.
      const b = job.bytes;
      const own =
        b.buffer instanceof ArrayBuffer && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength;
      this.worker.postMessage(job, own ? [b.buffer as ArrayBuffer] : []);
    });
  }

  /** End the thread (its memory goes back to the system), the programs it left running and its scratch folders. */
  close(): void {
    this.dead = true;
    this.cleanUp();
    void this.worker.terminate();
  }

  /** The programs still running are killed and the scratch folders removed (a terminated thread runs no `finally`). */
  private cleanUp(): void {
    for (const pid of this.tools) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // ESRCH: it ended meanwhile
      }
    }
    this.tools.clear();
    for (const dir of this.scratch) rmSync(dir, { recursive: true, force: true });
    this.scratch.clear();
  }
}

/** The preview as JSON text from a worker thread of its own, ended afterwards; throws an AppError like `run`. */
export async function extractInWorker(job: ExtractJob, limits: ExtractLimits): Promise<string> {
  if (limits.signal?.aborted) throw stopping(job);
  const worker = new ExtractWorker(limits.memoryMb);
  try {
    return await worker.run(job, limits);
  } finally {
    worker.close();
  }
}
