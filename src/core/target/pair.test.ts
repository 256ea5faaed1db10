import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesOnlyTarget, readStatedPair } from './pair';
import { parseActual } from './parse';

describe('readStatedPair', () => {
  it.each([
    // Seed 004 (南洲 2023), 产出指标 rows 1 and 4.
    ['2023 年环监所年度环卫收费目标任务为 1,050.00 万元，实绩为 1,106.78 万元。', 1050, 1106.78, '万元'],
    ['2023 年出租屋综合税费征收目标数为 2,100.00 万元，实绩为 2,502.22 万元。', 2100, 2502.22, '万元'],
    ['计划完成 100 人次，实际完成 98 人次', 100, 98, '人次'],
    ['实际完成 12 个，年度目标 10 个', 10, 12, '个'],
    ['全年计划 500 场，完成了 520 场', 500, 520, '场'],
  ])('%s', (text, target, actual, unit) => {
    expect(readStatedPair(text, null)).toEqual({
      target: expect.objectContaining({ value: target, unit }),
      actual: expect.objectContaining({ value: actual, unit }),
    });
    expect(readStatedPair(text, unit)).not.toBeNull();
  });

  it.each([
    ['建成 1 个社工站 13 个社工点，落实 15 名直聘社工', null],
    ['目标任务为 1,050.00 万元。', null],
    ['目标 100 人次，实际 98 人次，另有 3 人次', null],
    ['目标 100 人次，实际 98 人次；目标 10 万元，实际 12 万元', null],
    ['目标 90%，实际 95%', null],
  ])('no pair in %s (unit unspecified)', (text, unit) => {
    expect(readStatedPair(text, unit)).toBeNull();
  });

  it('reads a percentage pair only when asked for that unit', () => {
    expect(readStatedPair('目标 90%，实际 95%', '%')).toMatchObject({
      target: { value: 90 },
      actual: { value: 95 },
    });
  });

  it('names a lone target figure as such', () => {
    expect(namesOnlyTarget('目标任务为 1,050.00 万元', '万元')).toBe(true);
    expect(namesOnlyTarget('实绩为 1,106.78 万元', '万元')).toBe(false);
  });

  it('parseActual takes the named actual where the prose holds two figures of the target unit', () => {
    expect(parseActual('目标任务为 1,050.00 万元，实绩为 1,106.78 万元。', '万元')).toMatchObject({
      kind: 'quantity',
      value: 1106.78,
      unit: '万元',
      pair: { target: { value: 1050 } },
    });
    expect(parseActual('目标任务为 1,050.00 万元。', '万元')).toMatchObject({ kind: 'qualitative' });
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.option(fc.constantFrom('万元', '%', '个')), (s, u) => {
        readStatedPair(s, u);
      }),
      { numRuns: 1000 },
    );
  });
});
