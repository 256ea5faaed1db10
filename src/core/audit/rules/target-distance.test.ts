import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { runRule } from '../_context';
import { targetDistanceRule } from './target-distance';

describe('target-distance: targets far from the result', () => {
  it('seed 003: 134场 against ≥100场 is not far', () => {
    expect(
      runRule(
        targetDistanceRule,
        buildEvaluation({ indicators: [{ name: '开展讲座、活动次数', target: '≥100场', actual: '134场' }] }),
      ),
    ).toEqual([]);
  });

  it('seed 003: 11,476 against ≥28000人次 — 目标值设置偏高', () => {
    const e = buildEvaluation({
      indicators: [{ name: '居民使用场室人次', target: '≥28000人次', actual: '11,476人次' }],
    });
    expect(runRule(targetDistanceRule, e)).toMatchObject([
      {
        code: 'target_too_high',
        severity: 'warning',
        path: 'indicators[0].target',
        params: { ratio: 40.99 },
      },
    ]);
  });

  it('an actual of three times the target — 目标值设置偏低; the ratios are parameters', () => {
    const e = buildEvaluation({
      indicators: [{ name: '开展讲座、活动次数', target: '≥100场', actual: '300场' }],
    });
    expect(runRule(targetDistanceRule, e)).toMatchObject([{ code: 'target_too_low' }]);
    expect(runRule(targetDistanceRule, e, null, { farAboveRatio: 4 })).toEqual([]);
  });
});
