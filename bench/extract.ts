/**
 * Benchmark: extraction speed for a text report (each seed), a Word report and a PDF report (南洲 2023); then per
 * page for text-layer PDFs (every seed and corpus report printed by LibreOffice; aim ≤ 15 ms/page) and for OCR of
 * a 300 dpi grayscale scan (aim ≤ 3 s/page), and a bulk read of 100 documents (.txt, .docx and .pdf of the seeds
 * and corpus, repeated) through `extractDocument`, each figure with its ratio to the aim.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Evaluation } from '../src/core/model';
import { ExtractError, extractDocument, extractText } from '../src/documents/extract';
import { renderReport } from '../src/documents/report/render';
import { type Kind, type KindFile, loadDocs, makeKind, missingTools } from '../test/fixtures/extract/kinds';
import { hasProgram } from '../test/fixtures/extract/shapes';
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
  Object.assign(out, await benchKinds());
  return out;
}

/** Pages of a PDF: its page objects. */
const pagesOf = (pdf: Uint8Array) =>
  Buffer.from(pdf)
    .toString('latin1')
    .match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
const ratio = (x: number, aim: number) => `${(x / aim).toFixed(2)} 倍于目标`;

/** The documents of a kind, or the reason they cannot be made here. */
async function kindFiles(kind: Kind, docs = loadDocs()): Promise<Map<string, KindFile> | string> {
  const missing = missingTools(kind);
  if (missing.length) return `未测（未安装 ${missing.join('、')}）`;
  return makeKind(kind, docs);
}

async function benchKinds(): Promise<Record<string, string | number>> {
  const out: Record<string, string | number> = {};
  const docs = loadDocs();
  const pdfs = await kindFiles('pdf-ruled', docs);
  if (typeof pdfs === 'string') out['文字层 PDF，毫秒/页'] = pdfs;
  else {
    const files = [...pdfs.values()];
    const pages = files.reduce((s, f) => s + pagesOf(f.bytes), 0);
    const t = await timeIt(
      async () => {
        for (const f of files) await extractDocument(f);
      },
      3000,
      1,
    );
    const perPage = Math.round((t.wall / pages) * 100) / 100;
    out[`文字层 PDF（${files.length} 份共 ${pages} 页），毫秒/页（CPU）`] =
      `${perPage}（${Math.round((t.cpu / pages) * 100) / 100}）`;
    out['文字层 PDF 与目标 15 毫秒/页之比'] = ratio(perPage, 15);
  }
  if (!hasProgram('tesseract')) out['扫描件 OCR，秒/页'] = '未安装 Tesseract';
  else {
    // the smallest report, so the figure comes in minutes, not tens of minutes
    const small = [...docs].sort((a, b) => a.text.length - b.text.length).slice(0, 1);
    const scans = await kindFiles('scan', small);
    if (typeof scans === 'string') out['扫描件 OCR，秒/页'] = scans;
    else {
      const f = [...scans.values()][0]!;
      const pages = pagesOf(f.bytes);
      const start = performance.now();
      try {
        await extractDocument(f);
        const perPage = Math.round(((performance.now() - start) / 1000 / pages) * 100) / 100;
        out[`扫描件 OCR（${small[0]!.id}，${pages} 页，300 dpi 灰度），秒/页`] = perPage;
        out['扫描件 OCR 与目标 3 秒/页之比'] = ratio(perPage, 3);
      } catch (e) {
        if (!(e instanceof ExtractError)) throw e;
        out['扫描件 OCR，秒/页'] = `未测（${e.message}）`;
      }
    }
  }
  const bulk: KindFile[] = [];
  const sets = await Promise.all((['txt', 'docx-lo', 'pdf-ruled'] as const).map((k) => kindFiles(k, docs)));
  const pool = sets.flatMap((s) => (typeof s === 'string' ? [] : [...s.values()]));
  for (let i = 0; pool.length && bulk.length < 100; i++) bulk.push(pool[i % pool.length]!);
  if (bulk.length) {
    const c0 = process.cpuUsage();
    const start = performance.now();
    let failed = 0;
    for (const f of bulk) await extractDocument(f).catch(() => failed++);
    const wall = (performance.now() - start) / 1000;
    const used = process.cpuUsage(c0);
    const cpu = (used.user + used.system) / 1e6;
    out[`批量读取 ${bulk.length} 份（.txt、.docx、.pdf 轮换），秒（CPU）`] =
      `${wall.toFixed(2)}（${cpu.toFixed(2)}），每份 ${((1000 * wall) / bulk.length).toFixed(1)} 毫秒，失败 ${failed} 份`;
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const [k, v] of Object.entries(await benchExtract())) console.log(`${k}: ${v}`);
}
