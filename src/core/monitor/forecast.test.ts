import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages';
import type { MonitoringInput } from '../model/monitoring';
import { buildMonitoring, buildRules } from './_fixtures';
import { yearElapsed } from './dates';
import { checkForecast, trendPoints } from './forecast';
import './messages';

const rules = buildRules({ execution: undefined, indicatorLag: undefined });
const ctxOf = (over: Partial<MonitoringInput>, earlier: Partial<MonitoringInput>[] = []) => {
  const doc = buildMonitoring(over);
  return { doc, rules, elapsed: yearElapsed(doc.asOf), earlier: earlier.map((e) => buildMonitoring(e)) };
};
const run = (over: Partial<MonitoringInput>, earlier: Partial<MonitoringInput>[] = []) =>
  checkForecast(ctxOf(over, earlier));
const say = (fs: ReturnType<typeof run>) => fs.map((f) => renderMessage(f.code, f.params));

describe('the year-end execution forecast', () => {
  it('forecasts nothing from one figure alone, however slow', () => {
    expect(run({ finance: { budget: 1000, executed: 10 } })).toEqual([]);
  });

  it('warns by both methods from the monthly figures, naming each and what it is measured against', () => {
    const found = run({ finance: { budget: 1000, executed: 400, monthly: [{ month: 5, executed: 380 }] } });
    expect(found.map((f) => [f.code, f.path, f.expected, f.found, f.params.method])).toEqual([
      ['monitor_forecast_low', 'finance.executed', 90, 80.89, 'year_start'],
      ['monitor_forecast_low', 'finance.executed', 90, 52.27, 'last_two'],
    ]);
    // 400 × 364 ÷ 180 = 808.89; 400 + (400 − 380) × (364 − 180) ÷ (180 − 150) = 522.67.
    expect(say(found)).toEqual([
      '按年初至今的平均进度（1月1日至6月30日）推算，年末执行数约 808.89 万元，占全年预算 1,000.00 万元的 80.89%，低于 90.00%',
      '按最近两期的变化（5月31日至6月30日）推算，年末执行数约 522.67 万元，占全年预算 1,000.00 万元的 52.27%，低于 90.00%',
    ]);
  });

  it('passes a pace that reaches the floor: exactly 90% by the year’s average, from 2 July (half the year)', () => {
    const at = (executed: number) =>
      run({ asOf: '2023-07-02', finance: { budget: 1000, executed, monthly: [{ month: 1, executed: 50 }] } });
    expect(at(450)).toEqual([]);
    const below = at(449.99);
    expect(below.map((f) => f.params.method)).toEqual(['year_start']);
    expect(below[0]!.found).toBe(90);
  });

  it('reads earlier records of the year, and names those it cannot use', () => {
    const dept = { department: { name: '南洲街道' } };
    const found = run({ finance: { budget: 1000, executed: 400 } }, [
      { ...dept, asOf: '2023-03-31', finance: { executed: 300 } },
      { department: { name: '新华街道' }, asOf: '2023-04-30', finance: { executed: 1 } },
      { ...dept, year: 2022, asOf: '2022-09-30', finance: { executed: 1 } },
      { ...dept, asOf: '2023-09-30', finance: { executed: 900 } },
      { ...dept, asOf: '2023-05-31' },
    ]);
    expect(found.filter((f) => f.severity === 'warning').map((f) => [f.params.basis, f.found])).toEqual([
      ['1月1日至6月30日', 80.89],
      // 400 + 100 × 184 ÷ 91 = 602.20
      ['3月31日至6月30日', 60.22],
    ]);
    expect(say(found.filter((f) => f.severity === 'info'))).toEqual([
      '4月30日的监控记录未用于趋势推算：部门不同（新华街道）',
      '2022年9月30日的监控记录未用于趋势推算：年度不同（2022 年）',
      '9月30日的监控记录未用于趋势推算：不早于本期',
      '5月31日的监控记录未用于趋势推算：未填写截至当期执行数',
    ]);
  });

  it('takes one figure per date: the record’s own over its monthly figure over an earlier record', () => {
    const ctx = ctxOf(
      {
        finance: {
          budget: 1000,
          executed: 400,
          monthly: [
            { month: 6, executed: 390 },
            { month: 3, executed: 250 },
            { month: 7, executed: 500 },
          ],
        },
      },
      [{ asOf: '2023-03-31', finance: { executed: 240 } }],
    );
    const { points, notes } = trendPoints(ctx);
    expect(points.map((p) => [p.date, p.t, p.fen])).toEqual([
      ['2023-03-31', 89, 250_000_000],
      ['2023-06-30', 180, 400_000_000],
    ]);
    expect(say(notes)).toEqual(['7月末的月度执行数未用于趋势推算：晚于本期监控时点']);
  });

  it('stands a monthly figure on the month’s last day: February’s on 29 February in 2024, one point with a record of that day', () => {
    const feb = { month: 2, executed: 100 };
    expect(
      trendPoints(ctxOf({ year: 2024, asOf: '2024-02-29', finance: { monthly: [feb] } })).points,
    ).toEqual([{ date: '2024-02-29', t: 59, fen: 100_000_000 }]);
    expect(
      run({ year: 2024, asOf: '2024-02-29', finance: { budget: 1000, executed: 100, monthly: [feb] } }),
    ).toEqual([]);
    const twoPoints = run({
      year: 2024,
      asOf: '2024-03-31',
      finance: { budget: 1000, executed: 150, monthly: [feb] },
    });
    // 150 × 365 ÷ 90 = 608.33; 150 + 50 × (365 − 90) ÷ 31 = 593.55.
    expect(twoPoints.map((f) => f.found)).toEqual([60.83, 59.35]);
  });
});
