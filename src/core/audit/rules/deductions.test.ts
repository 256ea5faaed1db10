import { describe, expect, it } from 'vitest';
import { buildEvaluation, buildItems } from '../../../../test/factories';
import { getRubric } from '../../../rubrics';
import { runRule } from '../_context';
import { deductionsRule } from './deductions';

const gz = getRubric('gz-dept-2024');
/** Seed 002: 98.5 = 100 − 1 (严重精神障碍…发放率) − 0.5 (部门预算资金支出率). */
const JINHUA = {
  total: 98.5,
  scores: { 总分: 98.5, 预算资金支出率: 9.5 },
  deductions: [
    { item: '严重精神障碍患者监护及救治财政补助发放率', points: 1, reason: '不达90%' },
    { item: '部门预算资金支出率', points: 0.5, reason: '年度平均执行率95%' },
  ],
};

describe('deductions: reasons, and points that match the points lost', () => {
  it('seed 002: 1 + 0.5 deducted, 98.5 stated, 9.5 on 支出率', () => {
    expect(runRule(deductionsRule, buildEvaluation({ reported: JINHUA }), gz)).toEqual([]);
  });

  it('a deduction without a reason is a warning', () => {
    const e = buildEvaluation({
      reported: {
        ...JINHUA,
        deductions: [JINHUA.deductions[0]!, { item: '部门预算资金支出率', points: 0.5 }],
      },
    });
    expect(runRule(deductionsRule, e, gz)).toMatchObject([
      { code: 'deduction_no_reason', severity: 'warning', path: 'reported.deductions[1].reason' },
    ]);
  });

  it('deducting more than a node lost is an error', () => {
    const e = buildEvaluation({ reported: { ...JINHUA, scores: { 总分: 98.5, 预算资金支出率: 9.8 } } });
    expect(runRule(deductionsRule, e, gz)).toMatchObject([
      { code: 'deduction_exceeds_lost', severity: 'error', expected: 0.2, found: 0.5 },
    ]);
  });

  it('a management item below its maximum with no reason is a warning', () => {
    const e = buildEvaluation({ management: buildItems({ 资产盘点情况: { score: 0 } }) });
    expect(runRule(deductionsRule, e, gz)).toMatchObject([
      { code: 'item_lost_no_reason', params: { name: '资产盘点情况', lost: 1 } },
    ]);
    const ok = buildEvaluation({
      management: buildItems({ 资产盘点情况: { score: 0, reason: '未完成资产盘点' } }),
    });
    expect(runRule(deductionsRule, ok, gz)).toEqual([]);
  });
});
