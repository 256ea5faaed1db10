/** The report as format-neutral blocks: one outline, rendered to .docx, Markdown and HTML alike. */

export type Align = 'left' | 'center' | 'right';

export interface Column {
  header: string;
  /** Relative width; the renderers scale the widths to the page. */
  width: number;
  align?: Align;
}

/** A table cell; `rowSpan` merges it down over the cells of the rows below (those rows hold `null` there). */
export interface Cell {
  text: string;
  rowSpan?: number;
  align?: Align;
}

export interface Row {
  cells: Array<Cell | null>;
  /** A 合计 / 小计 row, set in bold. */
  total?: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** `表 2-1`; while the sections build the outline, a mark that `numberReport` replaces everywhere it is cited. */
  number: string;
  title: string;
  columns: Column[];
  rows: Row[];
  /** A line under the table, e.g. a 尾差 note. */
  note?: string;
}

/**
 * A section without data has no block at all: a heading whose section holds nothing is left out, and the headings
 * and tables are numbered once the outline is complete (`numberReport`), so the numbers stay consecutive.
 */
export type Block =
  | { kind: 'title'; text: string }
  /** Sections write the heading's words (`部门职能`); `numberReport` puts `一、` / `（一）` / `1.` before them. */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  /** A numbered list written out (`1．…`), as official documents number by hand. */
  | { kind: 'list'; items: string[] }
  | TableBlock;

export const h1 = (text: string): Block => ({ kind: 'heading', level: 1, text });
export const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
export const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });
export const p = (text: string): Block => ({ kind: 'paragraph', text });
/** Narrative as written, one paragraph per line. */
export const paras = (text: string): Block[] =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map(p);
export const list = (items: string[]): Block => ({ kind: 'list', items });

export const cell = (text: string, align?: Align): Cell => (align ? { text, align } : { text });

/** Chinese ordinals for headings: 一、二、… and （一）（二）…. */
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  if (n < 20) return `十${DIGITS[n - 10]}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${DIGITS[n % 10]}`;
  return String(n);
}

/**
 * Merge equal consecutive keys of one column down their rows: the first cell keeps `rowSpan`, the rest become `null`.
 * An empty key is never merged; give a composite key (一级 + 二级) to keep a merge inside its parent's.
 */
export function mergeDown(rows: Row[], col: number, keyOf: (rowIndex: number) => string): void {
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i < rows.length && keyOf(i) !== '' && keyOf(i) === keyOf(start)) continue;
    const first = rows[start]?.cells[col];
    if (i - start > 1 && first) {
      first.rowSpan = i - start;
      for (let k = start + 1; k < i; k++) (rows[k] as Row).cells[col] = null;
    }
    start = i;
  }
}
