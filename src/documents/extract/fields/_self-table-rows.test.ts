import { describe, expect, it } from 'vitest';
import { labelOf, numberOf, readSelfTableRows } from './_self-table-rows';

/**
 * Another hand-written 自评表: merged labels written only in their first row (as some PDF tools leave them),
 * spaced and full-width labels, units in the headers, an unnamed total and the table cut in two.
 */
const PART_1 = [
  ['部门整体支出绩效自评表'],
  ['单位基本情况', '单 位 名 称：', '广州市越秀区示例事务管理局', '', ''],
  ['', '主管部门', '广州市越秀区人民政府', '', ''],
  ['年度主要任务', '1.完成甲项工作', '', ''],
  ['', '2.完成乙项工作', '', ''],
  [
    '资金情况（万元）',
    '',
    '年初预算数',
    '全年（调整）预算数',
    '全年执行数',
    '执行率（％）',
    '执行率权重',
    '执行率得分（分）',
  ],
  ['', '年度部门整体支出规模', '1,000.00', '1,200.00', '1,140.00', '95.00', '10', '9.5'],
  ['', '其中：一般公共预算', '900.00', '1,100.00', '1,050.00', '95.45', '', ''],
  ['', '政府性基金', '100.00', '100.00', '90.00', '90.00', '', ''],
  ['整体绩效目标', '年初设定目标', '', '实际完成情况'],
  ['', '办好甲乙两项工作', '', '两项工作均已办结'],
];
const PART_2 = [
  [
    '一级指标',
    '二级指标',
    '指标名称',
    '年初指标值',
    '全年完成值',
    '指标权重（分）',
    '指标得分（分）',
    '偏差原因',
  ],
  ['产出指标', '数量指标', '培训场次', '≥10场', '12场', '10', '10', ''],
  ['', '', '覆盖人数', '≥500人', '480人', '10', '9', '场地受限'],
  ['', '质量指标', '合格率', '100%', '100%', '10', '10', '—'],
  ['效益指标', '社会效益指标', '知晓率', '≥80%', '85%', '20', '20', ''],
  ['自评总分（分）', '', '94.5', '', '评价等级', '优秀'],
  ['未完成原因', '场地受限，覆盖人数略低于目标'],
];

describe('readSelfTableRows', () => {
  const r = readSelfTableRows([...PART_1, ...PART_2]);

  it('reads identity and tasks with labels spaced, full width and written once', () => {
    expect(r.department).toBe('广州市越秀区示例事务管理局');
    expect(r.supervisor).toBe('广州市越秀区人民政府');
    expect(r.year).toBeNull();
    expect(r.tasks).toEqual(['1.完成甲项工作', '2.完成乙项工作']);
    expect(r.goal).toEqual(['办好甲乙两项工作']);
    expect(r.achieved).toEqual(['两项工作均已办结']);
  });

  it('takes 全年（调整）预算数 over 年初预算数, the line before 其中 as the total, scores of the funding rows', () => {
    expect(r.total).toEqual({
      name: '年度部门整体支出规模',
      budget: 1200,
      executed: 1140,
      rate: 95,
      points: 10,
      score: 9.5,
    });
    expect(r.sources.map((l) => [l.name, l.budget, l.executed, l.rate])).toEqual([
      ['一般公共预算', 1100, 1050, 95.45],
      ['政府性基金', 100, 90, 90],
    ]);
  });

  it('carries 一级 and 二级 down over rows that leave them empty', () => {
    expect(r.indicators.map((x) => [x.level1, x.level2, x.name, x.points, x.score, x.reason])).toEqual([
      ['产出指标', '数量指标', '培训场次', 10, 10, null],
      ['产出指标', '数量指标', '覆盖人数', 10, 9, '场地受限'],
      ['产出指标', '质量指标', '合格率', 10, 10, null],
      ['效益指标', '社会效益指标', '知晓率', 20, 20, null],
    ]);
    expect(r.indicators[1]).toMatchObject({ target: '≥500人', actual: '480人' });
  });

  it('reads the closing rows: total with its unit, grade beside it, the reason for what was not done', () => {
    expect(r.score).toBe(94.5);
    expect(r.grade).toBe('优秀');
    expect(r.unmet).toBe('场地受限，覆盖人数略低于目标');
    expect([...r.seen].sort()).toEqual(['funding', 'goals', 'indicators', 'name', 'score']);
  });

  it('with no 其中 line and no total label, every line is a source', () => {
    const x = readSelfTableRows([
      ['单位名称', '甲'],
      ['资金', '预算数', '执行数'],
      ['财政拨款', '10.00', '9.00'],
      ['其他资金', '2.00', '1.00'],
    ]);
    expect(x.total).toBeNull();
    expect(x.sources.map((l) => l.name)).toEqual(['财政拨款', '其他资金']);
  });

  it('spreads 一级 and 二级 written beside the middle row of their span', () => {
    const x = readSelfTableRows(
      [
        ['单位名称', '甲'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
        ['', '数量指标', '甲指标', '1', '1'],
        ['产出指标', '', '乙指标', '2', '2'],
        ['', '质量指标', '丙指标', '3', '3'],
        ['效益指标', '社会效益指标', '丁指标', '4', '4'],
      ],
      'middle',
    );
    expect(x.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '数量指标', '甲指标'],
      ['产出指标', '数量指标', '乙指标'],
      ['产出指标', '质量指标', '丙指标'],
      ['效益指标', '社会效益指标', '丁指标'],
    ]);
  });

  it('turns amounts in 元 into 万元 and a bare fraction into a rate in %', () => {
    const x = readSelfTableRows([
      ['单位名称', '甲'],
      ['资金情况（元）', '', '全年预算数', '全年执行数', '执行率'],
      ['', '年度资金总额', '12,345,678.00', '11,728,394.10', '0.95'],
    ]);
    expect(x.total).toMatchObject({ budget: 1234.57, executed: 1172.84, rate: 95 });
  });

  it.each([
    ['执行率（%）', '执行率'],
    [' 单 位 名 称 ：', '单位名称'],
    ['自评总分(分)', '自评总分'],
  ])('label %s compares as %s', (s, l) => expect(labelOf(s)).toBe(l));

  it.each([
    ['1,234.50', 1234.5],
    ['９５.７４％', 95.74],
    ['12万元', 12],
    ['—', null],
    ['约10', null],
  ])('number %s is %s', (s, n) => expect(numberOf(s)).toBe(n));
});
