/** A bounded pool for the extraction worker: a fixed number of jobs run at once, a few wait, the rest get 503. */
import { AppError } from '../errors';
import { type ExtractJob, type ExtractLimits, ExtractWorker } from './run-extract';

export interface ExtractPoolOptions {
  /** Jobs read at the same time, each in its own worker thread. */
  workers: number;
  /** Jobs that may wait for a free worker; one more is refused with 503. */
  queue: number;
  /** Longest wait in the queue, in ms; the job's own time limit starts only when it runs. */
  maxWaitMs: number;
  /** Keep a worker thread for the next job (default) instead of starting one per job. */
  reuse?: boolean;
}

interface Waiter {
  start: () => void;
  fail: (e: AppError) => void;
  timer: NodeJS.Timeout;
}

type Runner = (job: ExtractJob, limits: ExtractLimits) => Promise<string>;

const RETRY_MAX_S = 60;
/** A thread is replaced after this many jobs, so what a reader leaves behind cannot pile up. */
const JOBS_PER_WORKER = 50;
/** An idle thread is ended after this long, giving its memory back. */
const IDLE_MS = 60_000;

/** Admission of extraction jobs; one per server, so memory and CPU stay bounded whatever is uploaded. */
export class ExtractPool {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  /** Moving average of a job's run time, for the `Retry-After` estimate. */
  private averageMs = 2000;
  private readonly stop = new AbortController();
  /** Threads waiting for their next job, with the timer that ends them when none comes. */
  private readonly idle = new Map<ExtractWorker, NodeJS.Timeout>();
  private readonly runJob: Runner;

  constructor(
    private readonly options: ExtractPoolOptions,
    runJob?: Runner,
  ) {
    this.runJob = runJob ?? ((job, limits) => this.runInThread(job, limits));
  }

  /** Run on an idle thread, or a new one; keep the thread for the next job while it is healthy. */
  private async runInThread(job: ExtractJob, limits: ExtractLimits): Promise<string> {
    let worker: ExtractWorker | undefined;
    for (const [idle, timer] of this.idle) {
      clearTimeout(timer);
      this.idle.delete(idle);
      if (idle.alive) {
        worker = idle;
        break;
      }
    }
    worker ??= new ExtractWorker(limits.memoryMb);
    try {
      return await worker.run(job, limits);
    } finally {
      const keep =
        (this.options.reuse ?? true) &&
        worker.alive &&
        worker.jobs < JOBS_PER_WORKER &&
        !this.stop.signal.aborted;
      if (keep) {
        const kept = worker;
        const timer = setTimeout(() => {
          this.idle.delete(kept);
          kept.close();
        }, IDLE_MS);
        timer.unref();
        this.idle.set(kept, timer);
      } else {
        worker.close();
      }
    }
  }

  /** Jobs running and waiting now. */
  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.waiting.length };
  }

  /** Seconds after which a refused client may find room: the queue ahead of it divided among the workers. */
  retryAfterSeconds(): number {
    const ahead = this.waiting.length + 1;
    const s = Math.ceil((this.averageMs * ahead) / this.options.workers / 1000);
    return Math.min(RETRY_MAX_S, Math.max(1, s));
  }

  private busy(message?: string): AppError {
    const retryAfter = this.retryAfterSeconds();
    return new AppError(
      'server_busy',
      message ?? `服务器正忙：正在读取的文件过多，请 ${retryAfter} 秒后重试`,
      { retryAfter },
    );
  }

  /** Throws `server_busy` when a new job would be refused; called before a large upload is read into memory. */
  assertRoom(): void {
    if (this.stop.signal.aborted) throw this.busy('服务器正在停止，请稍后重试');
    if (this.running >= this.options.workers && this.waiting.length >= this.options.queue) throw this.busy();
  }

  /** The job's answer (JSON text) once a worker is free and has run it; 503 when the queue is full or the wait passes its bound. */
  async extract(job: ExtractJob, limits: ExtractLimits): Promise<string> {
    await this.admit(job.filename, limits.signal);
    const started = Date.now();
    try {
      if (this.stop.signal.aborted) throw this.busy('服务器正在停止，请稍后重试');
      limits.onStart?.();
      // The job ends with the server, or earlier when its own signal fires (the client went away).
      const signal = limits.signal ? AbortSignal.any([this.stop.signal, limits.signal]) : this.stop.signal;
      return await this.runJob(job, { ...limits, signal });
    } finally {
      this.averageMs = 0.8 * this.averageMs + 0.2 * (Date.now() - started);
      this.release();
    }
  }

  /** A place to run: at once, or after waiting in the queue; a job whose `signal` fires while it waits leaves it. */
  private admit(filename: string, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(this.busy(`${filename} 的读取已取消`));
    this.assertRoom();
    if (this.running < this.options.workers) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        waiter.fail(this.busy(`${filename} 的读取已取消`));
      };
      const waiter: Waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          signal?.removeEventListener('abort', onAbort);
          this.running++;
          resolve();
        },
        fail: (e) => {
          clearTimeout(waiter.timer);
          signal?.removeEventListener('abort', onAbort);
          reject(e);
        },
        timer: setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          this.waiting.splice(this.waiting.indexOf(waiter), 1);
          const waited = Math.round(this.options.maxWaitMs / 1000) || 1;
          const retry = this.retryAfterSeconds();
          reject(this.busy(`服务器正忙：${filename} 排队 ${waited} 秒仍未轮到读取，请 ${retry} 秒后重试`));
        }, this.options.maxWaitMs),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    this.running--;
    if (!this.stop.signal.aborted) this.waiting.shift()?.start();
  }

  /** Refuse waiting jobs and end every worker thread (server shutdown). */
  close(): void {
    this.stop.abort();
    for (const [worker, timer] of this.idle) {
      clearTimeout(timer);
      worker.close();
    }
    this.idle.clear();
    for (const w of this.waiting.splice(0)) w.fail(this.busy('服务器正在停止，请稍后重试'));
  }
}
