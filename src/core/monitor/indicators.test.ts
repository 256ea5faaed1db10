import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages';
import type { MonitoredIndicator } from '../model/monitoring';
import { buildMonitoring, buildRules } from './_fixtures';
import { yearElapsed } from './dates';
import { checkIndicators, indicatorProgress } from './indicators';
import './messages';

const rules = buildRules();
const run = (asOf: string, indicators: Partial<MonitoredIndicator>[]) => {
  const doc = buildMonitoring({
    year: Number(asOf.slice(0, 4)),
    asOf,
    indicators: indicators.map((i) => ({ name: '出租屋综合税征收完成值', ...i })),
  });
  return checkIndicators({ doc, rules, elapsed: yearElapsed(asOf), earlier: [] });
};

describe('an indicator’s progress', () => {
  it.each([
    [
      { progressPercent: 36, progress: '756 万元' },
      { percent: 36, from: 'stated' },
    ],
    [
      { target: '≧10个', progress: '6个' },
      { percent: 60, from: 'computed' },
    ],
    [
      { target: '10', unit: '个', progress: '4' },
      { percent: 40, from: 'computed' },
    ],
    [
      { target: '≥3场', progress: '1场' },
      { percent: 33.33, from: 'computed' },
    ],
    [{ target: '100%', progress: '98%' }, null],
    [{ target: '≤30万元', progress: '10万元' }, null],
    [{ target: '进一步提升', progress: '有所提升' }, null],
    [{ target: '≥10个', progress: '6人' }, null],
    [{ target: '≥10个' }, null],
  ])('%j → %j', (ind, expected) => {
    expect(indicatorProgress({ name: 'x', ...ind } as MonitoredIndicator)).toEqual(expected);
  });
});

describe('indicator progress against the share of the year elapsed', () => {
  it('warns 13.45 points behind on 30 June 2023 (49.45% of the year), measured against the year elapsed', () => {
    const [w] = run('2023-06-30', [{ target: '100%', progressPercent: 36 }]);
    expect(w).toMatchObject({
      code: 'monitor_indicator_behind',
      path: 'indicators[0].progressPercent',
      expected: 49.45,
      found: 36,
      params: { lag: 13.45, maxPoints: 10, reasonGiven: false },
    });
    expect(renderMessage(w!.code, w!.params)).toBe(
      '「出租屋综合税征收完成值」截至6月30日完成进度 36.00%，全年时间已过 49.45%，落后 13.45 个百分点，超过允许的 10 个百分点；未说明偏差原因',
    );
  });

  it('passes 10 points behind exactly, and warns a hair beyond (2 July 2023 is exactly half the year)', () => {
    expect(yearElapsed('2023-07-02').percent).toBe(50);
    expect(run('2023-07-02', [{ progressPercent: 40 }])).toEqual([]);
    expect(run('2023-07-02', [{ progressPercent: 39.99 }])).toHaveLength(1);
    expect(run('2023-07-02', [{ progressPercent: 39.999999 }])).toHaveLength(1);
  });

  it('counts 29 February: day 59 of 365 in 2024, and 1 March is a day later in a leap year', () => {
    // 29 February 2024: 59 ÷ 365 = 16.164…% of the year; 10 points behind is 6.164…%.
    expect(run('2024-02-29', [{ progressPercent: 6.17 }])).toEqual([]);
    expect(run('2024-02-29', [{ progressPercent: 6.16 }])).toHaveLength(1);
    // 1 March: 59 ÷ 364 = 16.21% in 2023, 60 ÷ 365 = 16.44% in 2024.
    expect(run('2023-03-01', [{ progressPercent: 6.3 }])).toEqual([]);
    expect(run('2024-03-01', [{ progressPercent: 6.3 }])[0]).toMatchObject({
      expected: 16.44,
      params: { lag: 10.14 },
    });
  });

  it('reads progress computed from a count target and names the figures', () => {
    const [w] = run('2023-09-30', [
      { name: '开展城乡社区活动的村居个数', target: '≧10个', progress: '5个', deviationReason: '台风' },
    ]);
    expect(w).toMatchObject({ path: 'indicators[0].progress', found: 50 });
    expect(renderMessage(w!.code, w!.params)).toBe(
      '「开展城乡社区活动的村居个数」截至9月30日完成进度 50.00%（5个 ÷ 目标 ≧10个），全年时间已过 74.73%，落后 24.73 个百分点，超过允许的 10 个百分点',
    );
  });

  it('says nothing of an indicator whose progress cannot be read', () => {
    expect(run('2023-12-31', [{ target: '100%', progress: '98%' }, { target: '进一步提升' }])).toEqual([]);
  });

  it('warns when the department expects to miss the year’s target, and whether it says how it will correct', () => {
    const found = run('2023-06-30', [
      { target: '1个', expectedMet: false },
      { target: '1个', expectedMet: false, correctiveAction: '8 月底前完成采购' },
      { target: '1个', expectedMet: true },
    ]);
    expect(found.map((f) => [f.code, f.path])).toEqual([
      ['monitor_indicator_expected_unmet', 'indicators[0].expectedMet'],
      ['monitor_indicator_expected_unmet', 'indicators[1].expectedMet'],
    ]);
    expect(found.map((f) => renderMessage(f.code, f.params))).toEqual([
      '「出租屋综合税征收完成值」预计不能完成年度目标（1个）；未填写纠偏措施',
      '「出租屋综合税征收完成值」预计不能完成年度目标（1个）',
    ]);
  });

  it('checks no lag when the rules have none', () => {
    const doc = buildMonitoring({ indicators: [{ name: '甲', progressPercent: 0 }] });
    const none = buildRules({ indicatorLag: undefined });
    expect(checkIndicators({ doc, rules: none, elapsed: yearElapsed(doc.asOf), earlier: [] })).toEqual([]);
  });
});
