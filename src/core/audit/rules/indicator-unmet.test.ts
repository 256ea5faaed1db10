import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { runRule } from '../_context';
import { indicatorUnmetRule } from './indicator-unmet';

const unmet = { name: '重要节日慰问人次', target: '≥500人次', actual: '208人次', status: '未完成' };

describe('indicator-unmet: every unmet indicator named, with or without its reason', () => {
  it('a met indicator gives nothing', () => {
    expect(
      runRule(
        indicatorUnmetRule,
        buildEvaluation({
          indicators: [{ name: '补偿企业数量', target: '2家', actual: '2家', status: '已完成' }],
        }),
      ),
    ).toEqual([]);
  });

  it('seed 003: unmet without a deviation reason is a warning', () => {
    expect(runRule(indicatorUnmetRule, buildEvaluation({ indicators: [unmet] }))).toMatchObject([
      {
        code: 'unmet_indicator_no_reason',
        severity: 'warning',
        path: 'indicators[0].deviationReason',
        params: { name: '重要节日慰问人次' },
      },
    ]);
  });

  it('with a reason it is info; explained in 存在问题 it is info too (seed 003: 居民使用场室人次)', () => {
    expect(
      runRule(
        indicatorUnmetRule,
        buildEvaluation({ indicators: [{ ...unmet, deviationReason: '受疫情影响' }] }),
      ),
    ).toMatchObject([{ code: 'unmet_indicator', severity: 'info' }]);
    const e = buildEvaluation({
      indicators: [
        { name: '居民使用场室人次', target: '≥28000人次', actual: '11,476人次', status: '未完成' },
      ],
      problems: [
        '存在个别目标值设置偏高或偏低的情况。如参居民使用场室人次，指标值过高，2022年因疫情原因难以达到。',
      ],
    });
    expect(runRule(indicatorUnmetRule, e)).toMatchObject([
      { code: 'unmet_indicator_explained_elsewhere', params: { where: '存在问题' } },
    ]);
  });
});
