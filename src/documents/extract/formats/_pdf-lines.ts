/** Positioned PDF text (a text layer or OCR words) grouped into lines by baseline, and lines written as text. */
import { joinWrapped } from '../layout/_chars';
import type { PdfText } from './_pdf-geometry';

/** Items grouped into lines, top to bottom, each line left to right. */
export function groupLines(items: readonly PdfText[]): PdfText[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfText[][] = [];
  let cur: PdfText[] = [];
  let y = Number.NaN;
  for (const it of sorted) {
    if (cur.length && Math.abs(it.y - y) > Math.max(2, it.size * 0.5)) {
      lines.push(cur);
      cur = [];
    }
    if (!cur.length) y = it.y;
    cur.push(it);
  }
  if (cur.length) lines.push(cur);
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

/** One line of items as text; wide gaps become tabs when `tabs` is set (text laid out in columns). */
export function lineText(items: readonly PdfText[], tabs: boolean): string {
  let out = '';
  let end = Number.NaN;
  for (const it of items) {
    if (!it.str) continue;
    const gap = it.x - end;
    if (out && Number.isFinite(gap)) {
      if (tabs && gap > it.size * 1.2) out += '\t';
      else if (gap > it.size * 0.2 && !/\s$/.test(out) && !/^\s/.test(it.str)) out += ' ';
    }
    out += it.str;
    end = it.x + it.w;
  }
  return out;
}

/** Text of items, line by line (top to bottom), lines joined as wrapped text. */
export function textOf(items: readonly PdfText[]): string {
  return joinWrapped(groupLines(items).map((l) => lineText(l, false)));
}

export const median = (v: readonly number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
export const right = (it: PdfText) => it.x + it.w;

/** A gap this wide (in font sizes) may part two cells; narrower gaps are spaces inside a cell. */
const CELL_GAP = 0.8;

/** One line of positioned text with its extent. */
export interface Line {
  items: PdfText[];
  y: number;
  size: number;
  x0: number;
  x1: number;
  /** Runs of text separated by gaps wide enough to part two cells. */
  runs: number;
}

export function toLine(items: PdfText[]): Line {
  const size = median(items.map((i) => i.size)) || 10;
  let runs = 1;
  for (let k = 1; k < items.length; k++) {
    if (items[k]!.x - right(items[k - 1]!) > CELL_GAP * size) runs++;
  }
  return {
    items,
    // the widest run's baseline: digits in a Latin font may sit a little higher than the CJK text beside them
    y: items.reduce((a, b) => (b.w > a.w ? b : a)).y,
    size,
    x0: Math.min(...items.map((i) => i.x)),
    x1: Math.max(...items.map(right)),
    runs,
  };
}
