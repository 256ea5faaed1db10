/** Exact comparisons of shares: integer 分 and percentages scaled to integers, compared as BigInt. */

/** A percentage (≤ 6 decimals) as an integer of millionths of a point. */
export function scaled(percent: number): bigint {
  return BigInt(Math.round(percent * 1_000_000));
}

/** part ÷ whole × 100 < minShare, exactly (whole > 0). */
export function shareBelow(part: bigint, whole: bigint, minShare: number): boolean {
  return part * 100n * 1_000_000n < scaled(minShare) * whole;
}
