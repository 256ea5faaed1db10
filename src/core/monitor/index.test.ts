import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getMonitoringRules } from '../../rubrics/monitoring';
import { MESSAGES, renderMessage } from '../messages';
import { Monitoring, type MonitoringInput } from '../model/monitoring';
import { MONITORING_FIELDS } from '../model/monitoring-fields';
import { buildMonitoring, buildRules } from './_fixtures';
import { daysInYear, MONITOR_MESSAGES, monitor } from './index';

const example = Monitoring.parse(
  JSON.parse(
    readFileSync(new URL('../../../examples/monitoring/nanzhou-2023-0630.json', import.meta.url), 'utf8'),
  ),
);
const gz = getMonitoringRules(example.rules);

describe('the 南洲 2023 6月30日 example (示例数据) under Guangzhou’s rules', () => {
  it('warns of 项目支出 behind the 40% checkpoint and of 出租屋综合税 behind the year, nothing else', () => {
    const found = monitor(example, gz);
    // 2,895.47 ÷ 8,272.78 = 35.00%; 30 June 2023 is 180 ÷ 364 = 49.45% of the year, 36% is 13.45 points behind.
    expect(found.map((f) => [f.code, f.path, f.expected, f.found])).toEqual([
      ['monitor_execution_behind', 'finance.lines[1].executed', 40, 35],
      ['monitor_indicator_behind', 'indicators[3].progressPercent', 49.45, 36],
    ]);
    expect(found.map((f) => MONITORING_FIELDS.fieldLabel(f.path))).toEqual([
      '预算执行情况第 2 行 截至本期执行数',
      '绩效指标第 4 行 完成进度',
    ]);
    expect(found.map((f) => renderMessage(f.code, f.params))).toEqual([
      '项目支出截至6月30日执行 2,895.47 万元，占全年预算 8,272.78 万元的 35.00%，低于6月30日检查点要求的 40.00%',
      '「出租屋综合税征收完成值」截至6月30日完成进度 36.00%，全年时间已过 49.45%，落后 13.45 个百分点，超过允许的 10 个百分点',
    ]);
  });

  it('forecasts from its monthly figures above the 90% floor: 10,326.67 × 364 ÷ 180 = 20,882.60 (90.26%)', () => {
    const stricter = buildRules({
      execution: undefined,
      indicatorLag: undefined,
      forecast: { minShare: 90.27, methods: ['year_start'] },
    });
    expect(monitor(example, stricter).map((f) => f.found)).toEqual([90.26]);
    expect(monitor(example, { ...stricter, forecast: { minShare: 90.26, methods: ['year_start'] } })).toEqual(
      [],
    );
  });

  it('points every warning at a field of the record, and has a sentence for every code', () => {
    const doc = buildMonitoring({
      finance: { budget: 100, executed: 1, monthly: [{ month: 1, executed: 1 }] },
      indicators: [{ name: '甲', progressPercent: 0, expectedMet: false }],
    });
    const found = monitor(doc, gz, { earlier: [buildMonitoring({ asOf: '2023-12-31' })] });
    expect(new Set(found.map((f) => f.code))).toEqual(new Set(Object.keys(MONITOR_MESSAGES)));
    expect(found.filter((f) => !MONITORING_FIELDS.fieldAt(f.path))).toEqual([]);
    for (const code of Object.keys(MONITOR_MESSAGES)) expect(MESSAGES[code]).toBe(MONITOR_MESSAGES[code]);
    expect(found.map((f) => renderMessage(f.code, f.params)).filter((m) => m.includes('undefined'))).toEqual(
      [],
    );
  });
});

/** Any record the schema accepts: amounts to the 分, dates of the year, indicators with targets as people write them. */
const amount = fc.option(
  fc.integer({ min: 0, max: 10_000_000_000_000 }).map((fen) => fen / 1_000_000),
  { nil: null },
);
const recordArb = fc
  .record({
    year: fc.integer({ min: 2000, max: 2100 }),
    day: fc.integer({ min: 0, max: 365 }),
    budget: amount,
    executed: amount,
    lines: fc.array(
      fc.record({
        name: fc.constantFrom('基本支出', '项目支出', '社工站'),
        kind: fc.constantFrom('basic', 'projects', 'project'),
        budget: amount,
        executed: amount,
      }),
      { maxLength: 4 },
    ),
    monthly: fc.uniqueArray(fc.record({ month: fc.integer({ min: 1, max: 12 }), executed: amount }), {
      selector: (m) => m.month,
      maxLength: 12,
    }),
    indicators: fc.array(
      fc.record({
        name: fc.constant('指标'),
        target: fc.constantFrom('100%', '≧10个', '1个', '≤30万元', '进一步提升', '', '0个'),
        progress: fc.constantFrom('6个', '98%', '0个', '有所提升', '10万元', ''),
        progressPercent: fc.option(fc.double({ min: -1000, max: 1000, noNaN: true }), { nil: null }),
        expectedMet: fc.option(fc.boolean(), { nil: null }),
      }),
      { maxLength: 4 },
    ),
  })
  .map(({ year, day, budget, executed, lines, monthly, indicators }): MonitoringInput => {
    const d = new Date(Date.UTC(year, 0, 1 + Math.min(day, daysInYear(year) - 1)));
    return {
      department: { name: '南洲街道' },
      year,
      asOf: d.toISOString().slice(0, 10),
      finance: { budget, executed, lines, monthly },
      indicators,
    };
  });

describe('monitor on any record', () => {
  it('never throws, points every warning at a field and writes every sentence whole', () => {
    fc.assert(
      fc.property(recordArb, fc.array(recordArb, { maxLength: 3 }), (input, earlier) => {
        const found = monitor(Monitoring.parse(input), gz, {
          earlier: earlier.map((e) => Monitoring.parse(e)),
        });
        for (const f of found) {
          expect(MONITORING_FIELDS.fieldAt(f.path)).not.toBeNull();
          expect(renderMessage(f.code, f.params)).not.toMatch(/undefined|NaN|Infinity/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
