/** Cell styling shared by both sheets of the 自评表: fonts, borders, merges and the A4 print setup. */
import type ExcelJS from 'exceljs';
import type { ColumnSpec } from './_layout';

export const FONT = { name: '宋体', size: 11 };
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const LABEL_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } };
const WRAP = { wrapText: true, vertical: 'middle' as const };

export type Value = string | number | null | undefined;

export function put(
  ws: ExcelJS.Worksheet,
  addr: string,
  value: Value,
  opts: { label?: boolean; numFmt?: string; align?: 'left' | 'center' | 'right' } = {},
): void {
  const c = ws.getCell(addr);
  c.value = value ?? null;
  c.font = opts.label ? { ...FONT, bold: true } : FONT;
  const horizontal = opts.align ?? (opts.label ? 'center' : 'left');
  // an indent keeps a right-aligned figure off the text of the cell beside it
  c.alignment = { ...WRAP, horizontal, ...(horizontal === 'center' ? {} : { indent: 1 }) };
  if (opts.label) c.fill = LABEL_FILL;
  if (opts.numFmt) c.numFmt = opts.numFmt;
}

export function border(ws: ExcelJS.Worksheet, fromRow: number, toRow: number, cols: number): void {
  for (let r = fromRow; r <= toRow; r++) for (let c = 1; c <= cols; c++) ws.getCell(r, c).border = BORDER;
}

export function headerRow(ws: ExcelJS.Worksheet, row: number, columns: readonly ColumnSpec[]): void {
  columns.forEach((col, i) => {
    const c = ws.getCell(row, i + 1);
    c.value = col.header;
    c.font = { ...FONT, bold: true };
    c.alignment = { ...WRAP, horizontal: 'center' };
    c.fill = LABEL_FILL;
  });
}

/** Merge equal consecutive non-empty values of a column down their rows. */
export function mergeRuns(ws: ExcelJS.Worksheet, col: number, first: number, keys: string[]): void {
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && keys[i] && keys[i] === keys[start]) continue;
    if (i - start > 1) ws.mergeCells(first + start, col, first + i - 1, col);
    start = i;
  }
}

export function printSetup(ws: ExcelJS.Worksheet, titleRow: number, landscape: boolean): void {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${titleRow}:${titleRow}`,
  };
  ws.headerFooter = { oddFooter: '&C— &P —' };
}
