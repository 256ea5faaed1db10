import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { runRule } from '../_context';
import { indicatorStatusRule } from './indicator-status';

const row = (target: string, actual: string, status: string) => ({
  name: '重要节日慰问人次',
  target,
  actual,
  status,
});

describe('indicator-status: stated 完成情况 against the judged result', () => {
  it('seed 003: ≥500人次 / 208人次 / 未完成 and 5个 / 5个 / 已完成 agree', () => {
    const e = buildEvaluation({
      indicators: [
        row('≥500人次', '208人次', '未完成'),
        { name: '补偿村集体数量', target: '5个', actual: '5个', status: '已完成' },
      ],
    });
    expect(runRule(indicatorStatusRule, e)).toEqual([]);
  });

  it('已完成 for 208 of ≥500 is an error', () => {
    expect(
      runRule(indicatorStatusRule, buildEvaluation({ indicators: [row('≥500人次', '208人次', '已完成')] })),
    ).toMatchObject([
      {
        code: 'indicator_status_mismatch',
        severity: 'error',
        path: 'indicators[0].status',
        expected: '未完成',
        found: '已完成',
      },
    ]);
  });

  it('已完成 while the actual says 正在逐步解决 is a warning', () => {
    const e = buildEvaluation({
      indicators: [
        {
          name: '历史遗留问题解决率',
          target: '100%',
          actual: '历史遗留土地等问题正在逐步解决',
          status: '已完成',
        },
      ],
    });
    expect(runRule(indicatorStatusRule, e)).toMatchObject([
      { code: 'indicator_status_doubtful', severity: 'warning' },
    ]);
  });

  it('a status against a person’s judgement is an error', () => {
    const e = buildEvaluation({
      indicators: [
        { name: 'x', target: '合规', actual: '合规', status: '未完成', judgement: { result: 'met' } },
      ],
    });
    expect(runRule(indicatorStatusRule, e)).toMatchObject([
      { code: 'indicator_status_mismatch', params: { source: '人工评判' } },
    ]);
  });
});
