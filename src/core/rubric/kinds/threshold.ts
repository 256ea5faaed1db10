/** Threshold items (结转结余率, 公用经费控制率, “三公”经费, 固定资产利用率): full marks on the right side of a limit. */
import type { Evaluation } from '../../model';
import { ratioWan, round2 } from '../../money';
import { findItem, type KindEvaluator, num, result, trace } from '../context';
import { Overrun, type RubricNodeData } from '../schema';

/** Rates (in %) the engine can derive from the finance block, by input name. */
const DERIVED: Record<string, (e: Evaluation) => number | null> = {
  carryover_rate: (e) => {
    const f = e.finance;
    if (f.carryover != null && f.budget != null) {
      const r = ratioWan(f.carryover, f.budget);
      if (r !== null) return r * 100;
    }
    return f.carryoverRate ?? null;
  },
  three_public_rate: (e) => {
    const t = e.finance.threePublic;
    const r = t?.actual != null && t.budget != null ? ratioWan(t.actual, t.budget) : null;
    return r === null ? null : r * 100;
  },
  public_funds_rate: (e) => {
    const t = e.finance.publicFunds;
    const r = t?.actual != null && t.budget != null ? ratioWan(t.actual, t.budget) : null;
    return r === null ? null : r * 100;
  },
  fixed_asset_utilization: (e) => e.finance.fixedAssetUtilization ?? null,
};

export const THRESHOLD_INPUTS = Object.keys(DERIVED);

function lossPast(
  node: RubricNodeData,
  gap: number,
  value: number,
  threshold: number,
  atMost: boolean,
): number {
  const parsed = Overrun.safeParse(node.params?.over ?? node.params?.under ?? { mode: 'proportional' });
  const rule = parsed.success ? parsed.data : ({ mode: 'proportional' } as const);
  if (rule.mode === 'zero') return node.max;
  if (rule.mode === 'step') return Math.min(node.max, Math.ceil(gap / rule.per - 1e-9) * rule.deduct);
  const share = atMost ? (value === 0 ? 1 : threshold / value) : threshold === 0 ? 1 : value / threshold;
  return node.max * (1 - Math.max(0, Math.min(1, share)));
}

function makeThreshold(atMost: boolean): KindEvaluator {
  return (node, ctx, path) => {
    const threshold = num(node, 'threshold', atMost ? 100 : 0);
    const input = String(node.params?.input ?? '');
    const hit = findItem(ctx, node);
    const ipath = hit ? `management[${hit.index}]` : path;
    let value: number | null = hit?.item.value ?? null;
    let source = value === null ? null : 'item';
    if (value === null && DERIVED[input]) {
      value = DERIVED[input](ctx.evaluation);
      source = value === null ? null : 'finance';
    }
    if (value === null) {
      const awarded = hit?.item.score;
      if (awarded != null) {
        const s = Math.min(node.max, awarded);
        const t = [trace('threshold_from_score', ipath, { name: node.name, score: round2(s) }, node.max - s)];
        return result(node, path, s, { source: 'awarded', threshold }, t);
      }
      return result(node, path, null, { threshold }, [
        trace('threshold_missing', ipath, { name: node.name }),
      ]);
    }
    const gap = atMost ? value - threshold : threshold - value;
    const lost = gap > 1e-9 ? lossPast(node, gap, value, threshold, atMost) : 0;
    const score = node.max - lost;
    const inputs = { value, source, threshold, input };
    const code = atMost ? 'threshold_over' : 'threshold_under';
    const t =
      lost > 1e-9
        ? [trace(code, ipath, { name: node.name, value: round2(value), threshold, lost: round2(lost) }, lost)]
        : [];
    return result(node, path, score, inputs, t);
  };
}

export const scoreThresholdAtMost = makeThreshold(true);
export const scoreThresholdAtLeast = makeThreshold(false);
