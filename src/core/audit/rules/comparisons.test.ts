import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { runRule } from '../_context';
import { comparisonsRule } from './comparisons';

const threePublic = (over: Record<string, number> = {}) =>
  buildEvaluation({
    finance: {
      threePublic: { budget: 28.54, actual: 27.9 },
      comparisons: [
        {
          subject: '“三公”经费',
          base: '年初预算',
          current: 27.9,
          baseValue: 28.54,
          change: -0.64,
          changePct: -2.24,
          ...over,
        },
      ],
    },
  });

describe('comparisons: current − base = change, change ÷ base = changePct', () => {
  it('seed 004: 27.90 vs 28.54 is −0.64, −2.24%, and agrees with the 三公 figures', () => {
    expect(runRule(comparisonsRule, threePublic())).toEqual([]);
  });

  it('a wrong change and a wrong percentage are errors', () => {
    expect(runRule(comparisonsRule, threePublic({ change: -0.46 }))).toMatchObject([
      {
        code: 'comparison_change_mismatch',
        severity: 'error',
        path: 'finance.comparisons[0].change',
        expected: -0.64,
        found: -0.46,
      },
    ]);
    expect(runRule(comparisonsRule, threePublic({ changePct: -2.42 }))).toMatchObject([
      { code: 'comparison_pct_mismatch', severity: 'error', expected: -2.24, found: -2.42 },
    ]);
  });

  it('a current figure that differs from the finance block is an error', () => {
    expect(
      runRule(comparisonsRule, threePublic({ current: 29.9, change: 1.36, changePct: 4.77 })),
    ).toMatchObject([
      {
        code: 'comparison_link_mismatch',
        path: 'finance.comparisons[0].current',
        expected: 27.9,
        found: 29.9,
      },
    ]);
  });

  it('seed 000: with no base stated, 收入 22,620.74 up 3,563.11 is +18.7% (base recovered as current − change)', () => {
    const e = (changePct: number) =>
      buildEvaluation({
        finance: {
          incomeTotal: { actual: 22620.74 },
          comparisons: [{ subject: '收入', base: '上年', current: 22620.74, change: 3563.11, changePct }],
        },
      });
    expect(runRule(comparisonsRule, e(18.7))).toEqual([]);
    expect(runRule(comparisonsRule, e(17.8))).toMatchObject([{ code: 'comparison_pct_mismatch' }]);
  });

  it('a percentage written to one decimal (−2.2 for −2.24) is info', () => {
    expect(runRule(comparisonsRule, threePublic({ changePct: -2.2 }))).toMatchObject([
      { code: 'comparison_pct_rounding', severity: 'info' },
    ]);
  });
});
