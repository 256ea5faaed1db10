/** Indicator progress against the share of the year elapsed, and indicators the department expects to miss. */
import type { MonitoredIndicator } from '../model/monitoring';
import { round2 } from '../money';
import { parseActual, safeParseTarget } from '../target/parse';
import type { MonitorContext, MonitorFinding } from './_context';
import { scaled } from './_exact';
import { formatMonthDay } from './dates';

export interface Progress {
  percent: number;
  from: 'stated' | 'computed';
}

/**
 * An indicator's 完成进度: as stated, or else its value to date ÷ a quantity target of the same unit that is not a
 * rate (`≧10个` and `4个` → 40%). A rate (`100%`) or an upper bound (`≤30万元`) says nothing about progress.
 */
export function indicatorProgress(ind: MonitoredIndicator): Progress | null {
  if (ind.progressPercent != null) return { percent: ind.progressPercent, from: 'stated' };
  if (!ind.target || !ind.progress) return null;
  const t = safeParseTarget(ind.target);
  if (!t.success || t.data.kind !== 'quantity' || t.data.embedded) return null;
  const target = t.data;
  const unit = target.unit ?? ind.unit ?? null;
  if (!['ge', 'gt', 'eq', 'bare'].includes(target.op) || unit === '%' || !(target.value > 0)) return null;
  const v = parseActual(ind.progress, unit);
  if (v?.kind !== 'quantity' || v.embedded || (v.unit ?? unit) !== unit) return null;
  return { percent: round2((v.value / target.value) * 100), from: 'computed' };
}

export function checkIndicators(ctx: MonitorContext): MonitorFinding[] {
  const { doc, elapsed } = ctx;
  const rule = ctx.rules.indicatorLag;
  const asOf = formatMonthDay(doc.asOf);
  return doc.indicators.flatMap((ind, i): MonitorFinding[] => {
    const out: MonitorFinding[] = [];
    const p = rule ? indicatorProgress(ind) : null;
    // elapsed% − progress > maxPoints, exactly: days × 100 − progress × of > maxPoints × of (scaled to integers).
    if (rule && p) {
      const lhs = BigInt(elapsed.days) * 100n * 1_000_000n - scaled(p.percent) * BigInt(elapsed.of);
      if (lhs > scaled(rule.maxPoints) * BigInt(elapsed.of)) {
        const share = round2(elapsed.percent);
        out.push({
          code: 'monitor_indicator_behind',
          severity: 'warning',
          section: '绩效目标',
          path: `indicators[${i}].${p.from === 'stated' ? 'progressPercent' : 'progress'}`,
          expected: share,
          found: p.percent,
          params: {
            name: ind.name,
            asOf,
            progress: p.percent,
            from: p.from,
            value: ind.progress ?? null,
            target: ind.target ?? null,
            elapsed: share,
            lag: round2(elapsed.percent - p.percent),
            maxPoints: rule.maxPoints,
            reasonGiven: !!ind.deviationReason,
          },
        });
      }
    }
    if (ind.expectedMet === false)
      out.push({
        code: 'monitor_indicator_expected_unmet',
        severity: 'warning',
        section: '绩效目标',
        path: `indicators[${i}].expectedMet`,
        expected: ind.target ?? null,
        found: ind.progress ?? null,
        params: { name: ind.name, target: ind.target ?? null, actionGiven: !!ind.correctiveAction },
      });
    return out;
  });
}
