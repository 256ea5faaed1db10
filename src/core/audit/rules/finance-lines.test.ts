import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { runRule } from '../_context';
import { financeLinesRule } from './finance-lines';

const zeros = [
  '国有资本经营预算财政拨款收入',
  '上级补助收入',
  '事业收入',
  '经营收入',
  '附属单位上缴收入',
  '其他收入',
].map((name) => ({
  name,
  budget: 0,
  actual: 0,
}));

describe('finance-lines: lines against totals', () => {
  it('seed 003: the income lines sum to 43,715.12 against a stated 43,717.66 — an error of 2.54 万元', () => {
    const e = buildEvaluation({
      finance: {
        income: [
          { name: '一般公共预算财政拨款收入', actual: 22588.02 },
          { name: '政府性基金预算财政拨款收入', actual: 21127.1 },
          ...zeros,
        ],
        incomeTotal: { actual: 43717.66 },
      },
    });
    const [f, ...rest] = runRule(financeLinesRule, e);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      code: 'lines_total_mismatch',
      severity: 'error',
      path: 'finance.income',
      expected: 43717.66,
      found: 43715.12,
    });
    expect(f!.params.gap).toBe(-2.54);
  });

  it('passes when the lines add up exactly', () => {
    const e = buildEvaluation({
      finance: {
        income: [
          { name: '一般公共预算财政拨款收入', actual: 22588.02 },
          { name: '政府性基金预算财政拨款收入', actual: 21127.1 },
        ],
        incomeTotal: { actual: 43715.12 },
      },
    });
    expect(runRule(financeLinesRule, e)).toEqual([]);
  });

  it('seed 003: expenditure 5,171.26 + 38,546.39 against 43,717.66 is 尾差 (info)', () => {
    const e = buildEvaluation({
      finance: {
        expenditure: [
          { name: '基本支出', actual: 5171.26 },
          { name: '项目支出', actual: 38546.39 },
        ],
        expenditureTotal: { actual: 43717.66 },
      },
    });
    expect(runRule(financeLinesRule, e)).toMatchObject([
      { code: 'lines_total_rounding', severity: 'info', params: { gap: -0.01 } },
    ]);
  });

  it('seed 001: by-source lines in whole 万元 (6624 + 725) against 执行数 7,348.59 is 尾差, 6624 + 735 is an error', () => {
    const e = (b: number) =>
      buildEvaluation({
        finance: {
          executed: 7348.59,
          expenditureBySource: [
            { name: '一般公共预算财政拨款支出', actual: 6624 },
            { name: '政府性基金预算财政拨款支出', actual: b },
          ],
        },
      });
    expect(runRule(financeLinesRule, e(725))).toMatchObject([
      { code: 'lines_total_rounding', path: 'finance.expenditureBySource' },
    ]);
    expect(runRule(financeLinesRule, e(735))).toMatchObject([
      { code: 'lines_total_mismatch', severity: 'error' },
    ]);
  });

  it('checks every column that has a total, and skips a column a line leaves blank', () => {
    const e = buildEvaluation({
      finance: {
        income: [
          { name: 'a', initial: 1, budget: 2, actual: 3 },
          { name: 'b', initial: 1, budget: null, actual: 3 },
        ],
        incomeTotal: { initial: 3, budget: 9, actual: 6 },
      },
    });
    expect(runRule(financeLinesRule, e).map((f) => f.params.column)).toEqual(['年初预算数']);
  });
});
