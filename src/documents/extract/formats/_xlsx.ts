/**
 * The workbook reader for spreadsheets that are not jixiao's own 自评表 layout (the official 自评表 kept as an
 * .xlsx): every sheet becomes its sheet name and one table per run of non-empty rows, merged cells filled the way
 * the Word reader fills vMerge/gridSpan, each cell's text as the spreadsheet shows it.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ExtractError } from '../_errors';
import type { Block, LayoutDoc } from '../layout/_model';

/** True when the zip holds a workbook (xl/workbook.xml) rather than a Word document. */
export async function isWorkbook(bytes: Uint8Array): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    return zip.file('xl/workbook.xml') != null && zip.file('word/document.xml') == null;
  } catch {
    return false;
  }
}

/** Decimals a number format asks for: `0.00` → 2, `#,##0` → 0, `0.0%` → 1. */
function decimalsOf(fmt: string): number {
  const m = /\.(0+)/.exec(fmt.split(';')[0] ?? fmt);
  return m ? m[1]!.length : 0;
}

const withThousands = (s: string) => s.replace(/^(-?\d+)/, (d) => d.replace(/\B(?=(\d{3})+$)/g, ','));

/**
 * A number as the cell shows it: with its number format when it has one (`0.00`, `#,##0.00`, `0.00%`), else
 * without float noise and, when it has a fraction, at least two decimals (amounts are 万元 with 2 decimals).
 */
export function formatNumber(v: number, numFmt: string | undefined): string {
  const fmt = (numFmt ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (fmt && !/^general$/i.test(fmt) && /[0#]/.test(fmt)) {
    const pct = fmt.includes('%');
    const s = (pct ? v * 100 : v).toFixed(decimalsOf(fmt));
    return `${fmt.includes(',') ? withThousands(s) : s}${pct ? '%' : ''}`;
  }
  const clean = Number(v.toPrecision(12));
  if (Number.isInteger(clean)) return String(clean);
  const s = String(clean);
  return (s.split('.')[1]?.length ?? 0) < 2 ? clean.toFixed(2) : s;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The text a cell shows: rich text joined, a formula's result, a date as 年-月-日. */
export function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v == null) return '';
  if (typeof v === 'number') return formatNumber(v, cell.numFmt);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('result' in o || 'formula' in o || 'sharedFormula' in o) {
      const r = o.result;
      if (r == null || (typeof r === 'object' && 'error' in (r as object))) return '';
      if (typeof r === 'number') return formatNumber(r, cell.numFmt);
      if (r instanceof Date) return cellText({ value: r, numFmt: cell.numFmt } as ExcelJS.Cell);
      return String(r);
    }
    if (typeof o.text === 'string') return o.text;
    if ('error' in o) return '';
  }
  return String(v);
}

/** One sheet as its name and its tables (a run of empty rows ends a table); origin page = sheet, line = row. */
function readSheet(ws: ExcelJS.Worksheet, sheetNo: number): Block[] {
  const blocks: Block[] = [{ kind: 'para', text: ws.name, origin: { page: sheetNo } }];
  const width = Math.min(ws.columnCount, 256);
  let rows: string[][] = [];
  let first = 0;
  let merged = false;
  const flush = () => {
    if (rows.length)
      blocks.push({
        kind: 'table',
        rows,
        origin: { page: sheetNo, line: first },
        anchor: merged ? 'filled' : 'unknown',
        source: 'docx',
      });
    rows = [];
    merged = false;
  };
  const last = Math.min(ws.rowCount, 20_000);
  for (let r = 1; r <= last; r++) {
    const row: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      const master = cell.isMerged ? cell.master : cell;
      if (master !== cell) merged = true;
      // As the Word reader: a vertical merge repeats the text in its first column, a horizontal one leaves ''.
      const shown = master === cell || master.col === cell.col ? cellText(master) : '';
      row.push(shown.replace(/\r\n?/g, '\n').trim());
    }
    while (row.length && !row[row.length - 1]) row.pop();
    if (!row.length) {
      flush();
      continue;
    }
    if (!rows.length) first = r;
    rows.push(row);
  }
  flush();
  // Rows of one table share its width.
  for (const b of blocks)
    if (b.kind === 'table') {
      const w = Math.max(...b.rows.map((x) => x.length));
      for (const x of b.rows) while (x.length < w) x.push('');
    }
  return blocks;
}

/** Read a workbook into laid-out blocks (hidden sheets left out). Throws ExtractError when it cannot be read. */
export async function readXlsx(bytes: Uint8Array, filename: string | undefined): Promise<LayoutDoc> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    // ExcelJS words its errors in English. Of the messages there are, "no word/document.xml, not a Word file" is
    // the true one for a workbook that cannot be read (the Word message for a damaged file would name Word).
    throw new ExtractError('not_docx', filename, '工作簿（.xlsx）无法读取');
  }
  // A workbook without a sheet is a damaged one that ExcelJS let through.
  if (wb.worksheets.length === 0) throw new ExtractError('not_docx', filename, '工作簿（.xlsx）中没有工作表');
  const blocks: Block[] = [];
  let n = 0;
  wb.eachSheet((ws) => {
    n++;
    if (ws.state !== 'visible') return;
    blocks.push(...readSheet(ws, n));
  });
  if (!blocks.some((b) => b.kind === 'table')) throw new ExtractError('not_a_report', filename);
  return { format: 'docx', blocks, warnings: [] };
}
