import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  formatWan,
  fromFen,
  isFenPrecise,
  ratioWan,
  round2,
  roundWan2,
  sumWan,
  toFen,
} from './money';

describe('money in integer 分', () => {
  it('sums without float drift: seed 003 lines', () => {
    expect(sumWan([22588.02, 21127.1, 0, 0, 0, 0, 0, 0])).toBe(43715.12);
    expect(sumWan([5171.26, 38546.39])).toBe(43717.65);
    expect(sumWan([0.1, 0.2])).toBe(0.3);
    expect(sumWan([390.47, 417.75, 1.06])).toBe(809.28);
  });

  it('formats with thousands separators and 2 decimals', () => {
    expect(formatWan(23135.18)).toBe('23,135.18');
    expect(formatWan(43717.66)).toBe('43,717.66');
    expect(formatWan(0)).toBe('0.00');
    expect(formatWan(-0.64)).toBe('-0.64');
    expect(formatWan(1.005)).toBe('1.01');
  });

  it('computes rates on 分 and formats them once', () => {
    expect(formatPercent(ratioWan(23033.06, 23135.18)!)).toBe('99.56%');
    // Seed 001 states 95.74%; its own figures give 95.73% (the audit reports the gap as rounding).
    expect(formatPercent(ratioWan(7348.59, 7676)!)).toBe('95.73%');
    expect(formatPercent(ratioWan(22696.66, 23582.84)!)).toBe('96.24%');
    expect(ratioWan(1, 0)).toBeNull();
  });

  it('rounds half away from zero for display', () => {
    expect(round2(9.955859)).toBe(9.96);
    expect(round2(91.455859)).toBe(91.46);
    expect(round2(1.005)).toBe(1.01);
    expect(round2(-1.005)).toBe(-1.01);
  });

  it('round-trips every 万元 amount with 2 decimals through 分 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
        const wan = cents / 100;
        expect(fromFen(toFen(wan))).toBe(wan);
        expect(roundWan2(wan)).toBe(wan);
        expect(Number(formatWan(wan).replace(/,/g, ''))).toBe(wan);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every 2-decimal amount as 分-precise, and rejects finer ones (property)', () => {
    expect(isFenPrecise(16384.01)).toBe(true);
    expect(isFenPrecise(1.0000001)).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
        expect(isFenPrecise(cents / 100)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('a sum of 2-decimal amounts equals the exact decimal sum (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { maxLength: 50 }), (cents) => {
        const exact = cents.reduce((a, b) => a + b, 0);
        expect(sumWan(cents.map((c) => c / 100))).toBe(exact / 100);
      }),
      { numRuns: 1000 },
    );
  });

  it('a rate round-trips through its percentage text (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (bp) => {
        const text = formatPercent(bp / 10_000);
        expect(Number(text.replace('%', ''))).toBe(bp / 100);
      }),
      { numRuns: 2000 },
    );
  });
});
