import { describe, expect, it } from 'vitest';
import { extractText } from '..';

const read = (body: string) =>
  extractText(`2024 年度广州市荔湾区人民政府某某街道办事处部门整体支出绩效自评报告\n${body}\n`).evaluation;

describe('scores listed in a sentence', () => {
  it('reads 「其中 A n 分，B m 分…」 after the parent’s score', () => {
    const e = read(
      '（四）管理效率分析\n管理效率分值 50 分，自评得分 47.5 分。其中预算编制 3 分，预算执行 4 分，信息公开 3.5 分。',
    );
    expect(e.reported.scores).toEqual({ 管理效率: 47.5, 预算编制: 3, 预算执行: 4, 信息公开: 3.5 });
  });

  it('does not take the parts’ maximums for scores (「共 50 分，其中预算编制 3 分…」, no 得)', () => {
    const e = read('（四）管理效率分析\n管理效率共 50 分。其中预算编制 3 分，预算执行 4 分，信息公开 4 分。');
    expect(e.reported.scores).toEqual({});
  });

  it('reads 「包括 A、B 和 C，本次分别得 x、y 和 z 分」 in order', () => {
    const e = read(
      '（三）履职效能\n履职效能共 50 分，包括产出指标 20 分、效益指标 20 分和预算资金支出率 10 分，本次分别得 17 分、17.5 分和 9.2 分。',
    );
    expect(e.reported.scores).toEqual({ 产出指标: 17, 效益指标: 17.5, 预算资金支出率: 9.2 });
  });

  it('refuses a respective list whose counts differ or whose score exceeds the part', () => {
    expect(read('履职效能包括产出指标和效益指标，分别得 17 分、17.5 分和 9 分。').reported.scores).toEqual(
      {},
    );
    expect(read('履职效能包括产出指标和效益指标，分别得 27 分和 17.5 分。').reported.scores).toEqual({});
  });

  it('reads a numbered lead 「1. 预算编制。分值 3 分，得 2 分。」', () => {
    const e = read('（四）管理效率\n1. 预算编制。分值 3 分，得 2 分。\n2. 预算执行。分值 4 分，得 3 分。');
    expect(e.reported.scores).toEqual({ 预算编制: 2, 预算执行: 3 });
  });
});

describe('figures in prose around 「三公」经费 and 支出决算', () => {
  it('follows the 三公 clause through 实际支出 to 比上年减少…，下降…', () => {
    const e = read(
      '（三）“三公”经费\n2024 年度“三公”经费预算 18.60 万元，实际支出 15.42 万元，比上年减少 1.08 万元，下降 6.55%。',
    );
    expect(e.finance.threePublic).toEqual({ budget: 18.6, actual: 15.42 });
    expect(e.finance.comparisons).toEqual([
      expect.objectContaining({
        subject: '“三公”经费',
        base: '上年',
        current: 15.42,
        change: -1.08,
        changePct: -6.55,
      }),
    ]);
  });

  it('reads 支出决算 as the executed total', () => {
    const e = read(
      '（一）预算执行\n2023 年度部门全年预算数 126,480.35 万元，支出决算 121,733.92 万元，预算执行率 96.25%。',
    );
    expect(e.finance.budget).toBe(126480.35);
    expect(e.finance.executed).toBe(121733.92);
  });

  it('takes the quoted name of a deduction as its item', () => {
    const e = read(
      '（三）履职效能\n1. 产出指标。该项分值 20 分，自评得分 19.5 分。「65岁及以上老年人健康管理人数」实际完成 4.2 万人，未达到年初 4.5 万人的目标，扣0.5分。',
    );
    expect(e.reported.deductions).toEqual([
      expect.objectContaining({ item: '65岁及以上老年人健康管理人数', points: 0.5 }),
    ]);
  });
});

describe('a key project introduced in a paragraph', () => {
  const body = [
    '（三）重点项目情况',
    '中小学校舍维修改造项目：全年预算 6,820.00 万元，执行 6,412.75 万元，执行率 94.03%。资金来源和指标完成情况如下。',
    '',
    '资金来源\t年度预算数（万元）\t执行数（万元）\t执行率',
    '区级财政资金\t5,320.00\t4,980.15\t93.61%',
    '市级补助资金\t1,500.00\t1,432.60\t95.51%',
    '合计\t6,820.00\t6,412.75\t94.03%',
    '',
    '指标名称\t年度指标值\t实际完成值\t完成率',
    '维修改造学校数量\t≥30所\t32所\t100%',
    '维修工程验收合格率\t100%\t100%\t100%',
  ].join('\n');

  it('is a project with its funding table and its indicator table, apart from the department’s', () => {
    const e = read(`（一）预算执行\n部门全年预算数 100,000.00 万元。\n${body}`);
    expect(e.projects).toHaveLength(1);
    expect(e.projects[0]).toMatchObject({ name: '中小学校舍维修改造项目', budget: 6820, executed: 6412.75 });
    expect(e.projects[0]!.funding.map((f) => f.source)).toEqual(['区级财政资金', '市级补助资金']);
    expect(e.projects[0]!.indicators.map((i) => i.name)).toEqual(['维修改造学校数量', '维修工程验收合格率']);
    expect(e.indicators).toEqual([]);
    // The project's budget in its opening sentence is not the department's.
    expect(e.finance.budget).toBe(100000);
  });

  it('is not opened by a paragraph naming a project with no table after it', () => {
    const e = read(
      '（三）重点项目情况\n环境卫生保洁项目：全年预算 120.00 万元，执行 118.00 万元。\n（四）其他',
    );
    expect(e.projects).toEqual([]);
  });
});
