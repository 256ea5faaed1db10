import { describe, expect, it } from 'vitest';
import { extractText } from '..';

const read = (body: string) =>
  extractText(`2024 年度广州市荔湾区人民政府某某街道办事处部门整体支出绩效自评报告\n${body}\n`);

describe('stated scores', () => {
  it.each([
    ['本次部门整体支出自评得分 99.6 分，评价等级为“优”。', 99.6, '优'],
    ['部门整体支出绩效自评结果为98.5分。', 98.5, null],
    ['自评总得分为 94 分,评价等级为"优"。', 94, '优'],
    ['根据指标评分表，南洲街道办事处 2023 年整体绩效自评得分 91.46 分。', 91.46, null],
  ])('%s', (text, total, grade) => {
    const e = read(`一、自评结论\n${text}`).evaluation;
    expect(e.reported.total).toBe(total);
    expect(e.reported.grade ?? null).toBe(grade);
  });

  it('maps section scores to rubric nodes, by the clause or by the heading above', () => {
    const e = read(
      [
        '（三）履职效能分析',
        '履职效能总分50分，得分48.5分，其中：部门整体绩效目标产出指标完成情况得分19分，部门预算资金支出率得分9.5分。',
        '（四）管理效率分析',
        '2024年某某街道办事处部门管理率情况总分50分，得分50分。',
        '1. 预算编制方面得分3分。',
        '2.资产管理。该项指标分值 10 分，本次自评得分 7.5 分，得分率为 75%。',
      ].join('\n'),
    ).evaluation;
    expect(e.reported.scores).toEqual({
      履职效能: 48.5,
      产出指标: 19,
      预算资金支出率: 9.5,
      管理效率: 50,
      预算编制: 3,
      资产管理: 7.5,
    });
    expect(e.reported.total ?? null).toBeNull();
  });

  it('reads score tables: rows by rubric name, subtotals to their group, the total row', () => {
    const e = read(
      [
        '评价因素\t评价指标\t分值（分）\t得分（分）',
        '履职效能\t部门整体绩效目标产出指标完成情况\t20\t19',
        '\t小计\t50\t48',
        '管理效率\t采购管理\t10\t10',
        '合计\t\t100\t95',
      ].join('\n'),
    ).evaluation;
    expect(e.reported.scores).toEqual({ 产出指标: 19, 履职效能: 48, 采购管理: 10, 总分: 95 });
  });

  it('reads named deductions with their reasons', () => {
    const e = read(
      '5. 存在问题\n（1）严重精神障碍患者监护及救治财政补助发放率不达90%，扣1分。\n（2）部门预算资金支出率方面，根据测算，年度平均执行率只有95%，扣0.5分。',
    ).evaluation;
    expect(e.reported.deductions).toEqual([
      { item: '严重精神障碍患者监护及救治财政补助发放率', points: 1, reason: '不达90%' },
      { item: '部门预算资金支出率', points: 0.5, reason: '年度平均执行率只有95%' },
    ]);
  });

  it('warns about a score it cannot place', () => {
    const r = read('一、其他情况\n某项工作得分 5 分。');
    expect(r.warnings.map((w) => w.code)).toContain('extract_score_unmapped');
  });
});
