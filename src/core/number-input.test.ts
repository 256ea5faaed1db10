import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEN_PER_WAN, MAX_WAN, toFen } from './money';
import { formatNumber, NUMBER_KINDS, readNumber } from './number-input';

const FEN_PER_CENT_WAN = FEN_PER_WAN / 100; // 0.01 万元 in 分
const MAX_CENTS = MAX_WAN * 100;

/** ASCII digits and punctuation as a full-width keyboard types them: `23,135.18` → `２３，１３５．１８`. */
const fullWidth = (s: string) =>
  s.replace(/[0-9.,%\-+]/g, (c) => (c === ',' ? '，' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));

/** Cents of 万元 as a plain decimal string, with or without separators and trailing zeros. */
function centsText(cents: number, grouped: boolean, trim: boolean): string {
  const int = String(Math.floor(cents / 100));
  let dec = String(cents % 100).padStart(2, '0');
  if (trim) dec = dec.replace(/0+$/, '');
  const i = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return dec ? `${i}.${dec}` : i;
}

describe('readNumber', () => {
  it.each([
    ['23135.18', 23135.18],
    ['23,135.18', 23135.18],
    ['２３１３５．１８', 23135.18],
    ['２３，１３５．１８', 23135.18],
    ['  1,234,567.5 ', 1234567.5],
    ['1000万元', 1000],
    ['12.3 万', 12.3],
    ['0', 0],
    ['-0', 0],
    ['.5', 0.5],
    ['5.', 5],
    ['+8', 8],
    ['100000000', MAX_WAN],
  ])('reads the amount %s as %s', (text, value) => {
    expect(readNumber(text, 'amount')).toEqual({ ok: true, value });
  });

  it.each([
    ['-500', 'negative', '「全年预算数」不能为负数'],
    ['－５００', 'negative', '「全年预算数」不能为负数'],
    ['abc', 'not_number', '「全年预算数」应为金额'],
    ['一千万', 'chinese_numeral', '「全年预算数」请用阿拉伯数字填写，不接受中文数字'],
    ['1e12', 'scientific', '「全年预算数」不接受科学计数法，请写出完整数字'],
    ['１Ｅ５', 'scientific', '「全年预算数」不接受科学计数法，请写出完整数字'],
    ['1000000000000', 'out_of_range', '「全年预算数」金额超出范围（不能超过 100,000,000 万元）'],
    ['1.234', 'too_many_decimals', '「全年预算数」金额最多两位小数'],
    ['1,5', 'bad_grouping', '「全年预算数」千分位逗号位置不对（应每三位一个逗号）'],
    ['12,34.5', 'bad_grouping', '「全年预算数」千分位逗号位置不对（应每三位一个逗号）'],
    ['500元', 'wrong_unit', '「全年预算数」单位是万元，请换算为万元填写'],
    ['5%', 'wrong_unit', '「全年预算数」应填金额（万元），不是百分比'],
    ['23 135', 'not_number', '「全年预算数」应为金额'],
    ['.', 'not_number', '「全年预算数」应为金额'],
  ])('refuses the amount %s (%s)', (text, problem, message) => {
    expect(readNumber(text, 'amount', '全年预算数')).toEqual({ ok: false, problem, message });
  });

  it.each([
    ['percent', '95', 95],
    ['percent', '95%', 95],
    ['percent', '９５．５％', 95.5],
    ['percent', '99.56 %', 99.56],
    ['signedPercent', '-2.24%', -2.24],
    ['signedAmount', '-0.64', -0.64],
    ['signedAmount', '-1,234.50万元', -1234.5],
    ['points', '89.71', 89.71],
    ['points', '4.5分', 4.5],
    ['count', '21', 21],
    ['count', '21个', 21],
    ['count', '3.0', 3],
    ['year', '２０２３', 2023],
    ['year', '2023年', 2023],
  ] as const)('reads the %s %s as %s', (kind, text, value) => {
    expect(readNumber(text, kind)).toEqual({ ok: true, value });
  });

  it.each([
    ['percent', '-5%', 'negative'],
    ['percent', '5万元', 'wrong_unit'],
    ['percent', '99.567', 'too_many_decimals'],
    ['percent', '1200%', 'out_of_range'],
    ['points', '101', 'out_of_range'],
    ['points', '-1', 'negative'],
    ['points', '2.125', 'too_many_decimals'],
    ['count', '2.5', 'too_many_decimals'],
    ['year', '1999', 'out_of_range'],
    ['year', '二〇二三', 'chinese_numeral'],
  ] as const)('refuses the %s %s (%s)', (kind, text, problem) => {
    const r = readNumber(text, kind);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toBe(problem);
  });

  it('reads blank as no value', () => {
    expect(readNumber('', 'amount')).toEqual({ ok: true, value: null });
    expect(readNumber(' \u3000 ', 'points')).toEqual({ ok: true, value: null });
  });

  it('never throws, and every answer is either a value of the kind or a message', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom(...NUMBER_KINDS),
        (s, kind) => {
          const r = readNumber(s, kind, '字段');
          if (r.ok) expect(r.value === null || Number.isFinite(r.value)).toBe(true);
          else expect(r.message.startsWith('「字段」')).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('accepts only text made of digits, separators, a sign and a unit of the field', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (s) => {
        const r = readNumber(s, 'amount');
        if (r.ok && r.value !== null)
          expect(s.normalize('NFKC').trim()).toMatch(/^[+-]?[\d,]*\.?\d*\s*(万元|万)?$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads any amount to 0.01 万元, however it is written, to the same 分', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_CENTS }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (cents, grouped, trim, wide) => {
          const plain = centsText(cents, grouped, trim);
          const text = wide ? fullWidth(plain) : plain;
          const r = readNumber(text, 'amount');
          expect(r.ok).toBe(true);
          if (r.ok) expect(toFen(r.value!)).toBe(cents * FEN_PER_CENT_WAN);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads back what it shows: formatNumber then readNumber gives the same 分', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_CENTS, max: MAX_CENTS }), (cents) => {
        const value = cents / 100;
        const shown = formatNumber(value, 'signedAmount');
        const r = readNumber(shown, 'signedAmount');
        expect(r.ok).toBe(true);
        if (r.ok) expect(toFen(r.value!)).toBe(toFen(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses any amount with more than 2 decimals instead of rounding it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 9 }), (n, last) => {
        const text = `${Math.floor(n / 1000)}.${String(n % 1000)
          .padStart(3, '0')
          .slice(0, 2)}${last}`;
        const r = readNumber(text, 'amount');
        expect(r).toMatchObject({ ok: false, problem: 'too_many_decimals' });
      }),
    );
  });
});

describe('formatNumber', () => {
  it.each([
    [23135.18, 'amount', '23,135.18'],
    [0, 'amount', '0.00'],
    [1234.5678, 'amount', '1,234.5678'],
    [-0.64, 'signedAmount', '-0.64'],
    [99.56, 'percent', '99.56'],
    [2023, 'year', '2023'],
    [null, 'amount', ''],
  ] as const)('shows %s (%s) as %s', (value, kind, text) => {
    expect(formatNumber(value, kind)).toBe(text);
  });
});
