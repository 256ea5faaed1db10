/**
 * The PDF reader: text items with positions and the page's ruling lines from pdfjs-dist (legacy build, with the
 * CJK cMaps and standard fonts of the installed package), rebuilt into lines and tables page by page.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ExtractError } from '../_errors';
import { makeWarning } from '../_warn';
import { layoutItems } from '../layout/_layout';
import type { ExtractWarning, LayoutDoc, SourceItem } from '../layout/_model';
import { joinAcrossPages, layoutPdfPage, type PdfRule, type PdfText } from './_pdf-geometry';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

const PKG = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const asDir = (p: string) => `${p.replace(/\\/g, '/')}/`;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const mul = (m: Matrix, n: readonly number[]): Matrix => [
  m[0] * n[0]! + m[2] * n[1]!,
  m[1] * n[0]! + m[3] * n[1]!,
  m[0] * n[2]! + m[2] * n[3]!,
  m[1] * n[2]! + m[3] * n[3]!,
  m[0] * n[4]! + m[2] * n[5]! + m[4],
  m[1] * n[4]! + m[3] * n[5]! + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/** Axis-aligned rules drawn on a page: stroked lines and thin filled rectangles. */
function rulesOf(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: PdfJs['OPS']): PdfRule[] {
  const out: PdfRule[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  const add = (x1: number, y1: number, x2: number, y2: number) => {
    if (Math.abs(y1 - y2) < 1 && Math.abs(x1 - x2) >= 3)
      out.push({ x1: Math.min(x1, x2), y1, x2: Math.max(x1, x2), y2: y1 });
    else if (Math.abs(x1 - x2) < 1 && Math.abs(y1 - y2) >= 3)
      out.push({ x1, y1: Math.min(y1, y2), x2: x1, y2: Math.max(y1, y2) });
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform && args) ctm = mul(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0])) ctm = mul(ctm, args[0] as number[]);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.constructPath && args) {
      const op = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || op === OPS.endPath) continue;
      const stroke =
        op === OPS.stroke || op === OPS.closeStroke || op === OPS.fillStroke || op === OPS.closeFillStroke;
      const pts: Array<[number, number]> = [];
      const segs: Array<[number, number, number, number]> = [];
      let start: [number, number] | null = null;
      let last: [number, number] | null = null;
      for (let k = 0; k < data.length; ) {
        const code = data[k++];
        if (code === 0 || code === 1) {
          const p = apply(ctm, data[k++]!, data[k++]!);
          if (code === 1 && last) segs.push([last[0], last[1], p[0], p[1]]);
          if (code === 0) start = p;
          last = p;
          pts.push(p);
        } else if (code === 2) k += 6;
        else if (code === 3) k += 4;
        else if (code === 4) {
          if (last && start) segs.push([last[0], last[1], start[0], start[1]]);
          last = start;
        } else break;
      }
      if (stroke) for (const s of segs) add(...s);
      else if (pts.length >= 4) {
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
        if (y1 - y0 < 2.5 && x1 - x0 >= 3) add(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
        else if (x1 - x0 < 2.5 && y1 - y0 >= 3) add((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
      }
    }
  }
  return out;
}

export interface PdfOptions {
  /** Refuse a PDF of more pages (`pdf_too_many_pages`) before any page is read; no limit when absent. */
  maxPages?: number;
}

/** Read a PDF into laid-out blocks. Throws ExtractError for broken, encrypted, image-only or too long PDFs. */
export async function readPdf(
  bytes: Uint8Array,
  filename?: string,
  options: PdfOptions = {},
): Promise<LayoutDoc> {
  const lib = await loadPdfJs();
  const warnings: ExtractWarning[] = [];
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: asDir(join(PKG, 'cmaps')),
    cMapPacked: true,
    standardFontDataUrl: asDir(join(PKG, 'standard_fonts')),
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    const name = (e as { name?: string })?.name ?? '';
    throw new ExtractError(name === 'PasswordException' ? 'pdf_encrypted' : 'pdf_invalid', filename);
  }
  try {
    const { maxPages } = options;
    if (maxPages !== undefined && doc.numPages > maxPages)
      throw new ExtractError('pdf_too_many_pages', filename, undefined, { pages: doc.numPages, maxPages });
    const pages: SourceItem[][] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const texts: PdfText[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str) continue;
        const [a, b, c, d, e, f] = it.transform as number[];
        const size = Math.hypot(c!, d!) || Math.hypot(a!, b!) || 10;
        texts.push({ str: it.str, x: e!, y: f!, w: it.width, size });
        chars += it.str.trim().length;
      }
      if (texts.every((t) => !t.str.trim()))
        warnings.push(makeWarning('extract_pdf_page_no_text', {}, { page: n }));
      const rules = rulesOf(await page.getOperatorList(), lib.OPS);
      pages.push(layoutPdfPage(texts, rules, n));
      page.cleanup();
    }
    if (chars === 0) throw new ExtractError('pdf_no_text', filename);
    return {
      format: 'pdf',
      blocks: layoutItems(joinAcrossPages(pages)),
      warnings,
    };
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    // pdf.js words its errors in English for developers: the user is told the file is damaged, in Chinese.
    throw new ExtractError('pdf_invalid', filename);
  } finally {
    await doc.destroy().catch(() => {});
  }
}
