/** Benchmark: extraction speed for a text report (each seed), a Word report and a PDF report (南洲 2023). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Evaluation } from '../src/core/model';
import { extractDocument, extractText } from '../src/documents/extract';
import { renderReport } from '../src/documents/report/render';
import { convertCached, hasSoffice } from '../test/fixtures/extract/variants';

const SEEDS = resolve(process.env.JIXIAO_SEEDS ?? join(import.meta.dirname, '../../shared/seeds'));

/** Mean milliseconds per run (wall and CPU of this process) over about `ms`, after a warm-up. */
async function timeIt(
  run: () => unknown,
  ms = 1500,
  warm = 5,
): Promise<{ wall: number; cpu: number; runs: number }> {
  for (let i = 0; i < warm; i++) await run();
  let n = 0;
  const c0 = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < ms || n < 3) {
    await run();
    n++;
  }
  const wall = (performance.now() - start) / n;
  const c = process.cpuUsage(c0);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { wall: round(wall), cpu: round((c.user + c.system) / 1000 / n), runs: n };
}

export async function benchExtract(): Promise<Record<string, string | number>> {
  const out: Record<string, string | number> = {};
  const texts: Array<[string, string]> = existsSync(SEEDS)
    ? readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => [f.slice(0, 3), readFileSync(join(SEEDS, f), 'utf8')])
    : [];
  const nanzhou = Evaluation.parse(JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8')));
  if (texts.length === 0) texts.push(['南洲（Markdown）', await renderReport(nanzhou, 'md')]);
  let worst = 0;
  for (const [name, text] of texts) {
    const t = await timeIt(() => extractText(text, 'seed.txt'));
    worst = Math.max(worst, t.wall);
    out[`文本 ${name}（${(Buffer.byteLength(text) / 1024).toFixed(0)} KB），毫秒/份（CPU）`] =
      `${t.wall}（${t.cpu}）`;
  }
  out['最慢的文本报告是否在 20 毫秒内'] = worst < 20 ? '是' : `否（${worst} 毫秒）`;
  const docx = await renderReport(nanzhou, 'docx');
  const d = await timeIt(() => extractDocument({ bytes: docx, filename: 'nanzhou.docx' }));
  out[`Word 南洲 2023（${(docx.length / 1024).toFixed(0)} KB），毫秒/份（CPU）`] = `${d.wall}（${d.cpu}）`;
  if (hasSoffice()) {
    const pdf = (await convertCached([{ name: 'nanzhou.docx', bytes: docx }], 'pdf')).get('nanzhou.docx')!;
    const p = await timeIt(() => extractDocument({ bytes: pdf, filename: 'nanzhou.pdf' }), 3000, 1);
    out[`PDF 南洲 2023（${(pdf.length / 1024).toFixed(0)} KB），毫秒/份（CPU）`] = `${p.wall}（${p.cpu}）`;
  } else out.PDF = '未测（没有 LibreOffice，无法生成 PDF）';
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const [k, v] of Object.entries(await benchExtract())) console.log(`${k}: ${v}`);
}
