import { describe, expect, it } from 'vitest';
import { DEFAULT_MONITORING_RULES } from '../../core/model/monitoring';
import { getMonitoringRules, listMonitoringRules } from './index';

describe('the monitoring rules of each region', () => {
  it('has Guangzhou’s: the issue’s checkpoints, 10 points of lag, a 90% forecast floor', () => {
    const gz = getMonitoringRules('广州');
    expect(getMonitoringRules('gz-monitoring')).toBe(gz);
    expect(getMonitoringRules(DEFAULT_MONITORING_RULES)).toBe(gz);
    expect(gz.execution?.checkpoints).toEqual([
      { date: '04-30', minShare: 25 },
      { date: '06-30', minShare: 40 },
      { date: '08-31', minShare: 60 },
      { date: '10-31', minShare: 80 },
    ]);
    expect(gz.indicatorLag?.maxPoints).toBe(10);
    expect(gz.forecast).toEqual({ minShare: 90, methods: ['year_start', 'last_two'] });
    expect(gz.note).toContain('待确认');
  });

  it('names the regions it has when asked for another', () => {
    expect(listMonitoringRules().map((r) => r.id)).toEqual(['gz-monitoring']);
    expect(() => getMonitoringRules('深圳')).toThrow(
      '没有「深圳」的监控预警规则（可用：广州（gz-monitoring））',
    );
  });
});
