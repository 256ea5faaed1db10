/** Test builders for monitoring records and rules (used by the tests beside this file only). */
import { Monitoring, type MonitoringInput } from '../model/monitoring';
import { type MonitoringRules, parseMonitoringRules } from './rules';

/** A record of 南洲 2023 with no lines or indicators unless given. */
export function buildMonitoring(over: Partial<MonitoringInput> = {}): Monitoring {
  return Monitoring.parse({ department: { name: '南洲街道' }, year: 2023, asOf: '2023-06-30', ...over });
}

/** Rules with the values (25/40/60/80 at the ends of April, June, August, October; 10 points; 90%). */
export function buildRules(over: Partial<Record<keyof MonitoringRules, unknown>> = {}): MonitoringRules {
  return parseMonitoringRules(
    {
      id: 'test',
      region: '测试',
      title: '测试规则',
      execution: {
        checkpoints: [
          { date: '04-30', minShare: 25 },
          { date: '06-30', minShare: 40 },
          { date: '08-31', minShare: 60 },
          { date: '10-31', minShare: 80 },
        ],
      },
      indicatorLag: { maxPoints: 10 },
      forecast: { minShare: 90, methods: ['year_start', 'last_two'] },
      ...over,
    },
    'test',
  );
}
