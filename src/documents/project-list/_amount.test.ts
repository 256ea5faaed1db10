import { describe, expect, it } from 'vitest';
import { readAmount } from './_amount';

describe('readAmount', () => {
  it.each([
    ['万元 text', '1,234.56', 'wan', 1_234_560_000],
    ['万元 with 分 (6 decimals)', '0.123456', 'wan', 123_456],
    ['full-width digits', '１２．５０', 'wan', 12_500_000],
    ['万元 suffix', '12.5万元', 'wan', 12_500_000],
    ['元 text', '1,234.56', 'yuan', 123_456],
    ['元 above 1 亿', '123,456,789.01', 'yuan', 12_345_678_901],
    ['元 suffix in a 元 column', '100元', 'yuan', 10_000],
    ['万元 suffix in a 元 column is read in 万元', '3万元', 'yuan', 3_000_000],
    ['元 number', 3_904_700.5, 'yuan', 390_470_050],
    ['万元 number with float noise', 0.1 + 0.2, 'wan', 300_000],
    ['万元 number', 390.47, 'wan', 390_470_000],
    ['zero', '0', 'wan', 0],
  ] as const)('%s: %s → %d 分', (_, cell, unit, fen) => {
    expect(readAmount(cell, unit)).toEqual({ ok: true, fen });
  });

  it.each([
    ['blank text', '  '],
    ['nothing', null],
  ] as const)('%s is empty', (_, cell) => {
    expect(readAmount(cell, 'wan')).toEqual({ ok: true, fen: null });
  });

  it.each([
    ['一千万', 'wan', '请用阿拉伯数字填写，不接受中文数字', false],
    ['-500', 'wan', '金额不能为负数', true],
    [-1.5, 'yuan', '金额不能为负数', true],
    ['12.3456789', 'wan', '金额精度不能超过分（万元最多 6 位小数）', false],
    ['12.345', 'yuan', '金额精度不能超过分（元最多 2 位小数）', false],
    [0.001, 'yuan', '金额精度不能超过分（元最多 2 位小数）', false],
    ['1e5', 'wan', '不接受科学计数法，请写出完整数字', false],
    ['12%', 'wan', '应填金额（万元），不是百分比', false],
    ['1,23.00', 'wan', '千分位逗号位置不对（应每三位一个逗号）', false],
    ['200,000,000', 'wan', '金额超过 100,000,000 万元，不合常理', false],
    ['待定', 'wan', '应为金额', false],
  ] as const)('%s (%s) is refused: %s', (cell, unit, reason, negative) => {
    expect(readAmount(cell, unit)).toEqual({ ok: false, reason, negative, text: String(cell) });
  });

  it('tells an Excel error value', () => {
    expect(readAmount({ error: '#REF!' }, 'wan')).toMatchObject({
      ok: false,
      reason: '单元格为错误值 #REF!',
    });
  });
});
