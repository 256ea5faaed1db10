/**
 * `jixiao extract DIR -o OUTDIR`: every report in a folder read by the upload reader's bounded pool of worker threads
 * (the same guards, time limits and memory cap as the server), one evaluation file per report, then a summary table.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Evaluation } from '../../core/model';
import { displayWidth, FolderProgress, formatTable, type ProgressSink } from '../_progress';
import { CliError, type CliIO, EXIT } from '../io';

/** What a folder read may contain: the upload kinds that are reports or workbooks. */
const REPORT = /\.(txt|docx|xlsx|pdf)$/i;

export interface FolderOptions {
  dir: string;
  outDir: string;
  /** Worker threads reading at the same time. */
  workers: number;
  /** Print the summary as JSON on stdout instead of a table. */
  json?: boolean;
  /** Where the progress goes (stderr). */
  progress: ProgressSink;
  /** Aborted on Ctrl-C: the files not yet read are left, those being read are stopped. */
  signal?: AbortSignal;
}

/** One file's result: what was read, or the Chinese reason it could not be. */
export interface FolderRow {
  file: string;
  output?: string;
  department?: string;
  year?: number;
  indicators?: number;
  management?: number;
  total?: number | null;
  warnings?: number;
  error?: string;
}

/** The report files of a folder (not its subfolders), by name. */
export async function listReports(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && REPORT.test(e.name) && !e.name.startsWith('~$'))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The output name of each file: its name with `.json` for its extension, or with `.json` added after the extension
 * when two files differ only by extension (`报告.pdf` and `报告.docx` → `报告.pdf.json`, `报告.docx.json`).
 */
export function outputNames(files: readonly string[]): string[] {
  const stem = (f: string) => f.replace(/\.[^.]+$/, '');
  const count = new Map<string, number>();
  for (const f of files) count.set(stem(f).toLowerCase(), (count.get(stem(f).toLowerCase()) ?? 0) + 1);
  return files.map((f) => ((count.get(stem(f).toLowerCase()) ?? 0) > 1 ? `${f}.json` : `${stem(f)}.json`));
}

/** What the table says of a file whose reading Ctrl-C stopped, and of one it never started. */
const STOPPED = '已中断';
const NOT_READ = '未读取（已中断）';

/** The facts read, as the table shows them: `指标 21 · 管理 12 · 总分 94`. */
function factsOf(r: FolderRow): string {
  const total = r.total != null ? `总分 ${r.total}` : '无总分';
  return `指标 ${r.indicators ?? 0} · 管理 ${r.management ?? 0} · ${total}`;
}

/** The summary as text lines: a header, one row per file, the count. */
export function summaryLines(rows: readonly FolderRow[]): string[] {
  const table: string[][] = [['文件', '部门', '年度', '读出', '警告', '结果']];
  for (const r of rows) {
    table.push(
      r.error != null
        ? [r.file, '—', '—', '—', '—', r.error]
        : [
            r.file,
            r.department || '（未读出）',
            String(r.year ?? '—'),
            factsOf(r),
            String(r.warnings ?? 0),
            '已读取',
          ],
    );
  }
  const lines = formatTable(table);
  const rule = '─'.repeat(Math.min(120, Math.max(...lines.map(displayWidth))));
  const stopped = rows.filter((r) => r.error === STOPPED || r.error === NOT_READ).length;
  const failed = rows.filter((r) => r.error != null).length - stopped;
  const read = rows.length - failed - stopped;
  const tail =
    `共 ${rows.length} 个文件：已读取 ${read} 个${failed ? `，失败 ${failed} 个` : ''}` +
    (stopped ? `，因中断未读取 ${stopped} 个` : '');
  return [lines[0] ?? '', rule, ...lines.slice(1), rule, tail];
}

/** The Chinese reason of a failure; an unexpected exception is not shown to the user as is. */
function reasonOf(e: unknown, file: string): string {
  if (e instanceof Error && e.name === 'AppError') return e.message;
  return `文件 ${file} 无法读取：读取程序意外出错`;
}

/** Read every report of `dir` into `outDir`; the exit code is 1 when any file failed, 130 when interrupted. */
export async function extractFolder(opts: FolderOptions, io: CliIO): Promise<number> {
  const [{ ExtractPool, sniffUpload }, { ConfigError, loadConfig }] = await Promise.all([
    import('../../server/uploads'),
    import('../../config'),
  ]);
  // The same limits as the server's uploads (JIXIAO_EXTRACT_TIMEOUT_MS, …_SECONDS_PER_PAGE, JIXIAO_PDF_MAX_PAGES).
  let limits: ReturnType<typeof loadConfig>['upload'];
  try {
    limits = loadConfig().upload;
  } catch (e) {
    if (e instanceof ConfigError) throw new CliError(e.message, EXIT.usage);
    throw e;
  }
  const files = await listReports(opts.dir);
  if (files.length === 0) {
    io.err(`${opts.dir}：文件夹中没有可读取的报告（.txt、.docx、.xlsx、.pdf）`);
    return 1;
  }
  const outputs = outputNames(files);
  await mkdir(opts.outDir, { recursive: true });
  // One job per worker at a time: files are read from disk only when a worker is free for them.
  const pool = new ExtractPool({ workers: opts.workers, queue: 0, maxWaitMs: limits.timeoutMs });
  const progress = new FolderProgress(files.length, opts.progress);
  const rows: FolderRow[] = files.map((file) => ({ file }));
  let next = 0;
  const interrupted = () => opts.signal?.aborted === true;
  const onAbort = () => pool.close();
  opts.signal?.addEventListener('abort', onAbort);

  const readOne = async (i: number): Promise<void> => {
    const file = files[i] as string;
    const row = rows[i] as FolderRow;
    progress.start(i, file);
    try {
      const bytes = await io.readFile(join(opts.dir, file));
      const kind = sniffUpload(bytes, file, { decode: false });
      const body = await pool.extract(
        { kind, bytes, filename: file, maxPdfPages: limits.maxPdfPages },
        {
          timeoutMs: limits.timeoutMs,
          perPageMs: limits.perPageMs,
          onProgress: (done, total) => progress.page(i, done, total),
        },
      );
      const { preview, warnings } = JSON.parse(body) as { preview: Evaluation; warnings: unknown[] };
      const output = outputs[i] as string;
      await io.writeFile(join(opts.outDir, output), `${JSON.stringify(preview, null, 2)}\n`);
      Object.assign(row, {
        output,
        department: preview.department?.name ?? '',
        year: preview.year,
        indicators: preview.indicators?.length ?? 0,
        management: preview.management?.length ?? 0,
        total: preview.reported?.total ?? null,
        warnings: warnings.length,
      });
      progress.finish(i, true, `已读取，写出 ${output}`);
    } catch (e) {
      row.error = interrupted() ? STOPPED : reasonOf(e, file);
      progress.finish(i, false, row.error);
    }
  };
  const runner = async () => {
    while (!interrupted() && next < files.length) await readOne(next++);
  };
  try {
    await Promise.all(Array.from({ length: Math.min(opts.workers, files.length) }, runner));
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    pool.close();
    progress.end();
  }
  for (const r of rows) if (r.error == null && r.output == null) r.error = NOT_READ;
  if (opts.json) io.out(`${JSON.stringify({ files: rows }, null, 2)}\n`);
  else for (const l of summaryLines(rows)) io.out(l);
  if (interrupted()) return 130;
  return rows.some((r) => r.error != null) ? 1 : 0;
}
