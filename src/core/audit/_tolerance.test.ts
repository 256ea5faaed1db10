import { describe, expect, it } from 'vitest';
import {
  amountDecimals,
  checkLinesTotal,
  checkRate,
  checkSame,
  checkSum,
  columnDecimals,
  decimalsOf,
  gapWan,
} from './_tolerance';

describe('rounding tolerances', () => {
  it.each([
    [21127.1, 1],
    [7349, 0],
    [43717.66, 2],
    [0.000001, 6],
  ])('decimalsOf(%s) = %i', (x, d) => expect(decimalsOf(x)).toBe(d));

  it('a 万元 amount stored as 27.9 was printed 27.90; a whole number stays whole', () => {
    expect(amountDecimals(27.9)).toBe(2);
    expect(amountDecimals(7349)).toBe(0);
  });

  it('zeros do not coarsen a column', () => expect(columnDecimals([22588.02, 21127.1, 0, 0])).toBe(2));

  it('seed 003: income lines 22,588.02 + 21,127.10 against 43,717.66 is a mismatch of 2.54 万元', () => {
    const r = checkSum([22588.02, 21127.1, 0, 0, 0, 0, 0, 0], 43717.66);
    expect(r.agreement).toBe('mismatch');
    expect(r.gapFen).toBe(-2_540_000);
  });

  it('seed 003: expenditure lines 5,171.26 + 38,546.39 against 43,717.66 is 尾差', () => {
    expect(checkSum([5171.26, 38546.39, 0, 0, 0], 43717.66).agreement).toBe('rounding');
  });

  it('seed 001: lines in whole 万元 (6624 + 725) may sit 0.41 from 7,348.59', () => {
    expect(checkSum([6624, 725], 7348.59).agreement).toBe('rounding');
    expect(checkSum([6624, 727], 7348.59).agreement).toBe('mismatch');
  });

  it('the same figure printed twice', () => {
    expect(checkSame(7349, 7348.59)).toBe('rounding');
    expect(checkSame(43717.66, 43717.65)).toBe('mismatch');
    expect(checkSame(27.9, 27.9)).toBe('equal');
  });

  it('rates: 96 for 95.74 is rounding, 99.56 for 99.5586 is equal, 97 for 95.74 is a mismatch', () => {
    expect(checkRate(96, 95.74)).toBe('rounding');
    expect(checkRate(99.56, (23033.06 / 23135.18) * 100)).toBe('equal');
    expect(checkRate(97, 95.74)).toBe('mismatch');
    expect(checkRate(95.8, 95.74)).toBe('mismatch');
  });

  it('lines against a stated total: nothing to judge while a line or the total is blank', () => {
    expect(checkLinesTotal([22588.02, null], 43717.66)).toBeNull();
    expect(checkLinesTotal([], 43717.66)).toBeNull();
    expect(checkLinesTotal([22588.02, 21127.1], undefined)).toBeNull();
    const c = checkLinesTotal([22588.02, 21127.1], 43717.66)!;
    expect([c.agreement, gapWan(c)]).toEqual(['mismatch', -2.54]);
  });

  it('the tolerance grows with the lines: two lines at 0.01 may miss by 0.01, not by 0.02', () => {
    expect(checkLinesTotal([10.01, 10.01], 20.01)?.agreement).toBe('rounding');
    expect(checkLinesTotal([10.01, 10.01], 20.04)?.agreement).toBe('mismatch');
    expect(gapWan(checkLinesTotal([6624, 725], 7348.59)!)).toBe(0.41);
  });
});
