import { describe, expect, it } from 'vitest';
import { buildRules } from './_fixtures';
import { MonitoringRulesError, parseMonitoringRules, safeParseMonitoringRules } from './rules';

const problems = (data: unknown) => {
  const r = safeParseMonitoringRules(data, 'x.json');
  return r.success ? [] : r.error.problems;
};
const valid = { id: 'a', region: '广州', title: '规则' };

describe('monitoring warning rules as data', () => {
  it('reads the rules of the issue, each budget line checked unless told otherwise', () => {
    const r = buildRules();
    expect(r.execution?.checkpoints.map((c) => [c.date, c.minShare])).toEqual([
      ['04-30', 25],
      ['06-30', 40],
      ['08-31', 60],
      ['10-31', 80],
    ]);
    expect(r.execution?.lines).toBe(true);
    expect(parseMonitoringRules(valid, 'x.json').forecast).toBeUndefined();
  });

  it('refuses unknown keys, naming their paths', () => {
    expect(problems({ ...valid, forcast: {} })).toEqual(['x.json: forcast: 未知字段']);
    expect(problems({ ...valid, indicatorLag: { maxPoints: 10, points: 5 } })).toEqual([
      'x.json: indicatorLag.points: 未知字段',
    ]);
  });

  it.each([
    [
      { date: '6-30', minShare: 40 },
      'x.json: execution.checkpoints[0].date: 检查日期应写作 MM-DD（如 06-30）',
    ],
    [{ date: '06-31', minShare: 40 }, 'x.json: execution.checkpoints[0].date: 检查日期不存在'],
    [{ date: '06-30', minShare: 140 }, 'x.json: execution.checkpoints[0].minShare: 不能大于 100'],
    [{ date: '06-30', minShare: 40.125 }, 'x.json: execution.checkpoints[0].minShare: 比例最多 2 位小数'],
  ])('refuses the checkpoint %j', (cp, message) => {
    expect(problems({ ...valid, execution: { checkpoints: [cp] } })).toEqual([message]);
  });

  it('takes 02-29 as a checkpoint date and 40.05 as a share', () => {
    expect(problems({ ...valid, execution: { checkpoints: [{ date: '02-29', minShare: 40.05 }] } })).toEqual(
      [],
    );
  });

  it('wants checkpoints in date order, once each, and a known forecast method', () => {
    const cps = [
      { date: '06-30', minShare: 40 },
      { date: '04-30', minShare: 25 },
    ];
    expect(problems({ ...valid, execution: { checkpoints: cps } })).toEqual([
      'x.json: execution.checkpoints: 检查日期应按先后排列且不重复',
    ]);
    expect(problems({ ...valid, forecast: { minShare: 90, methods: ['quadratic'] } })).toHaveLength(1);
  });

  it('throws the problems at once from the throwing form', () => {
    expect(() => parseMonitoringRules({ id: '', region: '广州' }, 'y.json')).toThrow(MonitoringRulesError);
    expect(() => parseMonitoringRules({ id: '', region: '广州' }, 'y.json')).toThrow(
      /监控预警规则无效（y\.json）/,
    );
  });
});
