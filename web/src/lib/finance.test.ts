import { describe, expect, it } from 'vitest';
import { checkText, checkTotal, columnSum, rateText } from './finance';

describe('finance figures', () => {
  it('sums a column exactly (0.1 + 0.2 is 0.3)', () => {
    expect(columnSum([{ v: 0.1 }, { v: 0.2 }, { v: null }], (l) => l.v)).toBe(0.3);
    expect(columnSum([{ v: null }], (l) => l.v)).toBeNull();
  });

  it('gives the execution rate of seed 004 (南洲 2023): 23033.06 / 23135.18 = 99.56%', () => {
    expect(rateText(23033.06, 23135.18)).toBe('99.56%');
    expect(rateText(1, 0)).toBeNull();
    expect(rateText(null, 5)).toBeNull();
  });

  it('finds the income gap of seed 003 (新华 2022): stated 43717.66, lines 22588.02 + 21127.10', () => {
    const sum = columnSum([22588.02, 21127.1], (v) => v);
    const c = checkTotal(43717.66, sum);
    expect(c).toEqual({ kind: 'mismatch', diff: 2.54 });
    expect(checkText(c)).toBe('与明细合计相差 2.54 万元');
  });

  it('names a 0.01 difference as rounding', () => {
    expect(checkTotal(10.01, 10)).toEqual({ kind: 'rounding', diff: 0.01 });
    expect(checkTotal(10, 10)).toEqual({ kind: 'ok' });
    expect(checkTotal(null, 10)).toEqual({ kind: 'none' });
  });
});
