/**
 * `jixiao extract FILE [--json] [-o OUT]`: read a report (.txt, .docx, .pdf) back into an evaluation file;
 * `jixiao extract DIR -o OUTDIR [-j N]`: every report of a folder, in worker threads (`_extract-folder.ts`).
 */
import { stat } from 'node:fs/promises';
import type { Evaluation } from '../../core/model';
import { CliError, EXIT, nodeIO } from '../io';
import type { RegisterCommand } from '.';

/** A few lines saying what was read: who, which year, the stated score, how many indicators and projects. */
export function summarizeExtraction(e: Evaluation): string[] {
  const r = e.reported;
  const f = e.finance;
  const lines = [`${e.department.name} ${e.year} 年度（评分标准 ${e.rubric}）`];
  const score =
    r.total != null ? `自评得分 ${r.total} 分${r.grade ? `，等级“${r.grade}”` : ''}` : '未见自评总分';
  lines.push(score);
  const money: string[] = [];
  if (f.budget != null) money.push(`全年预算数 ${f.budget} 万元`);
  if (f.executed != null) money.push(`执行数 ${f.executed} 万元`);
  const rate = r.executionRate ?? f.executionRate;
  if (rate != null) money.push(`执行率 ${rate}%`);
  if (money.length) lines.push(money.join('，'));
  lines.push(
    `绩效指标 ${e.indicators.length} 项，管理效率 ${e.management.length} 项，重点项目 ${e.projects.length} 个，` +
      `问题 ${e.problems.length} 条，改进措施 ${e.improvements.length} 条`,
  );
  return lines;
}

/** Whether the path names a folder (a missing path or an in-memory file is not one). */
async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** `-j N` as a worker count, 1 to 16. */
function workerCount(value: string | undefined): number {
  if (value === undefined) return 2;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 16)
    throw new CliError(`-j 应为 1 至 16 之间的整数（收到“${value}”）`, EXIT.usage);
  return n;
}

/** On a terminal, the pages of a long reading (OCR of a scan) on one redrawn stderr line; elsewhere nothing. */
function pageProgress(io: Parameters<RegisterCommand>[1], name: string) {
  if (io !== nodeIO || !process.stderr.isTTY) return undefined;
  return (done: number, total: number) =>
    process.stderr.write(
      `\r\x1b[K正在读取 ${name} 第 ${done}/${total} 页${done === total ? '\r\x1b[K' : ''}`,
    );
}

type Options = { json?: boolean; output?: string; jobs?: string };

/** A folder: needs `-o OUTDIR`; the progress bar on stderr when it is a terminal; Ctrl-C stops cleanly. */
async function runFolder(dir: string, opts: Options, io: Parameters<RegisterCommand>[1]): Promise<number> {
  if (!opts.output) throw new CliError(`${dir} 是文件夹：请用 -o 指定写出评价文件的文件夹`, EXIT.usage);
  const workers = workerCount(opts.jobs);
  const real = io === nodeIO;
  const tty = real && process.stderr.isTTY === true;
  let stderrOpen = true;
  const onStderrError = () => {
    stderrOpen = false; // stderr closed (a pipe read no further): go on without progress
  };
  const stop = new AbortController();
  const onInterrupt = () => {
    io.err('\n已中断：正在停止读取……');
    stop.abort();
  };
  if (real) {
    process.stderr.on('error', onStderrError);
    // The first Ctrl-C stops the reading and prints what was read; a second one ends the process as usual.
    process.once('SIGINT', onInterrupt);
  }
  try {
    const { extractFolder } = await import('./_extract-folder');
    return await extractFolder(
      {
        dir,
        outDir: opts.output,
        workers,
        json: opts.json,
        signal: stop.signal,
        progress: {
          tty,
          columns: process.stderr.columns,
          write: (s) => {
            if (!stderrOpen) return;
            if (tty) process.stderr.write(s);
            else io.err(s.replace(/\n$/, ''));
          },
        },
      },
      io,
    );
  } finally {
    if (real) {
      process.off('SIGINT', onInterrupt);
      process.stderr.off('error', onStderrError);
    }
  }
}

export const registerExtract: RegisterCommand = (command, io, exit) => {
  command
    .argument('<file>', '报告文件（.txt、.docx 或 .pdf），或存放报告的文件夹（同时读取 .xlsx）')
    .option('--json', '把评价文件（JSON）输出到标准输出；读取文件夹时输出各文件的结果')
    .option('-o, --output <out>', '写出评价文件（JSON）；读取文件夹时为写出的文件夹')
    .option('-j, --jobs <n>', '读取文件夹时同时读取的文件数（默认 2）')
    .action(async (file: string, opts: Options) => {
      if (await isFolder(file)) {
        exit(await runFolder(file, opts, io));
        return;
      }
      let bytes: Uint8Array;
      try {
        bytes = await io.readFile(file);
      } catch (e) {
        throw new CliError(`${file}: 无法读取文件（${(e as NodeJS.ErrnoException).code ?? String(e)}）`);
      }
      const { extractDocument, ExtractError } = await import('../../documents/extract');
      const name = file.split(/[\\/]/).pop() ?? file;
      let result: Awaited<ReturnType<typeof extractDocument>>;
      try {
        result = await extractDocument({ bytes, filename: name, onProgress: pageProgress(io, name) });
      } catch (e) {
        if (e instanceof ExtractError) throw new CliError(e.message);
        throw e;
      }
      const { evaluation, warnings } = result;
      const json = `${JSON.stringify(evaluation, null, 2)}\n`;
      if (opts.output) await io.writeFile(opts.output, json);
      if (opts.json) io.out(json);
      const say = opts.json ? io.err : io.out;
      if (!opts.json) {
        for (const l of summarizeExtraction(evaluation)) say(l);
        if (opts.output) say(`已生成 ${opts.output}`);
      }
      if (warnings.length) {
        io.err(`${name}: ${warnings.length} 处未能确定，请核对：`);
        for (const w of warnings) io.err(`  ${w.message}`);
      }
    });
};
