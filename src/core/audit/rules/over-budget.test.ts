import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { runRule } from '../_context';
import { overBudgetRule } from './over-budget';

describe('over-budget: 三公经费 and 公用经费 within budget', () => {
  it('seed 002: 3.80 of 9.63 passes; seed 004: 27.90 of 28.54 passes', () => {
    expect(
      runRule(overBudgetRule, buildEvaluation({ finance: { threePublic: { budget: 9.63, actual: 3.8 } } })),
    ).toEqual([]);
    expect(
      runRule(overBudgetRule, buildEvaluation({ finance: { threePublic: { budget: 28.54, actual: 27.9 } } })),
    ).toEqual([]);
  });

  it('spending over budget is a warning with the overrun', () => {
    const e = buildEvaluation({
      finance: { threePublic: { budget: 28.54, actual: 29.9 }, publicFunds: { budget: 10, actual: 10 } },
    });
    expect(runRule(overBudgetRule, e)).toMatchObject([
      { code: 'spending_over_budget', severity: 'warning', params: { over: 1.36, label: '“三公”经费' } },
    ]);
  });
});
