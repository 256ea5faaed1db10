import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { runRule } from '../_context';
import { indicatorCountRule } from './indicator-count';

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `指标${i + 1}` }));

describe('indicator-count: 共设置三级绩效指标 N 个 against the rows', () => {
  it('seed 003: 21 announced, 21 listed', () => {
    expect(
      runRule(
        indicatorCountRule,
        buildEvaluation({ indicators: rows(21), reported: { indicatorCount: 21 } }),
      ),
    ).toEqual([]);
  });

  it('21 announced, 20 listed is an error', () => {
    expect(
      runRule(
        indicatorCountRule,
        buildEvaluation({ indicators: rows(20), reported: { indicatorCount: 21 } }),
      ),
    ).toMatchObject([{ code: 'indicator_count_mismatch', severity: 'error', expected: 20, found: 21 }]);
  });
});
