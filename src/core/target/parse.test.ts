import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseActual, parseTarget, safeParseTarget } from './parse';

describe('parseTarget: every form in the seeds and rules.md §3.2', () => {
  it.each([
    // [text, op, value, unit, label]
    ['≥95%', 'ge', 95, '%', null],
    ['>=95%', 'ge', 95, '%', null],
    ['≧10\n\n个', 'ge', 10, '个', null],
    ['≥100场', 'ge', 100, '场', null],
    ['≥500 人 次', 'ge', 500, '人次', null],
    ['≥28000 人次', 'ge', 28000, '人次', null],
    ['5个', 'bare', 5, '个', null],
    ['2家', 'bare', 2, '家', null],
    ['114亩', 'bare', 114, '亩', null],
    ['1000 平 方米', 'bare', 1000, '平方米', null],
    ['461人', 'bare', 461, '人', null],
    ['0次', 'bare', 0, '次', null],
    ['0%', 'bare', 0, '%', null],
    ['0', 'bare', 0, null, null],
    ['100%', 'bare', 100, '%', null],
    ['90%', 'bare', 90, '%', null],
    ['95%以上', 'ge', 95, '%', null],
    ['90%以上', 'ge', 90, '%', null],
    ['≤1%', 'le', 1, '%', null],
    ['≤90万元', 'le', 90, '万元', null],
    ['< 10%', 'lt', 10, '%', null],
    ['=100%', 'eq', 100, '%', null],
    ['不低于90%', 'ge', 90, '%', null],
    ['不少于 20 件', 'ge', 20, '件', null],
    ['不高于5%', 'le', 5, '%', null],
    ['不超过 3 天', 'le', 3, '天', null],
    ['达到100%', 'ge', 100, '%', null],
    ['5%以下', 'le', 5, '%', null],
    ['１２３％', 'bare', 123, '%', null],
    ['≥1,000 万平方米', 'ge', 1000, '万平方米', null],
    ['费用支付合规率=100%', 'eq', 100, '%', '费用支付合规率'],
    ['完成值=100%', 'eq', 100, '%', '完成值'],
    ['预算资金使用率>=90%', 'ge', 90, '%', '预算资金使用率'],
    ['环卫公厕检查交办问题整改率>95%', 'gt', 95, '%', '环卫公厕检查交办问题整改率'],
    ['采购程序规范性 100%', 'bare', 100, '%', '采购程序规范性'],
    ['工作人员满意度>=95%', 'ge', 95, '%', '工作人员满意度'],
    ['投诉率≤1%', 'le', 1, '%', '投诉率'],
  ] as const)('%s', (text, op, value, unit, label) => {
    const t = parseTarget(text);
    expect(t.kind).toBe('quantity');
    if (t.kind !== 'quantity') return;
    expect(t).toMatchObject({ op, value, unit, label });
  });

  it.each([
    ['90%-95%', 90, 95],
    ['[90,95]', 90, 95],
    ['90%~95%', 90, 95],
    ['90%至95%', 90, 95],
  ])('range %s', (text, lo, hi) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'quantity', op: 'between', value: lo, upper: hi });
  });

  it.each([
    '进一步提升',
    '进一步提高',
    '合规',
    '有效促进经济发展',
    '定期检查物资储备情况，及时补充，保障物资充足',
    '编外人员工资按标准支付',
    '保障辖区内无发生特重大消防安全事故',
    '达成预期指标',
    '应保尽保',
  ])('qualitative %s', (text) => {
    expect(parseTarget(text)).toEqual({ kind: 'qualitative', text });
  });

  it('reads the standard clause inside a long computation note (seed 003, 特殊人员及时响应及处理率)', () => {
    const t = parseTarget(
      '计算方法:2个小时内响应并处理视为及时响应,指标值100%;2-4个小时内响应指标值90%;4-8个小时内响应指标值80%,超过8个小时指标值为0;标准:不低于90%',
    );
    expect(t).toMatchObject({ op: 'ge', value: 90, unit: '%', embedded: true });
  });

  it.each(['≥abc', '>=', '≤%', '= ='])('rejects the malformed %s', (text) => {
    const r = safeParseTarget(text);
    expect(r.success).toBe(false);
    expect(() => parseTarget(text)).toThrow(/无法识别/);
  });

  it('rejects empty text', () => {
    expect(safeParseTarget('  ')).toMatchObject({ success: false, error: { code: 'empty' } });
    expect(safeParseTarget(undefined)).toMatchObject({ success: false });
  });
});

describe('parseActual', () => {
  it.each([
    ['11,476 人次', null, 11476, '人次'],
    ['< 10%', '%', 10, '%'],
    ['208 人次', '人次', 208, '人次'],
    ['134 场', '场', 134, '场'],
    ['预算资金使用率=96%', '%', 96, '%'],
    ['完成值=100%', '%', 100, '%'],
    // Seed 003 project indicators: the figure with the target's unit, found in prose.
    [
      '2022 年度 2 月于次月 3 日发放长寿保健金,未达到及时发放要求。月度发放 及 时 率 为 91.01%。',
      '%',
      91.01,
      '%',
    ],
    ['2022年度为年满70 周岁的老人发放长寿保健金157327人次, 计划完成率 100%。', '%', 100, '%'],
    ['长寿保健金发放过程中未发生群众信访或投诉事件,投诉发生率为0%。', '%', 0, '%'],
    ['长者满意度为 100%。', '%', 100, '%'],
  ])('%s', (text, unit, value, u) => {
    expect(parseActual(text, unit)).toMatchObject({ kind: 'quantity', value, unit: u });
  });

  it('keeps prose without a figure of the target unit as text', () => {
    expect(parseActual('历史遗留土地等问题正在逐步解决', '%')).toMatchObject({ kind: 'qualitative' });
    expect(
      parseActual('2023 年环监所年度环卫收费目标任务为 1,050.00 万元，实绩为 1,106.78 万元。', '%'),
    ).toMatchObject({
      kind: 'qualitative',
    });
    expect(parseActual('', '%')).toBeNull();
    // Two different figures with the target's unit: no guess.
    expect(parseActual('建成 1 个社工站 13 个社工点，落实 15 名直聘社工', '个')).toMatchObject({
      kind: 'qualitative',
    });
  });
});

describe('properties', () => {
  it('the safe parser never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = safeParseTarget(s);
        expect(typeof r.success).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => {
        safeParseTarget(s);
        parseActual(s, '%');
      }),
      { numRuns: 1000 },
    );
  });

  it('an operator, a number and a unit round-trip through the parser', () => {
    const ops = [
      ['≥', 'ge'],
      ['>=', 'ge'],
      ['≤', 'le'],
      ['<', 'lt'],
      ['>', 'gt'],
      ['=', 'eq'],
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...ops),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('%', '个', '人次', '万元', '平方米', '场', ''),
        ([sym, op], int, frac, unit) => {
          const value = Number(`${int}.${String(frac).padStart(2, '0')}`);
          const written = `${sym}${int.toLocaleString('en-US')}.${String(frac).padStart(2, '0')}${unit}`;
          expect(parseTarget(written)).toMatchObject({ op, value, unit: unit || null });
        },
      ),
      { numRuns: 500 },
    );
  });
});
