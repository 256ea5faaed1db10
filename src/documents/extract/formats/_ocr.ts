/**
 * Scanned PDFs (no text layer), read by OCR page by page: the page rendered to a grayscale bitmap (pdftoppm), its
 * ruling lines found in the bitmap, the rest read by Tesseract 5 (chi_sim, unsure figures again by eng) into positioned words, then laid out
 * like a text layer (`layoutPdfPage`, `joinAcrossPages`). Every figure read with low confidence is a warning.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtractError } from '../_errors';
import { makeWarning } from '../_warn';
import { layoutItems } from '../layout/_layout';
import type { ExtractWarning, LayoutDoc, SourceItem } from '../layout/_model';
import type { ReadOptions } from '.';
import { eraseRules, findRules, type GrayImage, parsePgm, toPgm } from './_ocr-bitmap';
import { findCells, type PixelBox } from './_ocr-cells';
import { rereadFigures } from './_ocr-reread';
import { ocrAvailable, runTool, scratchDir, type ToolEnv } from './_ocr-tools';
import { dropPageNumbers, FIGURE, normalizeDigits, parseTsv, wordsToItems } from './_ocr-words';
import { joinAcrossPages, layoutPdfPage } from './_pdf-geometry';

/** Figures read with a confidence below this (0–100) are named in a warning for the review to confirm. */
export const LOW_CONFIDENCE = 80;
/**
 * The models of the main reading: chi_sim alone (86% of the seed 004 facts, 1.9 s a page) reads Chinese better
 * than chi_sim+eng (85%, 2.8 s: eng takes short words such as 人工 for Latin); the digits it is unsure of are read
 * again by eng alone (`_ocr-reread.ts`).
 */
export const OCR_LANGUAGES = 'chi_sim';
/** Resolution pages are rendered at for the OCR. */
export const OCR_DPI = 300;
/**
 * Tesseract's page segmentation mode: 6, one uniform block (each cell and the page without its tables). On the
 * seed 004 scan, 6 read 85% of the facts, 4 69%, 3 63%.
 */
export const OCR_PSM = 6;

export interface ScanReadOptions extends ReadOptions {
  /** Where the OCR programs are looked for (a PATH); the process's PATH unless told. */
  tools?: ToolEnv;
  /** A page's figures under this confidence are warned about (`LOW_CONFIDENCE` unless told). */
  lowConfidence?: number;
  /** Tesseract's page segmentation mode (`OCR_PSM` unless told), for measuring others. */
  psm?: number;
}

const NO_OCR = '本机未安装文字识别（OCR）组件，无法识别扫描件';

/** Pixels a page bitmap may have: an A3 page at 300 dpi is 17.5 million; a huge page is rendered coarser. */
export const MAX_PAGE_PIXELS = 36_000_000;

async function pageCount(file: string, env: ToolEnv): Promise<number> {
  const { stdout } = await runTool('pdfinfo', [file], env, 30_000);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout.toString('utf8'))?.[1] ?? 0);
}

/** The resolution to render a page at: `OCR_DPI`, lower when the page is so large the bitmap would pass the limit. */
async function pageDpi(file: string, n: number, env: ToolEnv): Promise<number> {
  const { stdout } = await runTool('pdfinfo', ['-f', String(n), '-l', String(n), file], env, 30_000);
  const m = /size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout.toString('utf8'));
  const [w, h] = [Number(m?.[1] ?? 612) / 72, Number(m?.[2] ?? 792) / 72];
  return Math.max(1, Math.min(OCR_DPI, Math.floor(Math.sqrt(MAX_PAGE_PIXELS / Math.max(w * h, 1e-6)))));
}

interface PageRead {
  items: SourceItem[];
  warnings: ExtractWarning[];
  chars: number;
}

/** White margin around a cell image: Tesseract reads text touching the edge badly. */
const PAD = 12;

/** A part of the image, with a white margin, as a new image. */
function crop(img: GrayImage, box: PixelBox, inset: number): GrayImage | null {
  const [l, t] = [Math.max(0, Math.round(box.left) + inset), Math.max(0, Math.round(box.top) + inset)];
  const [r, b] = [
    Math.min(img.width, Math.round(box.right) - inset),
    Math.min(img.height, Math.round(box.bottom) - inset),
  ];
  if (r - l < 4 || b - t < 4) return null;
  const [w, h] = [r - l + 2 * PAD, b - t + 2 * PAD];
  const pixels = new Uint8Array(w * h).fill(255);
  let ink = 0;
  for (let y = t; y < b; y++) {
    const row = img.pixels.subarray(y * img.width + l, y * img.width + r);
    for (const v of row) if (v < 128) ink++;
    pixels.set(row, (y - t + PAD) * w + PAD);
  }
  return ink >= 12 ? { width: w, height: h, pixels } : null;
}

async function readPage(
  file: string,
  dir: string,
  n: number,
  env: ToolEnv,
  lowConfidence: number,
  psm: number,
): Promise<PageRead> {
  const base = join(dir, `p${n}`);
  const dpi = await pageDpi(file, n, env);
  await runTool(
    'pdftoppm',
    ['-r', String(dpi), '-gray', '-f', String(n), '-l', String(n), '-singlefile', file, base],
    env,
    60_000,
  );
  const img = parsePgm(new Uint8Array(await readFile(`${base}.pgm`)));
  await rm(`${base}.pgm`, { force: true });
  if (!img) throw new Error('pdftoppm wrote no PGM');
  const rules = findRules(img, { dpi: dpi });
  const clean = eraseRules(img, rules, dpi);
  const { tables, cells } = findCells(rules, img.width, img.height, dpi);
  // the page without its tables, then every non-empty cell: one Tesseract run reads them all
  const rest: GrayImage = { ...clean, pixels: new Uint8Array(clean.pixels) };
  for (const t of tables) {
    const [l, r] = [Math.max(0, Math.floor(t.left)), Math.min(rest.width, Math.ceil(t.right))];
    for (let y = Math.max(0, Math.floor(t.top)); y < Math.min(rest.height, Math.ceil(t.bottom)); y++)
      rest.pixels.fill(255, y * rest.width + l, y * rest.width + r);
  }
  const images: Array<{ box: PixelBox | null; img: GrayImage }> = [{ box: null, img: rest }];
  for (const c of cells) {
    const part = crop(clean, c, 2);
    if (part) images.push({ box: c, img: part });
  }
  const list: string[] = [];
  for (const [k, im] of images.entries()) {
    const path = `${base}-${k}.pgm`;
    await writeFile(path, toPgm(im.img));
    list.push(path);
  }
  await writeFile(`${base}.txt`, `${list.join('\n')}\n`);
  const { stdout } = await runTool(
    'tesseract',
    [`${base}.txt`, '-', '-l', OCR_LANGUAGES, '--psm', String(psm), '--dpi', String(dpi), 'tsv'],
    env,
    180_000,
  );
  for (const path of list) await rm(path, { force: true });
  const read = parseTsv(stdout.toString('utf8')).map((w) => {
    const box = images[w.image - 1]?.box;
    if (!box) return w;
    const [dx, dy] = [
      Math.max(0, Math.round(box.left) + 2) - PAD,
      Math.max(0, Math.round(box.top) + 2) - PAD,
    ];
    return { ...w, left: w.left + dx, top: w.top + dy };
  });
  const words = await rereadFigures(clean, read, lowConfidence, base, env, dpi);
  const warnings: ExtractWarning[] = [];
  for (const w of words) {
    if (w.confidence >= lowConfidence) continue;
    for (const figure of normalizeDigits(w.text).match(FIGURE) ?? []) {
      warnings.push(
        makeWarning(
          'extract_ocr_low_confidence',
          { text: figure, confidence: Math.floor(w.confidence) },
          { page: n },
        ),
      );
    }
  }
  if (!words.length) warnings.push(makeWarning('extract_ocr_page_blank', {}, { page: n }));
  const pt = 72 / dpi;
  const pageHeight = img.height * pt;
  const tableBoxes = tables.map((t) => ({
    left: t.left * pt,
    right: t.right * pt,
    top: pageHeight - t.top * pt,
    bottom: pageHeight - t.bottom * pt,
  }));
  const texts = dropPageNumbers(
    wordsToItems(words, { dpi, height: img.height, rules }),
    pageHeight,
    tableBoxes,
  );
  return {
    items: layoutPdfPage(texts, rules, n),
    warnings,
    chars: words.reduce((s, w) => s + w.text.length, 0),
  };
}

/**
 * Read a PDF without a text layer by OCR. Throws `pdf_no_text` (saying OCR is not installed) when the programs are
 * missing, or when no page yields any text; `pdf_too_many_pages` over `maxPages`.
 */
export async function readScannedPdf(
  bytes: Uint8Array,
  filename: string | undefined,
  options: ScanReadOptions = {},
): Promise<LayoutDoc> {
  const env = options.tools ?? {};
  if (!(await ocrAvailable(env))) throw new ExtractError('pdf_no_text', filename, NO_OCR);
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-ocr-'));
  scratchDir(dir, true);
  try {
    const file = join(dir, 'in.pdf');
    await writeFile(file, bytes);
    let total: number;
    try {
      total = await pageCount(file, env);
    } catch {
      throw new ExtractError('pdf_invalid', filename);
    }
    const { maxPages, onProgress } = options;
    if (maxPages !== undefined && total > maxPages)
      throw new ExtractError('pdf_too_many_pages', filename, undefined, { pages: total, maxPages });
    const pages: SourceItem[][] = [];
    const warnings: ExtractWarning[] = [];
    let chars = 0;
    // The page count first: the extraction's time limit grows with it from the start (server/uploads/run-extract).
    onProgress?.(0, total);
    for (let n = 1; n <= total; n++) {
      let page: PageRead;
      try {
        page = await readPage(
          file,
          dir,
          n,
          env,
          options.lowConfidence ?? LOW_CONFIDENCE,
          options.psm ?? OCR_PSM,
        );
      } catch {
        // a page the programs cannot render or read in time: said, and the other pages still read
        page = { items: [], warnings: [makeWarning('extract_ocr_page_failed', {}, { page: n })], chars: 0 };
      }
      pages.push(page.items);
      warnings.push(...page.warnings);
      chars += page.chars;
      onProgress?.(n, total);
    }
    if (chars === 0) throw new ExtractError('pdf_no_text', filename, '文字识别未能读出任何文字');
    warnings.unshift(makeWarning('extract_ocr_used', { pages: total }));
    return { format: 'pdf', blocks: layoutItems(joinAcrossPages(pages)), warnings };
  } finally {
    await rm(dir, { recursive: true, force: true });
    scratchDir(dir, false);
  }
}
