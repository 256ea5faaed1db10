/** 年中运行监控: the warnings of a monitoring record under a region's rules (execution, indicator progress, forecast). */
import type { Monitoring } from '../model/monitoring';
import type { MonitorContext, MonitorFinding } from './_context';
import { yearElapsed } from './dates';
import { checkExecution } from './execution';
import { checkForecast } from './forecast';
import { checkIndicators } from './indicators';
import './messages';
import type { MonitoringRules } from './rules';

export type { MonitorFinding } from './_context';
export { checkpointDate, daysInYear, formatMonthDay, isLeapYear, yearElapsed } from './dates';
export { checkpointInForce } from './execution';
export { trendPoints } from './forecast';
export { indicatorProgress } from './indicators';
export { FORECAST_METHOD_LABEL, MONITOR_MESSAGES } from './messages';
export {
  FORECAST_METHODS,
  type ForecastMethod,
  MonitoringRules,
  MonitoringRulesError,
  parseMonitoringRules,
  safeParseMonitoringRules,
} from './rules';

export interface MonitorOptions {
  /** The department's other monitoring records of the year (and any others: those that do not fit are named). */
  earlier?: readonly Monitoring[];
}

/**
 * Every warning of a monitoring record: execution behind the checkpoint in force, indicators lagging the year, a
 * year-end forecast below the floor. Each is a finding whose sentence is in the message map.
 * @example monitor(record, getMonitoringRules('广州'), { earlier: [march] }).map(renderMessage…)
 */
export function monitor(
  doc: Monitoring,
  rules: MonitoringRules,
  options: MonitorOptions = {},
): MonitorFinding[] {
  const ctx: MonitorContext = { doc, rules, elapsed: yearElapsed(doc.asOf), earlier: options.earlier ?? [] };
  return [...checkExecution(ctx), ...checkIndicators(ctx), ...checkForecast(ctx)];
}
