import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { runRule } from '../_context';
import { financeTotalsRule } from './finance-totals';

describe('finance-totals: one figure stated twice', () => {
  const base = {
    executed: 43717.66,
    basic: 5171.26,
    project: 38546.39,
    expenditure: [
      { name: '基本支出', actual: 5171.26 },
      { name: '一、项目支出', actual: 38546.39 },
    ],
    expenditureTotal: { actual: 43717.66 },
  };

  it('seed 003: prose and table agree (基本支出 5,171.26, 项目支出 38,546.39, 决算 43,717.66)', () => {
    expect(runRule(financeTotalsRule, buildEvaluation({ finance: base }))).toEqual([]);
  });

  it('a 基本支出 in prose that differs from its table line is an error', () => {
    const e = buildEvaluation({ finance: { ...base, basic: 5171.62 } });
    expect(runRule(financeTotalsRule, e)).toMatchObject([
      {
        code: 'restated_mismatch',
        severity: 'error',
        path: 'finance.basic',
        expected: 5171.26,
        found: 5171.62,
      },
    ]);
  });

  it('a total printed in whole 万元 that rounds the other is info', () => {
    const e = buildEvaluation({ finance: { executed: 7348.59, expenditureTotal: { actual: 7349 } } });
    expect(runRule(financeTotalsRule, e)).toMatchObject([{ code: 'restated_rounding', severity: 'info' }]);
  });
});
