/** Live figures of the finance tables: column sums through integer 分, rates, and stated totals checked against them. */
import { formatPercent, formatWan, ratioWan, roundWan2, sumWan, toFen } from '../../../src/core/money';

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

export type TotalCheck =
  | { kind: 'none' }
  | { kind: 'ok' }
  /** Off by at most 0.01 万元: rounding of the lines (尾差). */
  | { kind: 'rounding'; diff: number }
  | { kind: 'mismatch'; diff: number };

/**
 * Compare a stated total with the sum of its lines.
 * @example checkTotal(43717.66, 43715.12) // { kind: 'mismatch', diff: 2.54 }
 */
export function checkTotal(stated: Amount, computed: number | null): TotalCheck {
  if (stated == null || computed === null) return { kind: 'none' };
  const diffFen = toFen(stated) - toFen(computed);
  if (diffFen === 0) return { kind: 'ok' };
  const diff = roundWan2(diffFen / 1_000_000);
  return Math.abs(diffFen) <= 10_000 ? { kind: 'rounding', diff } : { kind: 'mismatch', diff };
}

export function checkText(c: TotalCheck): string | null {
  if (c.kind === 'rounding') return `尾差 ${formatWan(c.diff)} 万元`;
  if (c.kind === 'mismatch') return `与明细合计相差 ${formatWan(c.diff)} 万元`;
  return null;
}
