/** Worker thread that reads uploaded documents, one at a time; the parent ends it when a job runs too long or too large. */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { ExtractError, extractDocument, watchTools } from '../../documents/extract';
import { type ImportError, importWorkbook } from '../../documents/xlsx';
import { AppError, type ErrorCode } from '../errors';
import { guardPdf } from './pdf-guard';
import { presentJsonUpload, presentPreview } from './preview';
import type { ExtractJob, WorkerProgress, WorkerReply, WorkerResource } from './run-extract';
import { sniffUpload } from './sniff';
import { verifyZip } from './zip-guard';

/** Nice value of the worker thread (0 normal, 19 lowest). */
const WORKER_NICE = 10;

/** A workbook's `{success: false, errors}` as one Chinese message naming sheet, row and column. */
function failure(filename: string, errors: readonly ImportError[]): WorkerReply {
  const lines = errors.slice(0, 8).map((e) => {
    const where = [
      e.sheet && `工作表“${e.sheet}”`,
      e.row != null && `第 ${e.row} 行`,
      e.column && `${e.column} 列`,
    ].filter(Boolean);
    return where.length ? `${where.join(' ')}：${e.message}` : e.message;
  });
  const more = errors.length > 8 ? `；另有 ${errors.length - 8} 处` : '';
  return {
    ok: false,
    code: 'invalid_document',
    message: `文件 ${filename} 无法读取：${lines.join('；')}${more}`,
  };
}

/**
 * Whether the workbook is not in jixiao's own layout: it opened, but one of the two sheets jixiao always writes
 * (自评表 and 评分明细) is not in it. It is then some other workbook — the official 自评表 (one sheet, often also
 * named 自评表), a table of one's own — and the report reader tries it; a workbook with both of jixiao's sheets keeps
 * the importer's errors (a cell that should be a number, a row out of place).
 */
function notJixiaoLayout(errors: readonly ImportError[]): boolean {
  return errors.some((e) => e.row == null && e.message.startsWith('缺少工作表'));
}

/** Pages read so far, sent to the parent (the CLI's progress bar, the import queue's 第 3/12 页). */
const progress = (done: number, total: number) =>
  parentPort?.postMessage({ progress: { done, total } } satisfies WorkerProgress);

/** Too many pages is a size limit (413); every other reader failure is an unreadable file (400). */
function codeOf(e: ExtractError): ErrorCode {
  return e.code === 'pdf_too_many_pages' ? 'file_too_large' : 'unreadable_file';
}

/** The answer to a job as JSON text: `{preview, warnings, source, places}`. */
const answer = (body: object): WorkerReply => ({ ok: true, body: JSON.stringify(body) });

async function run(job: ExtractJob): Promise<WorkerReply> {
  const bytes = new Uint8Array(job.bytes);
  // Off the main thread: every check that reads the whole file (a lying zip header is only found by inflating).
  try {
    if (job.kind === 'docx' || job.kind === 'xlsx') await verifyZip(bytes, job.filename);
    if (job.kind === 'pdf') guardPdf(bytes, job.filename, job.maxPdfPages);
    if (job.kind === 'txt' || job.kind === 'json') sniffUpload(bytes, job.filename);
    if (job.kind === 'json') return answer(presentJsonUpload(bytes, job.filename));
  } catch (e) {
    if (e instanceof AppError) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
  if (job.kind === 'xlsx') {
    const r = await importWorkbook(bytes, job.filename);
    if (r.success) return answer(presentPreview({ evaluation: r.evaluation }));
    if (!notJixiaoLayout(r.errors)) return failure(job.filename, r.errors);
  }
  try {
    const result = await extractDocument({
      bytes,
      filename: job.filename,
      maxPages: job.maxPdfPages,
      onProgress: progress,
    });
    return answer(presentPreview(result));
  } catch (e) {
    // The reader's message already names the file.
    if (e instanceof ExtractError) return { ok: false, code: codeOf(e), message: e.message };
    throw e;
  }
}

/** The reply to one job; an unexpected failure becomes an unreadable file, never a crash of the thread. */
async function reply(job: ExtractJob): Promise<WorkerReply> {
  try {
    return await run(job);
  } catch {
    return {
      ok: false,
      code: 'unreadable_file',
      // The exception is worded for developers (often in English): the user is told the file could not be read.
      message: `文件 ${job.filename} 无法读取：读取程序意外出错`,
    };
  }
}

// Below the server's main thread: on Linux the nice value is per thread, so a busy reader yields the CPU to
// request handling (/api/health stays fast) without being slowed when the machine is idle.
try {
  setPriority(WORKER_NICE);
} catch {
  // Not permitted here (some containers): the worker runs at normal priority.
}

// The programs and scratch folders of OCR, told to the parent: it ends and removes them if it ends this thread early.
watchTools({
  started: (pid) => parentPort?.postMessage({ tool: { pid, running: true } } satisfies WorkerResource),
  ended: (pid) => parentPort?.postMessage({ tool: { pid, running: false } } satisfies WorkerResource),
  madeDir: (dir) => parentPort?.postMessage({ scratch: { dir, exists: true } } satisfies WorkerResource),
  removedDir: (dir) => parentPort?.postMessage({ scratch: { dir, exists: false } } satisfies WorkerResource),
});

// One job per message, one reply each; the thread is reused until the parent ends it.
parentPort?.on('message', (job: ExtractJob) => {
  void reply(job).then((m) => parentPort?.postMessage(m));
});
