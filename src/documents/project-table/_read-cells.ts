/**
 * Reading the cells of one sheet of a 项目支出绩效自评表: text as stored, numbers stored or typed (through the core's
 * number-input rules), labels found wherever a hand-made table puts them; every problem a warning with its place.
 */
import type ExcelJS from 'exceljs';
import { Amount, Percent, Points } from '../../core/model';
import { type NumberKind, readNumber } from '../../core/number-input';
import { plainValue, readText } from '../xlsx/_cells';
import { columnLetter } from '../xlsx/_layout';

export interface TableWarning {
  /** 1-based place of the sheet in the workbook; null when the file itself cannot be read. */
  sheet: number | null;
  sheetName: string | null;
  row: number | null;
  /** Column letter (`E`). */
  column: string | null;
  /** The field as the table names it (全年预算数). */
  field: string | null;
  message: string;
  /** The whole sentence: 第 1 张表「长者长寿保健金项目」第 9 行 全年预算数：「abc」不是数字. */
  text: string;
}

/** Label text compared without spaces, with brackets and colons of either width. */
export function norm(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':');
}

const DASH = /^[—–\-－/／]+$/;
/** The longest typed text a draft keeps (`drafts` in the schema). */
const MAX_DRAFT = 1000;
const SCHEMA = { amount: Amount, percent: Percent, points: Points } as const;

export type ValueKind = 'amount' | 'percent' | 'points';

export class SheetCells {
  readonly warnings: TableWarning[] = [];
  /** Addresses of the master cells read (or known as labels): whatever else holds text is reported. */
  readonly used = new Set<string>();
  /** The last row holding a cell. */
  readonly rows: number;
  /** The rows holding a cell, in order: a stray cell far below costs nothing for the rows between. */
  readonly filled: number[] = [];
  private readonly rowMasters = new Map<number, Array<{ col: number; text: string }>>();

  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly index: number,
  ) {
    ws.eachRow({ includeEmpty: false }, (_, n) => {
      this.filled.push(n);
    });
    this.rows = this.filled.at(-1) ?? 0;
  }

  /** The rows holding a cell from `from` up to, not including, `to`. */
  rowsIn(from: number, to = Number.POSITIVE_INFINITY): number[] {
    return this.filled.filter((r) => r >= from && r < to);
  }

  warn(row: number | null, col: number | null, field: string | null, message: string): void {
    let where = `第 ${this.index} 张表「${this.ws.name}」`;
    if (row !== null) where += `第 ${row} 行`;
    if (field) where += ` ${field}`;
    else if (col !== null) where += ` 第 ${columnLetter(col)} 列`;
    this.warnings.push({
      sheet: this.index,
      sheetName: this.ws.name,
      row,
      column: col === null ? null : columnLetter(col),
      field,
      message,
      text: `${where}：${message}`,
    });
  }

  cell(r: number, c: number): ExcelJS.Cell {
    return this.ws.getCell(r, c);
  }

  /** Whether (r, c) is the top-left cell of its merge, or not merged. */
  isMaster(r: number, c: number): boolean {
    const x = this.cell(r, c);
    return !x.isMerged || x.master.address === x.address;
  }

  /** Text of a cell (a merged cell reads as its top-left one); an error value is reported. */
  text(r: number, c: number, field: string | null = null): string | null {
    const x = this.cell(r, c);
    this.used.add(x.isMerged ? x.master.address : x.address);
    const t = readText(x);
    if (t.ok) return t.value;
    this.warn(r, c, field, t.message);
    return null;
  }

  /** Text of a cell for finding labels, without marking it read. */
  peek(r: number, c: number): string {
    const t = readText(this.cell(r, c));
    return t.ok ? (t.value ?? '') : '';
  }

  /** The master cells of a row, left to right, with their text. */
  masters(r: number): Array<{ col: number; text: string }> {
    let out = this.rowMasters.get(r);
    if (out) return out;
    out = [];
    const last = this.ws.getRow(r).cellCount;
    for (let c = 1; c <= last; c++) if (this.isMaster(r, c)) out.push({ col: c, text: this.peek(r, c) });
    this.rowMasters.set(r, out);
    return out;
  }

  mark(r: number, c: number): void {
    const x = this.cell(r, c);
    this.used.add(x.isMerged ? x.master.address : x.address);
  }

  /**
   * A number of the field's kind: stored as a number, or typed (「1,287.98」, 「100%」, full-width digits); a dash or
   * blank is none. What cannot be read is reported and its text returned as `draft`, to be kept as typed.
   */
  number(r: number, c: number, kind: ValueKind, field: string): { value: number | null; draft?: string } {
    const x = this.cell(r, c);
    this.used.add(x.isMerged ? x.master.address : x.address);
    const v = plainValue(x.value);
    if (v === null) return { value: null };
    if (typeof v === 'number') {
      const pct = typeof x.numFmt === 'string' && x.numFmt.includes('%');
      if (pct && kind !== 'percent') {
        this.warn(
          r,
          c,
          field,
          `「${readText(x).ok ? (readText(x) as { value: string }).value : v}」是百分比，应为${kind === 'amount' ? '金额' : '分数'}`,
        );
        return { value: null, draft: String(v) };
      }
      // binary noise of a stored figure (809.2800000000001) goes; a percentage cell holds the ratio
      const n = Number((kind === 'percent' && pct ? v * 100 : v).toPrecision(15));
      const value = kind === 'amount' && Math.abs(Number(n.toFixed(6)) - n) < 1e-9 ? Number(n.toFixed(6)) : n;
      const ok = SCHEMA[kind].safeParse(value);
      if (ok.success) return { value };
      this.warn(r, c, field, `「${String(v)}」${ok.error.issues[0]?.message ?? '不是有效数字'}`);
      return { value: null, draft: String(v) };
    }
    const t = readText(x);
    if (!t.ok) {
      this.warn(r, c, field, t.message);
      return { value: null };
    }
    const s = t.value ?? '';
    if (s === '' || DASH.test(s.trim())) return { value: null };
    const got = readNumber(s, kind as NumberKind);
    if (got.ok) return { value: got.value };
    const why = got.problem === 'not_number' ? '不是数字' : got.message;
    this.warn(r, c, field, `「${s.length > 30 ? `${s.slice(0, 30)}…` : s}」${why}`);
    // a draft holds at most what the editor lets one type; longer text is only reported
    return { value: null, ...(s.length <= MAX_DRAFT ? { draft: s } : {}) };
  }

  /** Every cell holding text that nothing read: reported, so that nothing is dropped unseen. */
  reportUnread(from: number): void {
    for (const r of this.rowsIn(from))
      for (const { col, text } of this.masters(r)) {
        if (this.used.has(this.cell(r, col).address) || !text || DASH.test(text)) continue;
        this.warn(r, col, null, `未能识别「${text.length > 30 ? `${text.slice(0, 30)}…` : text}」，未读入`);
      }
  }
}
