import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { runRule } from '../_context';
import { lowExecutionRule } from './low-execution';

describe('low-execution: 预算执行率 under 90%', () => {
  it('seed 004: 99.56% passes', () => {
    expect(
      runRule(lowExecutionRule, buildEvaluation({ finance: { budget: 23135.18, executed: 23033.06 } })),
    ).toEqual([]);
  });

  it('80% is a warning, and the bar is a parameter', () => {
    const e = buildEvaluation({ finance: { budget: 100, executed: 80 } });
    expect(runRule(lowExecutionRule, e)).toMatchObject([
      { code: 'execution_rate_low', severity: 'warning', found: 80, expected: 90 },
    ]);
    expect(runRule(lowExecutionRule, e, null, { lowExecutionRate: 75 })).toEqual([]);
  });

  it('a project under the bar is a warning of its own', () => {
    const e = buildEvaluation({ projects: [{ name: 'p', budget: 100, executed: 50 }] });
    expect(runRule(lowExecutionRule, e)).toMatchObject([{ path: 'projects[0].executed', section: '项目' }]);
  });
});
