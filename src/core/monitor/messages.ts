/** Chinese sentences for every monitoring warning, registered into the one message map. */
import { defineMessages } from '../messages';
import { formatWan } from '../money';

type P = Record<string, string | number | boolean | null | undefined>;

const wan = (v: unknown) => (typeof v === 'number' ? `${formatWan(v)} 万元` : '—');
const pct = (v: unknown) => (typeof v === 'number' ? `${v.toFixed(2)}%` : '—');
const reason = (p: P) => (p.reasonGiven === false ? '；未说明偏差原因' : '');

export const FORECAST_METHOD_LABEL: Record<string, string> = {
  year_start: '按年初至今的平均进度',
  last_two: '按最近两期的变化',
};

export const MONITOR_MESSAGES: Record<string, (p: P) => string> = {
  monitor_execution_behind: (p) =>
    `${p.label}截至${p.asOf}执行 ${wan(p.executed)}，占全年预算 ${wan(p.budget)}的 ${pct(p.share)}，` +
    `低于${p.checkpoint}检查点要求的 ${pct(p.minShare)}${reason(p)}`,
  monitor_indicator_behind: (p) =>
    `「${p.name}」截至${p.asOf}完成进度 ${pct(p.progress)}${p.from === 'computed' ? `（${p.value} ÷ 目标 ${p.target}）` : ''}，` +
    `全年时间已过 ${pct(p.elapsed)}，落后 ${Number(p.lag).toFixed(2)} 个百分点，超过允许的 ${p.maxPoints} 个百分点${reason(p)}`,
  monitor_indicator_expected_unmet: (p) =>
    `「${p.name}」预计不能完成年度目标（${p.target || '未填写目标值'}）${p.actionGiven ? '' : '；未填写纠偏措施'}`,
  monitor_forecast_low: (p) =>
    `${FORECAST_METHOD_LABEL[String(p.method)] ?? String(p.method)}（${p.basis}）推算，年末执行数约 ${wan(p.forecast)}，` +
    `占全年预算 ${wan(p.budget)}的 ${pct(p.share)}，低于 ${pct(p.minShare)}`,
  monitor_earlier_skipped: (p) => `${p.asOf}的${p.what}未用于趋势推算：${p.why}`,
};

defineMessages(MONITOR_MESSAGES);
