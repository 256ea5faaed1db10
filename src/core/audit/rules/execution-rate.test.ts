import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { runRule } from '../_context';
import { executionRateRule } from './execution-rate';

describe('execution-rate: 执行率 against 执行数 ÷ 预算数', () => {
  it('seed 004: 23,033.06 ÷ 23,135.18 is the stated 99.56%', () => {
    const e = buildEvaluation({
      finance: { budget: 23135.18, executed: 23033.06 },
      reported: { executionRate: 99.56 },
    });
    expect(runRule(executionRateRule, e)).toEqual([]);
  });

  it('a stated 99.65% for the same amounts is an error', () => {
    const e = buildEvaluation({
      finance: { budget: 23135.18, executed: 23033.06 },
      reported: { executionRate: 99.65 },
    });
    expect(runRule(executionRateRule, e)).toMatchObject([
      {
        code: 'execution_rate_mismatch',
        severity: 'error',
        path: 'reported.executionRate',
        expected: 99.56,
        found: 99.65,
      },
    ]);
  });

  it('seed 001: the narrative 96% against the stated 95.74% is info only', () => {
    const e = buildEvaluation({
      finance: { budget: 7676, executed: 7348.59 },
      reported: { executionRate: 95.74, narrativeExecutionRate: 96 },
    });
    const f = runRule(executionRateRule, e);
    expect(f).toMatchObject([
      { code: 'execution_rate_rounded', severity: 'info', expected: 95.74, found: 96 },
    ]);
  });

  it('a narrative 97% is an error', () => {
    const e = buildEvaluation({
      finance: { budget: 7676, executed: 7348.59 },
      reported: { narrativeExecutionRate: 97 },
    });
    expect(runRule(executionRateRule, e)).toMatchObject([
      { code: 'execution_rate_mismatch', severity: 'error' },
    ]);
  });

  it('seed 002: with no amounts the stated rate is checked against the finance input (95 = 95)', () => {
    expect(
      runRule(
        executionRateRule,
        buildEvaluation({ finance: { executionRate: 95 }, reported: { executionRate: 95 } }),
      ),
    ).toEqual([]);
    expect(
      runRule(
        executionRateRule,
        buildEvaluation({ finance: { executionRate: 95 }, reported: { executionRate: 59 } }),
      ),
    ).toMatchObject([{ code: 'execution_rate_mismatch' }]);
  });

  it('projects: seed 003 809.28 of 809.28 is 100%; 90% is an error', () => {
    const p = (executionRate: number) =>
      buildEvaluation({
        projects: [{ name: '长者长寿保健金项目', budget: 809.28, executed: 809.28, executionRate }],
      });
    expect(runRule(executionRateRule, p(100))).toEqual([]);
    expect(runRule(executionRateRule, p(90))).toMatchObject([
      { code: 'execution_rate_mismatch', path: 'projects[0].executionRate', section: '项目' },
    ]);
  });
});
