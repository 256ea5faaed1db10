/** Money in 万元 held as integer 分 (1 万元 = 1,000,000 分), so sums never drift; rounded once, at the edge. */

export const FEN_PER_WAN = 1_000_000;

/** Largest amount jixiao accepts on one line: 1 亿万元 (a trillion yuan) is already absurd for one department. */
export const MAX_WAN = 100_000_000;

/** 万元 → integer 分. `toFen(23135.18) === 23_135_180_000` */
export function toFen(wan: number): number {
  return Math.round(wan * FEN_PER_WAN);
}

/** integer 分 → 万元 as a number (exact to the 分). */
export function fromFen(fen: number): number {
  return fen / FEN_PER_WAN;
}

/** Sum 万元 amounts through integer 分; returns 万元. `sumWan([0.1, 0.2]) === 0.3` */
export function sumWan(values: readonly number[]): number {
  let fen = 0;
  for (const v of values) fen += toFen(v);
  return fromFen(fen);
}

/** Round 万元 to 2 decimals (0.01 万元), half away from zero, computed on 分 so 1.005 stays 1.01. */
export function roundWan2(wan: number): number {
  const fen = toFen(wan);
  const unit = FEN_PER_WAN / 100; // 分 per 0.01 万元
  const q = Math.sign(fen) * Math.round(Math.abs(fen) / unit);
  return q / 100;
}

/** True when a 万元 number carries no more precision than 分 (6 decimals). */
export function isFenPrecise(wan: number): boolean {
  // Compare through the decimal text: a tolerance on wan × 10⁶ fails for large amounts (16,384.01 × 10⁶ is inexact).
  return Number.isFinite(wan) && Number(wan.toFixed(6)) === wan;
}

/** Format 万元 for Chinese documents: thousands separators, 2 decimals. `formatWan(23135.18) === '23,135.18'` */
export function formatWan(wan: number): string {
  const r = roundWan2(wan);
  const neg = r < 0;
  const [int, dec] = Math.abs(r).toFixed(2).split('.') as [string, string];
  return `${neg ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${dec}`;
}

/**
 * Round a score or rate to 2 decimals, half away from zero, on its decimal digits: the number is read at 15
 * significant digits (all a double holds for sure, so binary noise such as 89.99499999999999 for 89.995 goes), then
 * rounded in integer arithmetic. `round2(89.995) === 90`, `round2(1.005) === 1.01`, `round2(0.285) === 0.29`.
 */
export function round2(x: number): number {
  if (!Number.isFinite(x)) return x;
  const [mantissa, exponent] = Math.abs(x).toExponential(14).split('e') as [string, string];
  const digits = Number(mantissa.replace('.', '')); // 15 digits, an exact integer below 2^53
  const shift = Number(exponent) - 12; // |x| × 100 = digits × 10^shift
  let cents: number;
  if (shift >= 0) cents = digits * 10 ** shift;
  else if (shift < -15) cents = 0;
  else {
    const unit = 10 ** -shift;
    cents = Math.floor(digits / unit);
    if ((digits - cents * unit) * 2 >= unit) cents += 1;
  }
  return cents === 0 ? 0 : (Math.sign(x) * cents) / 100;
}

/** Ratio of two 万元 amounts computed on integer 分; null when the base is zero. */
export function ratioWan(part: number, whole: number): number | null {
  const w = toFen(whole);
  if (w === 0) return null;
  return toFen(part) / w;
}

/** Format a ratio (0.9956) as a percentage with 2 decimals: '99.56%'. */
export function formatPercent(ratio: number): string {
  return `${round2(ratio * 100).toFixed(2)}%`;
}
