/** Reads one sheet of a filled-in workbook, collecting every problem with its sheet, row and column. */
import type ExcelJS from 'exceljs';
import { isBlank, readNumber, readText } from './_cells';
import { type ColumnSpec, columnLetter } from './_layout';

export interface ImportError {
  /** Sheet name; null when the file itself cannot be read. */
  sheet: string | null;
  /** 1-based row; null when the problem concerns a whole sheet. */
  row: number | null;
  /** Column letter (`D`); null when the problem concerns a whole row or sheet. */
  column: string | null;
  message: string;
}

function split(addr: string): { row: number; column: string } {
  const m = /^([A-Z]+)(\d+)$/.exec(addr);
  return { column: m?.[1] ?? 'A', row: Number(m?.[2] ?? 1) };
}

export class SheetReader {
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly errors: ImportError[],
  ) {}

  get name(): string {
    return this.ws.name;
  }

  error(row: number | null, column: string | null, message: string): void {
    this.errors.push({ sheet: this.name, row, column, message });
  }

  errorAt(addr: string, message: string): void {
    const { row, column } = split(addr);
    this.error(row, column, message);
  }

  text(addr: string): string | null {
    const r = readText(this.ws.getCell(addr));
    if (r.ok) return r.value;
    this.errorAt(addr, r.message);
    return null;
  }

  number(addr: string, percent: 'points' | 'ratio' | 'none' = 'none'): number | null {
    const r = readNumber(this.ws.getCell(addr), percent);
    if (r.ok) return r.value;
    this.errorAt(addr, r.message);
    return null;
  }

  /** A fixed label of the template must read as written, or the sheet is not laid out as we expect. */
  label(addr: string, expected: string): void {
    const got = readText(this.ws.getCell(addr));
    const text = got.ok ? (got.value ?? '') : '';
    if (text.replace(/\s+/g, '') !== expected.replace(/\s+/g, '')) {
      this.errorAt(addr, `应为“${expected}”，实为“${text || '（空）'}”：表格结构与自评表模板不一致`);
    }
  }

  /** The header row: each column as the template has it, and nothing to the right of the last one. */
  header(row: number, columns: readonly ColumnSpec[]): void {
    columns.forEach((c, i) => {
      this.label(`${columnLetter(i + 1)}${row}`, c.header);
    });
  }

  /** Cells holding data to the right of the template's last column, in one row. */
  extraColumns(row: number, count: number, inHeader: boolean): void {
    this.ws.getRow(row).eachCell({ includeEmpty: false }, (cell, col) => {
      if (col <= count || isBlank(cell)) return;
      const text = readText(cell);
      const what = text.ok && text.value ? `“${text.value.slice(0, 20)}”` : '';
      const last = columnLetter(count);
      this.error(
        row,
        columnLetter(col),
        inHeader
          ? `多出一列${what}：${this.name}只有 A–${last} 共 ${count} 列`
          : `第 ${columnLetter(col)} 列超出表格范围（只有 A–${last} 列）${what}`,
      );
    });
  }
}
