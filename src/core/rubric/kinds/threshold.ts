/** Threshold items (结转结余率, 公用经费控制率, “三公”经费, 固定资产利用率): full marks on the right side of a limit. */
import { z } from 'zod';
import { round2 } from '../../money';
import { pointsPart, rateParams } from '../_parts';
import { findNodeItem, type KindEvaluator, result, type ScoreContext, trace } from '../context';
import { type DerivedRate, deriveRate, ThresholdInput } from '../inputs';
import type { NodeOf } from '../schema';
import type { ScoreNode, TraceRecord } from '../types';

/** How points are lost past a threshold: per `per` percentage points, `deduct` points; in proportion; or all. */
export const Overrun = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('step'), per: z.number().positive(), deduct: z.number().positive() }),
  z.strictObject({ mode: z.literal('proportional') }),
  z.strictObject({ mode: z.literal('zero') }),
]);
export type Overrun = z.infer<typeof Overrun>;

const PROPORTIONAL: Overrun = { mode: 'proportional' };

const common = {
  /** The rate derived from the finance block when the item states no value; none: the item's value only. */
  input: ThresholdInput.optional(),
  /** The limit, in percent. */
  threshold: z.number(),
};

/** 结转结余率 ≤ 10%: points lost above the threshold (`over`). */
export const ThresholdAtMostParams = z.strictObject({ ...common, over: Overrun.default(PROPORTIONAL) });

/** 固定资产利用率 ≥ 90%: points lost below the threshold (`under`). */
export const ThresholdAtLeastParams = z.strictObject({ ...common, under: Overrun.default(PROPORTIONAL) });

type ThresholdNode = NodeOf<'threshold_at_most'> | NodeOf<'threshold_at_least'>;

function ruleOf(node: ThresholdNode): Overrun {
  return node.kind === 'threshold_at_most' ? node.params.over : node.params.under;
}

function lossPast(node: ThresholdNode, gap: number, value: number): number {
  const rule = ruleOf(node);
  const { threshold } = node.params;
  if (rule.mode === 'zero') return node.max;
  if (rule.mode === 'step') return Math.min(node.max, Math.ceil(gap / rule.per - 1e-9) * rule.deduct);
  const atMost = node.kind === 'threshold_at_most';
  const share = atMost ? (value === 0 ? 1 : threshold / value) : threshold === 0 ? 1 : value / threshold;
  return node.max * (1 - Math.max(0, Math.min(1, share)));
}

function scoreThreshold(node: ThresholdNode, ctx: ScoreContext, path: string): ScoreNode {
  const { threshold, input } = node.params;
  const atMost = node.kind === 'threshold_at_most';
  const hit = findNodeItem(ctx, node);
  const ipath = hit ? `management[${hit.index}]` : path;
  let value: number | null = hit?.item.value ?? null;
  let source = value === null ? null : 'item';
  let derived: DerivedRate | null = null;
  if (value === null && input) {
    derived = deriveRate(ctx.evaluation.finance, input);
    value = derived?.value ?? null;
    source = value === null ? null : 'finance';
  }
  if (value === null) {
    const awarded = hit?.item.score;
    if (awarded != null) {
      const s = Math.min(node.max, awarded);
      const t = [trace('threshold_from_score', ipath, { name: node.name, score: round2(s) }, node.max - s)];
      const reason = hit?.item.reason ?? '';
      return result(node, path, s, { source: 'awarded', threshold }, t, [
        pointsPart('entered', s, 'origin_threshold_awarded', `${ipath}.score`, { name: node.name, reason }),
      ]);
    }
    return result(node, path, null, { threshold }, [trace('threshold_missing', ipath, { name: node.name })]);
  }
  const gap = atMost ? value - threshold : threshold - value;
  const lost = gap > 1e-9 ? lossPast(node, gap, value) : 0;
  const score = node.max - lost;
  const inputs = { value, source, threshold, input: input ?? '' };
  const code = atMost ? 'threshold_over' : 'threshold_under';
  const t =
    lost > 1e-9
      ? [trace(code, ipath, { name: node.name, value: round2(value), threshold, lost: round2(lost) }, lost)]
      : [];
  const figures: TraceRecord['params'] = derived
    ? { ...rateParams(derived), label: node.name }
    : { from: 'item', label: node.name, rate: round2(value) };
  const at = derived ? derived.path : `${ipath}.value`;
  return result(node, path, score, inputs, t, [
    pointsPart('computed', score, 'origin_threshold', at, {
      ...figures,
      threshold,
      atMost,
      passed: gap <= 1e-9,
    }),
  ]);
}

export const scoreThresholdAtMost: KindEvaluator<'threshold_at_most'> = scoreThreshold;
export const scoreThresholdAtLeast: KindEvaluator<'threshold_at_least'> = scoreThreshold;
