/** Bytes → sheets of cells: an .xlsx workbook (every sheet) or delimited text; a file that is neither is refused. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { decodeText, type TextEncoding } from '../text-encoding';
import { plainValue } from '../xlsx/_cells';
import { parseCsv } from './_csv';

/** A cell as read: text, a number stored as a number, an Excel error value, or nothing. */
export type Cell = string | number | { error: string } | null;

export interface Sheet {
  /** The sheet's name; null for a CSV file. */
  name: string | null;
  rows: Cell[][];
}

export type RefusalCode =
  | 'project_list_empty'
  | 'project_list_binary'
  | 'project_list_docx'
  | 'project_list_xls'
  | 'project_list_pdf'
  | 'project_list_zip_invalid'
  | 'project_list_too_large';

export type TableRead =
  | { ok: true; kind: 'xlsx'; sheets: Sheet[] }
  | {
      ok: true;
      kind: 'csv';
      sheets: Sheet[];
      encoding: TextEncoding;
      delimiter: string;
      unclosedQuoteAt: number | null;
    }
  | { ok: false; code: RefusalCode; detail?: string };

/** Most rows and columns read from one sheet: a department's list has hundreds of rows and a dozen columns. */
export const MAX_ROWS = 50_000;
export const MAX_COLUMNS = 200;

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

function cellOf(v: ExcelJS.CellValue | undefined): Cell {
  const p = plainValue(v);
  if (p === null || typeof p === 'string' || typeof p === 'number') return p;
  if (typeof p === 'boolean') return p ? '是' : '否';
  if (p instanceof Date) return p.toISOString().slice(0, 10);
  return p;
}

/** Most a workbook may inflate to: a list of hundreds of projects is well under 1 MB; more is a zip bomb. */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** What the zip is, from its central directory alone (nothing inflated): a workbook, another zip, or too big. */
async function checkZip(bytes: Uint8Array): Promise<RefusalCode | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return 'project_list_zip_invalid';
  }
  if (!zip.file('xl/workbook.xml')) return 'project_list_docx';
  let total = 0;
  zip.forEach((_, f) => {
    // JSZip keeps the sizes of the central directory on an internal field.
    total += (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  return total > MAX_UNZIPPED_BYTES ? 'project_list_too_large' : null;
}

async function readWorkbook(bytes: Uint8Array): Promise<TableRead> {
  const refused = await checkZip(bytes);
  if (refused) return { ok: false, code: refused };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, code: 'project_list_zip_invalid' };
  }
  const sheets = wb.worksheets.map((ws): Sheet => {
    const rows: Cell[][] = [];
    const last = Math.min(ws.rowCount, MAX_ROWS + 1);
    for (let r = 1; r <= last; r++) {
      // Only the cells the file holds: a sheet styled out to column XFD costs nothing.
      const cells: Cell[] = [];
      ws.findRow(r)?.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c <= MAX_COLUMNS) cells[c - 1] = cellOf(cell.value);
      });
      rows.push(Array.from(cells, (c) => c ?? null));
    }
    return { name: ws.name, rows };
  });
  return { ok: true, kind: 'xlsx', sheets };
}

/**
 * Read a file's table(s) by what its bytes are, whatever its name says. Never throws.
 * @example await readTable(new TextEncoder().encode('项目名称,预算数\n保洁,1.00')) // { ok: true, kind: 'csv', … }
 */
export async function readTable(bytes: Uint8Array): Promise<TableRead> {
  if (bytes.length === 0) return { ok: false, code: 'project_list_empty' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { ok: false, code: 'project_list_pdf' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return { ok: false, code: 'project_list_xls' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return readWorkbook(bytes);
  const decoded = decodeText(bytes);
  if (!decoded) return { ok: false, code: 'project_list_binary' };
  if (!decoded.text.trim()) return { ok: false, code: 'project_list_empty' };
  const csv = parseCsv(decoded.text);
  return {
    ok: true,
    kind: 'csv',
    sheets: [{ name: null, rows: csv.rows.slice(0, MAX_ROWS + 1) }],
    encoding: decoded.encoding,
    delimiter: csv.delimiter,
    unclosedQuoteAt: csv.unclosedQuoteAt,
  };
}
