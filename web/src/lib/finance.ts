/** Live figures of the finance tables: column sums through integer 分, rates, and stated totals checked as the audit does. */
import { checkLinesTotal, gapWan, type SumCheck } from '../../../src/core/audit/_tolerance';
import { formatPercent, formatWan, ratioWan, sumWan } from '../../../src/core/money';

type Amount = number | null | undefined;

/** Sum of a column; null when no line has a value. */
export function columnSum<T>(lines: readonly T[], pick: (line: T) => Amount): number | null {
  const vals = lines.map(pick).filter((v): v is number => typeof v === 'number');
  return vals.length ? sumWan(vals) : null;
}

/** `part ÷ whole` as '99.56%', or null when either is missing or the base is zero. */
export function rateText(part: Amount, whole: Amount): string | null {
  if (part == null || whole == null) return null;
  const r = ratioWan(part, whole);
  return r === null ? null : formatPercent(r);
}

/**
 * A stated total against a column of lines, judged by the audit's own rule (`checkLinesTotal`): null when there is
 * nothing to judge.
 * @example checkTotal([22588.02, 21127.1], (v) => v, 43717.66)?.agreement // 'mismatch'
 */
export function checkTotal<T>(
  lines: readonly T[],
  pick: (line: T) => Amount,
  stated: Amount,
): SumCheck | null {
  return checkLinesTotal(lines.map(pick), stated);
}

/** What the table says beside a stated total: the gap the audit reports, and whether the audit calls it 尾差. */
export function checkText(c: SumCheck | null): string | null {
  if (!c || c.agreement === 'equal') return null;
  const gap = `${formatWan(Math.abs(gapWan(c)))} 万元`;
  return c.agreement === 'rounding' ? `尾差 ${gap}` : `相差 ${gap}`;
}
