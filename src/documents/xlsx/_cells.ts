/** Reading one cell of a filled-in workbook: text or number, whatever Excel stored, with a Chinese reason when it is wrong. */
import type ExcelJS from 'exceljs';
import { round2 } from '../../core/money';
import { stripThousands, toHalfWidth } from '../../core/text';

type Plain = string | number | boolean | Date | { error: string } | null;

/** The value under formulas, rich text and hyperlinks. */
export function plainValue(v: ExcelJS.CellValue | undefined): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return plainValue((v as { result?: ExcelJS.CellValue }).result);
  if ('error' in v) return { error: String(v.error) };
  if ('text' in v) return plainValue(v.text as ExcelJS.CellValue);
  return null;
}

export type Read<T> = { ok: true; value: T | null } | { ok: false; message: string };

function show(s: string): string {
  return s.length > 20 ? `${s.slice(0, 20)}…` : s;
}

/** Text of a cell; a number formatted as a percentage reads as Excel shows it (`100%`), not as 1. */
export function readText(cell: ExcelJS.Cell): Read<string> {
  const v = plainValue(cell.value);
  if (v === null) return { ok: true, value: null };
  if (typeof v === 'string') {
    const t = v.trim();
    return { ok: true, value: t === '' ? null : t };
  }
  if (typeof v === 'number') {
    const pct = typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
    return { ok: true, value: pct ? `${round2(v * 100)}%` : String(v) };
  }
  if (typeof v === 'boolean') return { ok: true, value: v ? '是' : '否' };
  if (v instanceof Date) return { ok: true, value: v.toISOString().slice(0, 10) };
  return { ok: false, message: `单元格为错误值 ${v.error}` };
}

const NUMERIC = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A number: stored as a number, or typed as digits (`23,135.18`, full-width digits); anything else is an error.
 * `percent` says what a trailing `%` means: `points` keeps 2.33% as 2.33, `ratio` reads it as 0.0233.
 */
export function readNumber(cell: ExcelJS.Cell, percent: 'points' | 'ratio' | 'none' = 'none'): Read<number> {
  const v = plainValue(cell.value);
  if (v === null) return { ok: true, value: null };
  if (typeof v === 'number')
    return Number.isFinite(v) ? { ok: true, value: v } : { ok: false, message: '数值无效' };
  if (typeof v === 'string') {
    let s = stripThousands(toHalfWidth(v)).replace(/\s+/g, '');
    if (s === '') return { ok: true, value: null };
    const isPct = percent !== 'none' && s.endsWith('%');
    if (isPct) s = s.slice(0, -1);
    if (NUMERIC.test(s)) {
      const n = Number(s);
      return { ok: true, value: isPct && percent === 'ratio' ? n / 100 : n };
    }
    return { ok: false, message: `应为数字，实为文字“${show(v.trim())}”` };
  }
  if (typeof v === 'boolean') return { ok: false, message: `应为数字，实为逻辑值 ${v ? 'TRUE' : 'FALSE'}` };
  if (v instanceof Date) return { ok: false, message: '应为数字，实为日期' };
  return { ok: false, message: `单元格为错误值 ${v.error}` };
}

/** True when a cell holds nothing a person typed. */
export function isBlank(cell: ExcelJS.Cell): boolean {
  const v = plainValue(cell.value);
  return v === null || (typeof v === 'string' && v.trim() === '');
}
