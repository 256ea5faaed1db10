import { describe, expect, it } from 'vitest';
import { findRubric } from '../rubrics';
import { validateEvaluation } from './validate';

describe('validateEvaluation', () => {
  it('reports a wrong type, a negative budget, an unknown rubric item and an unparseable target, each with its path', () => {
    const r = validateEvaluation(
      {
        department: { name: '测试街道办事处' },
        year: '2023',
        rubric: 'gz-dept-2023',
        finance: { budget: -5 },
        management: [{ item: '不存在的项目', score: 1 }],
        indicators: [{ name: '指标', target: '≥abc' }],
      },
      findRubric,
    );
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => i.path)).toEqual([
      'year',
      'finance.budget',
      'management.0.item',
      'indicators.0.target',
    ]);
    expect(r.issues.map((i) => i.message)).toEqual([
      '年度应为数字',
      '金额不能为负数',
      '评分标准 gz-dept-2023 中没有评价项目「不存在的项目」',
      '无法识别的目标值：≥abc',
    ]);
  });

  it('rejects absurd numbers and a score above the item maximum', () => {
    const r = validateEvaluation(
      {
        department: { name: 'x' },
        year: 2023,
        rubric: 'gz-dept-2023',
        finance: { budget: 1e12, executed: 1.0000001 },
        management: [{ item: '结转结余率', score: 3 }],
      },
      findRubric,
    );
    expect(r.issues).toEqual([
      { path: 'finance.budget', message: '金额超过 100000000 万元，不合常理' },
      { path: 'finance.executed', message: '金额精度不能超过分（万元最多 6 位小数）' },
      { path: 'management.0.score', message: '得分 3 超过该项分值 2' },
    ]);
  });

  it('matches item names across quote styles and aliases', () => {
    const r = validateEvaluation(
      {
        department: { name: 'x' },
        year: 2023,
        rubric: 'gz-dept-2023',
        management: [
          { item: '"三公"经费控制情况', score: 2 },
          { item: '三公经费控制情况', score: 2 },
        ],
      },
      findRubric,
    );
    expect(r.success).toBe(true);
  });

  it('requires a reason for a judged deduction and names an unknown rubric', () => {
    const r = validateEvaluation(
      {
        department: { name: 'x' },
        year: 2023,
        rubric: 'nowhere-1',
        indicators: [{ name: 'a', judgement: { result: 'not_met' } }],
      },
      findRubric,
    );
    expect(r.issues).toEqual([
      { path: 'indicators.0.judgement.reason', message: '扣分或未完成时必须说明理由' },
      { path: 'rubric', message: '未知的评分标准：nowhere-1' },
    ]);
  });
});
