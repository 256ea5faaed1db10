/**
 * Statements of one figure at several places (`reported.statements`): their places in words (「正文第 37 行」,
 * 「表 2-1 合计」), their values with units, and which of them disagree.
 */

import type { Statement, StatementPlace } from '../../model/evaluation';
import { fieldAt, fieldLabel } from '../../model/fields';
import { formatWan } from '../../money';

/** A row whose label says what it is (合计, 总分) is named by it; another by its number. */
const ROW_WORD = /^(合计|总计|总分|总得分|小计|自评总分|得分合计)/;
/** A row label short enough to name the row (评价总得分, 履职效能), not a number or a sentence. */
const ROW_LABEL = /^[\u4e00-\u9fa5“”（）()]{2,12}$/;

/**
 * A place in words: a table by its caption (or its number in reading order) and row; text by line, page or paragraph.
 * @example describePlace({ table: 2, caption: '表 2-1', row: 12, text: '合计 | 100 | 94.72' }) // '表 2-1 合计'
 * @example describePlace({ line: 37, text: '…' }) // '正文第 37 行'
 */
export function describePlace(p: StatementPlace): string {
  if (p.table != null) {
    const page = p.page != null ? `第 ${p.page} 页` : '';
    const table = p.caption ?? `第 ${p.table} 个表格`;
    const first = (p.text ?? '').split(' | ')[0]!.replace(/\s+/g, '');
    const label = ROW_WORD.exec(first)?.[1] ?? (ROW_LABEL.test(first) ? first : null);
    const row = label ? ` ${label}` : p.row != null ? `第 ${p.row} 行` : '';
    const line = p.line != null && !page ? `第 ${p.line} 行` : '';
    return `${page}${line}${table}${row}`;
  }
  if (p.line != null) return `正文第 ${p.line} 行`;
  if (p.page != null) return `正文第 ${p.page} 页`;
  if (p.para != null) return `正文第 ${p.para} 段`;
  return '正文';
}

/** A stated value as the report would print it: 93.72 分, 1,234.50 万元, 96.5%, “优”. */
export function describeValue(field: string, value: Statement['value']): string {
  if (typeof value === 'string') return `“${value}”`;
  const kind = fieldAt(field)?.number;
  if (kind === 'points') return `${value} 分`;
  if (kind === 'amount') return `${formatWan(value)} 万元`;
  if (kind === 'percent' || kind === 'signedPercent') return `${value}%`;
  if (kind === 'count') return `${value} 个`;
  return String(value);
}

/** The field's name for a person: 自评总分, 全年预算数, 自评得分（产出指标）. */
export const statementLabel = (field: string): string => fieldLabel(field);

/** Two stated figures disagree beyond the last printed digit (2 decimals). */
export function differs(a: Statement['value'], b: Statement['value']): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) > 0.005 + 1e-9;
  return String(a) !== String(b);
}

/** Statements grouped by field, in the order they were read. */
export function byField(list: readonly Statement[]): Map<string, Statement[]> {
  const out = new Map<string, Statement[]>();
  for (const s of list) out.set(s.field, [...(out.get(s.field) ?? []), s]);
  return out;
}

/**
 * Each statement of a field that disagrees with `base`, once per distinct value.
 * @example conflictsWith(base, statements).map((s) => s.value) // [94.72]
 */
export function conflictsWith(base: Statement, list: readonly Statement[]): Statement[] {
  const out: Statement[] = [];
  for (const s of list) {
    if (s === base || !differs(s.value, base.value)) continue;
    if (out.some((o) => !differs(o.value, s.value))) continue;
    out.push(s);
  }
  return out;
}
