/** The monitoring warning rules of every region, validated when loaded, looked up by id or region. */
import { type MonitoringRules, MonitoringRulesError, parseMonitoringRules } from '../../core/monitor/rules';
import guangzhou from './guangzhou.json' with { type: 'json' };

const ALL: readonly MonitoringRules[] = [
  parseMonitoringRules(guangzhou, 'src/rubrics/monitoring/guangzhou.json'),
];

export function listMonitoringRules(): readonly MonitoringRules[] {
  return ALL;
}

/**
 * The rules of a region (广州) or with an id (gz-monitoring); throws when there are none.
 * @example getMonitoringRules('广州').execution?.checkpoints.length // 4
 */
export function getMonitoringRules(regionOrId: string): MonitoringRules {
  const r = ALL.find((x) => x.region === regionOrId || x.id === regionOrId);
  if (!r)
    throw new MonitoringRulesError('src/rubrics/monitoring', [
      `没有「${regionOrId}」的监控预警规则（可用：${ALL.map((x) => `${x.region}（${x.id}）`).join('、')}）`,
    ]);
  return r;
}
