import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getMonitoringRules } from '../../rubrics/monitoring';
import { MESSAGES, renderMessage } from '../messages';
import { Monitoring } from '../model/monitoring';
import { MONITORING_FIELDS } from '../model/monitoring-fields';
import { buildMonitoring, buildRules } from './_fixtures';
import { MONITOR_MESSAGES, monitor } from './index';

const example = Monitoring.parse(
  JSON.parse(
    readFileSync(new URL('../../../examples/monitoring/nanzhou-2023-0630.json', import.meta.url), 'utf8'),
  ),
);
const gz = getMonitoringRules('广州');

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
