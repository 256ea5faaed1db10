/** Rounding tolerances: how far a figure may sit from its recomputed value and still be a rounding difference. */
import { FEN_PER_WAN, fromFen, roundWan2, toFen } from '../money';

/** Decimals a number carries as stored (`21127.1` → 1, `7349` → 0), at most 6 (分 in 万元). */
export function decimalsOf(x: number): number {
  for (let d = 0; d < 6; d++) {
    const s = x * 10 ** d;
    if (Math.abs(s - Math.round(s)) < 1e-7 * Math.max(1, Math.abs(s))) return d;
  }
  return 6;
}

/**
 * Decimals a 万元 amount was printed with. Tables print 万元 with 2 decimals, so a stored 27.9 was "27.90"; a whole
 * number may be prose rounded to 万元 ("6624 万元"), so it keeps 0.
 */
export function amountDecimals(x: number): number {
  const d = decimalsOf(x);
  return d === 0 ? 0 : Math.max(d, 2);
}

/** Half the last printed unit of `d` decimals, in 万元 or in percentage points. */
export function halfUnit(d: number): number {
  return 0.5 * 10 ** -d;
}

/** Half-unit of a 万元 figure at `d` decimals, in integer 分. */
export function halfUnitFen(d: number): number {
  return Math.round((FEN_PER_WAN / 2) * 10 ** -d);
}

/** The precision a column is printed at: the most decimals among its non-zero figures (zeros are exact). */
export function columnDecimals(values: readonly number[]): number {
  let d = 0;
  for (const v of values) if (v !== 0) d = Math.max(d, amountDecimals(v));
  return d;
}

export type Agreement = 'equal' | 'rounding' | 'mismatch';

export interface SumCheck {
  agreement: Agreement;
  /** Σ parts − total, in 万元 (exact to 分). */
  gapFen: number;
  toleranceFen: number;
}

/**
 * A total against the sum of its rounded parts: each non-zero part may be off by half its printed unit, the total
 * by half of its own. `checkSum([22588.02, 21127.1], 43717.66).agreement` is 'mismatch' (2.54 万元).
 */
export function checkSum(parts: readonly number[], total: number): SumCheck {
  const d = columnDecimals(parts);
  const nonZero = parts.filter((p) => p !== 0).length;
  const toleranceFen = nonZero * halfUnitFen(d) + halfUnitFen(Math.max(d, amountDecimals(total)));
  let sum = 0;
  for (const p of parts) sum += toFen(p);
  const gapFen = sum - toFen(total);
  const agreement: Agreement =
    gapFen === 0 ? 'equal' : Math.abs(gapFen) <= toleranceFen ? 'rounding' : 'mismatch';
  return { agreement, gapFen, toleranceFen };
}

/**
 * Stated lines against their stated total, as the audit's rules and the editor both judge them: null when there is
 * nothing to judge (no total, no lines, or a line left blank), else `checkSum`.
 * @example checkLinesTotal([22588.02, 21127.1, null], 43717.66) // null
 */
export function checkLinesTotal(
  parts: readonly (number | null | undefined)[],
  total: number | null | undefined,
): SumCheck | null {
  if (total == null || parts.length === 0 || parts.some((p) => p == null)) return null;
  return checkSum(parts as number[], total);
}

/** The gap of a sum check in 万元 to 0.01, as findings report it: `Σ parts − total` (negative when the lines fall short). */
export function gapWan(c: SumCheck): number {
  return roundWan2(fromFen(c.gapFen));
}

/** One figure printed twice: equal, equal at the coarser precision, or different. */
export function checkSame(a: number, b: number): Agreement {
  const fa = toFen(a);
  const fb = toFen(b);
  if (fa === fb) return 'equal';
  const d = Math.min(amountDecimals(a), amountDecimals(b));
  return Math.abs(fa - fb) <= halfUnitFen(d) ? 'rounding' : 'mismatch';
}

/** Half-width, in percentage points, of a ratio `num ÷ den × 100` of 万元 amounts rounded to their printed units. */
export function ratioSlackPct(num: number, den: number): number {
  return ratioSlackFrom(num, den, halfUnit(amountDecimals(num)), halfUnit(amountDecimals(den)));
}

/** The same for indicator values: a whole number (`100%`, `95%以上`) is exact, a decimal one (`91.01%`) was rounded. */
export function valueSlackPct(num: number, den: number): number {
  const h = (x: number) => {
    const d = decimalsOf(x);
    return d === 0 ? 0 : halfUnit(d);
  };
  return ratioSlackFrom(num, den, h(num), h(den));
}

/** The same with the inputs' uncertainties given (in their own units), for inputs that are themselves sums. */
export function ratioSlackFrom(num: number, den: number, numHalf: number, denHalf: number): number {
  if (den === 0) return 0;
  const b = Math.abs(den);
  return 100 * (numHalf / b + (Math.abs(num) * denHalf) / (b * b));
}

/**
 * A stated percentage against the recomputed one. Equal when they agree at 2 decimals (plus `slack` from rounded
 * inputs); rounding when the statement is coarser (`96` for 95.74); otherwise a mismatch.
 */
export function checkRate(stated: number, computed: number, slack = 0): Agreement {
  const diff = Math.abs(stated - computed);
  if (diff <= 0.005 + slack + 1e-9) return 'equal';
  const d = decimalsOf(stated);
  if (d < 2 && diff <= halfUnit(d) + slack + 1e-9) return 'rounding';
  return 'mismatch';
}

/** Scores are printed to 2 decimals: a sum of `n` rounded scores may be off by n × 0.005, plus 0.005 on the total. */
export function scoreTolerance(n: number): number {
  return 0.005 * (n + 1) + 1e-9;
}
