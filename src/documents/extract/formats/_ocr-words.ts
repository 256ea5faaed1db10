/**
 * Tesseract's TSV output to positioned text: words with their boxes and confidence, digit look-alikes set right
 * inside tokens that are otherwise numeric, the words of one line joined into runs (CJK without the spaces
 * Tesseract puts between characters, never across a table's vertical rule), in PDF points growing upwards.
 */
import { isWide } from '../layout/_chars';
import type { PdfRule, PdfText } from './_pdf-geometry';

export interface OcrWord {
  text: string;
  /** Box in pixels, top-left origin. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** 0 to 100. */
  confidence: number;
  /** Page, block, paragraph and line numbers joined: words of one line share it. */
  line: string;
  /** Which image of the input list (1 for the first). */
  image: number;
  /** Height of the word's whole line in pixels (CJK glyph boxes are often smaller than the type). */
  lineHeight: number;
}

/** The words of a `tesseract … tsv` output (level 5 rows with text). */
export function parseTsv(tsv: string): OcrWord[] {
  const out: OcrWord[] = [];
  const lineHeights = new Map<string, number>();
  for (const row of tsv.split(/\r?\n/).slice(1)) {
    const f = row.split('\t');
    if (f[0] === '4') lineHeights.set(`${f[1]}.${f[2]}.${f[3]}.${f[4]}`, Number(f[9]));
    if (f.length < 12 || f[0] !== '5') continue;
    const text = f.slice(11).join('\t').trim();
    const confidence = Number(f[10]);
    if (!text || !(confidence >= 0)) continue;
    out.push({
      text,
      left: Number(f[6]),
      top: Number(f[7]),
      width: Number(f[8]),
      height: Number(f[9]),
      confidence,
      line: `${f[1]}.${f[2]}.${f[3]}.${f[4]}`,
      image: Number(f[1]),
      lineHeight: lineHeights.get(`${f[1]}.${f[2]}.${f[3]}.${f[4]}`) ?? Number(f[9]),
    });
  }
  return out;
}

const FULL_DIGIT = /[０-９]/g;
const LOOKALIKE: Record<string, string> = { O: '0', o: '0', l: '1', I: '1', '|': '1' };
/** A run of digits, digit look-alikes and the marks numbers carry (separators, decimal point, percent). */
const NUMERIC_RUN = /[0-9OolI|,，.．%％]+/g;

/**
 * Set digit look-alikes right inside a token that is otherwise numeric: full-width digits, O/o read for 0, l/I/|
 * for 1, a full-width comma or point between digits (a comma before exactly three digits, else a decimal point),
 * ％. A run touching a Latin letter, or without a real digit, is left as read.
 * @example normalizeDigits('2O23年') === '2023年'; normalizeDigits('23，135．18') === '23,135.18'
 */
export function normalizeDigits(text: string): string {
  const s = text.replace(FULL_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return s.replace(NUMERIC_RUN, (run, at: number) => {
    const before = s[at - 1] ?? '';
    const after = s[at + run.length] ?? '';
    if (/[A-Za-z]/.test(before) || /[A-Za-z]/.test(after)) return run;
    const core = run.replace(/^[,，.．]+|[,，.．]+$/g, '');
    const lead = run.slice(0, run.indexOf(core));
    const tail = run.slice(lead.length + core.length);
    if (!/\d/.test(core) || !/^[0-9OolI|]/.test(core)) return run;
    // only letters standing among digits become digits: "l0" yes, a lone "I" beside a figure no
    const digits = core.replace(/[OolI|]/g, (c, k: number) =>
      /[0-9OolI|]/.test(core[k - 1] ?? '') || /[0-9OolI|]/.test(core[k + 1] ?? '') ? LOOKALIKE[c]! : c,
    );
    if (/[A-Za-z|]/.test(digits)) return run;
    const marks = digits
      .replace(/(\d)[，,](?=\d{3}(?!\d))/g, '$1,')
      .replace(/(\d)[，．](?=\d)/g, '$1.')
      .replace(/％/g, '%');
    return lead + marks + tail;
  });
}

/** A figure as the review names it: a number, percentage or score inside the text. */
export const FIGURE = /\d[\d,.]*%?/g;

export interface LayoutOptions {
  dpi: number;
  /** Page height in pixels. */
  height: number;
  /** Vertical rules of the page (points): words on both sides of one are never joined. */
  rules: readonly PdfRule[];
}

const needsSpace = (left: string, right: string) =>
  !isWide(left.slice(-1)) && !isWide(right.slice(0, 1)) && !/\s$/.test(left);

/** Words of a page as PDF text items: each line's words joined into runs, one item per run. */
export function wordsToItems(words: readonly OcrWord[], options: LayoutOptions): PdfText[] {
  const pt = 72 / options.dpi;
  const verticals = options.rules.filter((r) => r.x1 === r.x2);
  const lines = new Map<string, OcrWord[]>();
  for (const w of words) {
    const l = lines.get(w.line) ?? [];
    l.push({ ...w, text: normalizeDigits(w.text) });
    lines.set(w.line, l);
  }
  const out: PdfText[] = [];
  for (const line of lines.values()) {
    line.sort((a, b) => a.left - b.left);
    const size = Math.max(...line.map((w) => Math.max(w.height, w.lineHeight)));
    const bottom = Math.max(...line.map((w) => w.top + w.height));
    const y = options.height * pt - bottom * pt;
    const crossesRule = (x0: number, x1: number, top: number, bot: number) =>
      verticals.some((r) => {
        const x = r.x1 / pt;
        const [rt, rb] = [options.height - r.y2 / pt, options.height - r.y1 / pt];
        return x > x0 && x < x1 && rt < bot && rb > top;
      });
    let run: { str: string; x0: number; x1: number; conf: number; top: number; bot: number } | null = null;
    const flush = () => {
      if (!run) return;
      out.push({
        str: run.str,
        x: run.x0 * pt,
        y,
        w: (run.x1 - run.x0) * pt,
        size: size * pt,
        confidence: run.conf,
      });
    };
    for (const w of line) {
      const [x0, x1] = [w.left, w.left + w.width];
      if (run && x0 - run.x1 < size && !crossesRule(run.x1, x0, w.top, w.top + w.height)) {
        run.str += (needsSpace(run.str, w.text) ? ' ' : '') + w.text;
        run.x1 = Math.max(run.x1, x1);
        run.conf = Math.min(run.conf, w.confidence);
      } else {
        flush();
        run = { str: w.text, x0, x1, conf: w.confidence, top: w.top, bot: w.top + w.height };
      }
    }
    flush();
  }
  return out;
}

/** A page number as printed in a margin: 6, — 6 —, -6-, 第 6 页, 第 6 页 共 15 页 (a dash often read as 一 or _). */
const PAGE_NUMBER =
  /^[\s—–\-_~一·.]*(第\s*)?\d{1,4}(\s*页)?(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?[\s—–\-_~一·.]*$/;

/** A box in PDF points, y growing upwards. */
export interface PointBox {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/**
 * Items of a page without its page number: a line in the top or bottom tenth of the page, outside every table,
 * that holds nothing but a page number (a text layer leaves it out of the running text; a scan cannot tell it
 * apart otherwise).
 */
export function dropPageNumbers(
  items: readonly PdfText[],
  pageHeight: number,
  tables: readonly PointBox[] = [],
): PdfText[] {
  const inTable = (t: PdfText) =>
    tables.some(
      (b) => t.x + t.w / 2 >= b.left && t.x + t.w / 2 <= b.right && t.y >= b.bottom && t.y <= b.top,
    );
  const margin = (t: PdfText) => (t.y < pageHeight * 0.1 || t.y + t.size > pageHeight * 0.9) && !inTable(t);
  const rows = new Map<number, PdfText[]>();
  for (const t of items.filter(margin)) {
    const key = Math.round(t.y / Math.max(t.size, 1));
    rows.set(key, [...(rows.get(key) ?? []), t]);
  }
  const drop = new Set<PdfText>();
  for (const row of rows.values()) {
    const text = row
      .sort((a, b) => a.x - b.x)
      .map((t) => t.str)
      .join(' ');
    if (PAGE_NUMBER.test(text) && /\d/.test(text)) for (const t of row) drop.add(t);
  }
  return items.filter((t) => !drop.has(t));
}
