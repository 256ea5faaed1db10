/**
 * Row heights that fit wrapped text. Excel and Calc keep a row at its stored height, and ExcelJS does not measure
 * text, so each row's height is estimated from its cells: text width (a Chinese character is about two digits wide)
 * over the cell's width (merged columns summed), times the line height of the font.
 */
import type ExcelJS from 'exceljs';

/** Column width units (the width of a digit) a character takes at 11 pt: full-width about 2.1, others about 1.1. */
const WIDE_UNITS = 2.1;
const NARROW_UNITS = 1.1;
/** Units of a column lost to the cell's side padding, and to each level of indent. */
const PADDING_UNITS = 0.7;
const INDENT_UNITS = 1.3;
/** Points per line as a multiple of the font size (CJK fonts run about 1.45 em), and the cell's top and bottom padding. */
const LINE_EM = 1.45;
const PADDING_PT = 4;
const DEFAULT_COLUMN_WIDTH = 9;
const DEFAULT_FONT_SIZE = 11;

/** Full-width characters: CJK ideographs and punctuation, full-width forms, and the symbols Chinese fonts set wide. */
function isWide(code: number): boolean {
  return code >= 0x2000;
}

/** Width of a line in column units at 11 pt. */
export function textUnits(line: string): number {
  let units = 0;
  for (const ch of line) units += isWide(ch.codePointAt(0) ?? 0) ? WIDE_UNITS : NARROW_UNITS;
  return units;
}

/**
 * Lines a text needs in a cell `width` units wide at `size` pt, indented `indent` levels; each paragraph starts a line.
 * @example wrappedLines('年度整体绩效目标', 10) // 2
 */
export function wrappedLines(text: string, width: number, size = DEFAULT_FONT_SIZE, indent = 0): number {
  const avail = Math.max(1, width - PADDING_UNITS - indent * INDENT_UNITS);
  const scale = size / DEFAULT_FONT_SIZE;
  return text
    .split(/\r?\n/)
    .reduce((n, line) => n + Math.max(1, Math.ceil((textUnits(line) * scale) / avail)), 0);
}

/** Points a cell of `lines` lines at `size` pt needs. */
export function heightFor(lines: number, size = DEFAULT_FONT_SIZE): number {
  return Math.round((lines * size * LINE_EM + PADDING_PT) * 4) / 4;
}

/** The text a cell shows, roughly: numbers and dates take one short line. */
function shownText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return '0';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return '0';
}

/** How far a merged range reaches from its master cell, right and down. */
function spanOf(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell, lastRow: number, lastCol: number) {
  const same = (r: number, c: number) => {
    const x = ws.getCell(r, c);
    return x.isMerged && x.master.address === cell.address;
  };
  const row = Number(cell.row);
  const col = Number(cell.col);
  let cols = 1;
  while (cell.isMerged && col + cols <= lastCol && same(row, col + cols)) cols++;
  let rows = 1;
  while (cell.isMerged && row + rows <= lastRow && same(row + rows, col)) rows++;
  return { rows, cols };
}

/**
 * Set the height of rows `from`–`to` so every cell's text fits: per row the tallest of its cells, a cell merged
 * across columns as wide as those columns, a cell merged down its rows spread over them. A height set before
 * (a title row) is kept when it is larger.
 */
export function fitRowHeights(ws: ExcelJS.Worksheet, from: number, to: number, cols: number): void {
  const need = new Map<number, number>();
  const tall: Array<{ row: number; rows: number; height: number }> = [];
  for (let r = from; r <= to; r++) {
    need.set(r, heightFor(1));
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      if (cell.isMerged && cell.master.address !== cell.address) continue;
      const text = shownText(cell);
      if (!text) continue;
      const span = spanOf(ws, cell, to, cols);
      let width = 0;
      for (let k = 0; k < span.cols; k++) width += ws.getColumn(c + k).width ?? DEFAULT_COLUMN_WIDTH;
      const size = cell.font?.size ?? DEFAULT_FONT_SIZE;
      const height = heightFor(wrappedLines(text, width, size, cell.alignment?.indent ?? 0), size);
      if (span.rows > 1) tall.push({ row: r, rows: span.rows, height });
      else need.set(r, Math.max(need.get(r) ?? 0, height));
    }
  }
  for (const t of tall) {
    let sum = 0;
    for (let k = 0; k < t.rows; k++) sum += need.get(t.row + k) ?? 0;
    const extra = (t.height - sum) / t.rows;
    if (extra > 0) for (let k = 0; k < t.rows; k++) need.set(t.row + k, (need.get(t.row + k) ?? 0) + extra);
  }
  for (const [r, h] of need) {
    const row = ws.getRow(r);
    row.height = Math.max(row.height ?? 0, Math.ceil(h * 4) / 4);
  }
}
