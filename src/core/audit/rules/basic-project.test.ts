import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { runRule } from '../_context';
import { basicProjectRule } from './basic-project';

describe('basic-project: 基本 + 项目 against the executed total', () => {
  it('seed 001: 2824 + 4525 (whole 万元) against 7,348.59 is 尾差', () => {
    const e = buildEvaluation({ finance: { executed: 7348.59, basic: 2824, project: 4525 } });
    expect(runRule(basicProjectRule, e)).toMatchObject([
      { code: 'basic_project_rounding', severity: 'info' },
    ]);
  });

  it('passes when they add up', () => {
    const e = buildEvaluation({ finance: { executed: 43717.65, basic: 5171.26, project: 38546.39 } });
    expect(runRule(basicProjectRule, e)).toEqual([]);
  });

  it('a gap of 10 万元 is an error', () => {
    const e = buildEvaluation({ finance: { executed: 43727.66, basic: 5171.26, project: 38546.39 } });
    expect(runRule(basicProjectRule, e)).toMatchObject([
      { code: 'basic_project_mismatch', severity: 'error', expected: 43727.66, found: 43717.65 },
    ]);
  });
});
