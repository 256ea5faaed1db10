/** Benchmark: 南洲 2023 reports per second as .docx and .xlsx, and the time pandoc takes to turn the same report (md) into .docx. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Evaluation } from '../src/core/model';
import { renderReport } from '../src/documents/report/render';

/** Reports per second over about `ms` milliseconds, after a warm-up. */
async function perSecond(
  run: () => Promise<unknown>,
  ms = 2000,
): Promise<{ perSecond: number; meanMs: number }> {
  for (let i = 0; i < 5; i++) await run();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    await run();
    n++;
  }
  const elapsed = performance.now() - start;
  return {
    perSecond: Math.round((n / elapsed) * 1000 * 10) / 10,
    meanMs: Math.round((elapsed / n) * 100) / 100,
  };
}

/** Median wall time of `pandoc in.md -o out.docx` over a few runs; null when pandoc is not on PATH. */
function pandocMs(md: string, runs = 5): number | null {
  if (spawnSync('sh', ['-c', 'command -v pandoc']).status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
  try {
    const input = join(dir, 'report.md');
    writeFileSync(input, md);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const r = spawnSync('pandoc', [input, '-f', 'markdown', '-o', join(dir, 'report.docx')]);
      if (r.status !== 0) return null;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return Math.round((times[Math.floor(times.length / 2)] as number) * 10) / 10;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchReport(): Promise<Record<string, string | number>> {
  const url = new URL('../examples/nanzhou-2023.json', import.meta.url);
  const e = Evaluation.parse(JSON.parse(readFileSync(url, 'utf8')));
  const docx = await perSecond(() => renderReport(e, 'docx'));
  const xlsx = await perSecond(() => renderReport(e, 'xlsx'));
  const out: Record<string, string | number> = {
    '南洲 .docx 份/秒': docx.perSecond,
    '南洲 .docx 每份毫秒': docx.meanMs,
    '南洲 .xlsx 份/秒': xlsx.perSecond,
    '南洲 .xlsx 每份毫秒': xlsx.meanMs,
  };
  const pandoc = pandocMs(await renderReport(e, 'md'));
  if (pandoc === null) out['pandoc md→docx'] = '未安装 pandoc，跳过';
  else {
    out['pandoc md→docx 每份毫秒（中位数，含进程启动）'] = pandoc;
    out['pandoc 耗时 ÷ jixiao .docx 耗时'] = Math.round((pandoc / docx.meanMs) * 10) / 10;
  }
  return out;
}
