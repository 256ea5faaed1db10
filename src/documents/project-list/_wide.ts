/**
 * A two-row header with the funding sources as columns under each amount, as some budget systems print it:
 * 全年预算数 over 合计 | 财政拨款 | 其他资金. Each source column becomes a funding line; a 合计 column is checked.
 */
import { readAmount } from './_amount';
import { AMOUNT_KEYS, type AmountKey, type Column, type Header, parseHeader } from './_columns';
import type { Cell } from './_table';

export interface SourceColumn extends Column {
  key: AmountKey;
  /** The source the column holds; null for its 合计 column. */
  source: string | null;
}

const TOTAL = /^(合计|小计|总计)$/;
const textOf = (c: Cell | undefined) =>
  typeof c === 'string' ? c.trim() : typeof c === 'number' ? String(c) : '';

/**
 * The source columns when the row under the header names sources under the amount columns (and nothing under
 * 项目名称, and no figure); null for a one-row header or a list with a 资金来源 column.
 */
export function findSourceColumns(rows: readonly (readonly Cell[])[], header: Header): SourceColumn[] | null {
  const top = rows[header.row] ?? [];
  const sub = rows[header.row + 1];
  const name = header.columns.name;
  if (!sub || !name || header.columns.source) return null;
  // Under 项目名称: nothing, or its own label again (a cell merged down both header rows).
  const under = textOf(sub[name.index]);
  if (under && under !== textOf(top[name.index])) return null;
  const known = new Set(Object.values(header.columns).map((c) => c.index));
  const out: SourceColumn[] = [];
  for (const k of AMOUNT_KEYS) {
    const c = header.columns[k];
    if (!c) continue;
    const group = textOf(top[c.index]);
    // The group runs right over blank header cells (CSV) or cells repeating its label (a merged Excel cell).
    for (let j = c.index; j < Math.max(top.length, sub.length); j++) {
      if (j > c.index && (known.has(j) || (textOf(top[j]) && textOf(top[j]) !== group))) break;
      const label = textOf(sub[j]);
      if (!label) continue;
      const figure = readAmount(sub[j] ?? null, 'wan');
      if (figure.ok && figure.fen !== null) return null;
      const { base, unit } = parseHeader(label);
      out.push({
        key: k,
        index: j,
        label: `${c.label}/${label}`,
        unit: unit ?? c.unit,
        source: TOTAL.test(base) ? null : label,
      });
    }
  }
  return out.some((c) => c.source !== null) ? out : null;
}
