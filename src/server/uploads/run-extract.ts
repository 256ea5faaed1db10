/** Run the reader of an uploaded document in a worker thread with a time limit and a memory cap. */
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../errors';

export interface ExtractJob {
  kind: 'docx' | 'xlsx' | 'pdf' | 'txt';
  bytes: Uint8Array;
  filename: string;
  maxPdfPages: number;
}

export interface ExtractLimits {
  timeoutMs: number;
  /** Heap of the worker, in MiB. */
  memoryMb?: number;
}

const WORKER = new URL('./extract-worker.mjs', import.meta.url);

/** The reader's raw result; throws an AppError when it fails, runs out of time or of memory. */
export function extractInWorker(job: ExtractJob, limits: ExtractLimits): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb ?? 512 },
      stdout: true,
      stderr: true,
    });
    let done = false;
    const finish = (f: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      f();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new AppError(
              'unreadable_file',
              `读取 ${job.filename} 超过 ${Math.round(limits.timeoutMs / 1000) || 1} 秒仍未完成，文件可能已损坏或结构异常，已放弃`,
            ),
          ),
        ),
      limits.timeoutMs,
    );
    worker.on('message', (m: { ok: boolean; result?: unknown; code?: ErrorCode; message?: string }) =>
      finish(() =>
        m.ok
          ? resolve(m.result)
          : reject(
              new AppError(m.code ?? 'unreadable_file', `文件 ${job.filename} 无法读取：${m.message ?? ''}`),
            ),
      ),
    );
    worker.on('error', (e: Error & { code?: string }) =>
      finish(() =>
        reject(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError('file_too_large', `读取 ${job.filename} 所需内存过大，已放弃`)
            : new AppError('unreadable_file', `文件 ${job.filename} 无法读取：${e.message}`),
        ),
      ),
    );
    worker.on('exit', () =>
      finish(() => reject(new AppError('unreadable_file', `读取 ${job.filename} 时意外中止`))),
    );
  });
}
