/** 产出 / 效益 indicator completion: the node's points spread over the selected indicators and earned by completion. */
import { z } from 'zod';
import type { Indicator } from '../../model';
import { round2 } from '../../money';
import type { Judged } from '../../target/judge';
import { levelKey } from '../../text';
import { pointsPart } from '../_parts';
import { type KindEvaluator, result, trace } from '../context';
import type { NodeOf } from '../schema';
import type { PointsPart, TraceRecord } from '../types';

/** One indicator's part of a node: `index` into `evaluation.indicators`. */
export interface IndicatorShare {
  index: number;
  weight: number;
  earned: number | null;
}

const Factor = z.number().min(0).max(1);

export const IndicatorCompletionParams = z.strictObject({
  /** 一级指标 names whose indicators this node scores (产出指标; 效益指标 + 满意度指标). */
  select: z.array(z.string().min(1)).min(1),
  /** equal: the node's points shared equally; points: by each indicator's stated 分值 when every one has it. */
  weighting: z.enum(['equal', 'points']).default('equal'),
  /** A measured shortfall earns in proportion to completion, or nothing. */
  unmet: z.enum(['proportional', 'zero']).default('proportional'),
  /** Share earned by a verdict without a measurable completion (qualitative, or stated only). */
  tiers: z
    .strictObject({ met: Factor.default(1), partly_met: Factor.default(0.7), not_met: Factor.default(0.3) })
    .prefault({}),
  /**
   * Where the node's points go when the document has none of its indicators (a project without 满意度指标): the
   * name of a sibling node, which is then scored out of its own points and these. Without it, the node is missing.
   */
  whenNone: z.strictObject({ moveTo: z.string().min(1) }).optional(),
});
type Params = z.output<typeof IndicatorCompletionParams>;

const KEYS = new WeakMap<Params, ReadonlySet<string>>();

/**
 * The 一级指标 keys a node selects, computed once per rubric node (rubrics are immutable once loaded).
 * @example selectedLevels(gz.产出指标).has(levelKey('产出指标')) // true
 */
export function selectedLevels(node: NodeOf<'indicator_completion'>): ReadonlySet<string> {
  let keys = KEYS.get(node.params);
  if (!keys) {
    keys = new Set(node.params.select.map(levelKey));
    KEYS.set(node.params, keys);
  }
  return keys;
}

/** Whether an indicator row belongs to the node (by its 一级指标). */
export function selectsIndicator(
  node: NodeOf<'indicator_completion'>,
  ind: Pick<Indicator, 'level1'>,
): boolean {
  return !!ind.level1 && selectedLevels(node).has(levelKey(ind.level1));
}

/** Whether any indicator of the document belongs to the node. */
export function selectsAny(node: NodeOf<'indicator_completion'>, indicators: readonly Indicator[]): boolean {
  return indicators.some((ind) => selectsIndicator(node, ind));
}

/** Share of an indicator's points earned; null when a person must judge it first. */
function factorOf(j: Judged, p: Params): number | null {
  if (j.result === 'met') return 1;
  if (j.result === 'needs_judgement') return null;
  if (j.completion !== null && j.direction !== 'qualitative') {
    return p.unmet === 'zero' ? 0 : Math.max(0, Math.min(1, j.completion));
  }
  return p.tiers[j.result];
}

/** `实绩为` → `实绩`: the naming word of a figure without its verb. */
const word = (label: string) => label.replace(/了?(?:为|是|达到|达|:)$/, '') || label;

/** The figures an indicator was judged from, as message params: target, actual, completion, the prose's pair. */
function figureParams(ind: Indicator, f: Judged): TraceRecord['params'] {
  const a = f.actual?.kind === 'quantity' ? f.actual : null;
  const pair = a?.pair;
  return {
    name: ind.name,
    target: ind.adjustedTarget || ind.target || '',
    actual: a?.embedded ? `${round2(a.value)}${a.unit ?? ''}` : (ind.actual ?? ''),
    completion: f.completion === null ? null : round2(f.completion * 100),
    ...(pair
      ? {
          pairTarget: pair.target.value,
          pairActual: pair.actual.value,
          pairUnit: pair.actual.unit,
          pairTargetLabel: word(pair.target.label),
          pairActualLabel: word(pair.actual.label),
        }
      : {}),
  };
}

/**
 * Where an indicator's earned share comes from. Figures that give the same points as a typed verdict make the
 * points computed (the verdict only agrees with them); a verdict that differs, a typed score, a stated status or a
 * qualitative claim make them entered.
 */
function shareOrigin(
  ind: Indicator,
  index: number,
  j: Judged,
  f: Judged,
  w: number,
  earned: number,
  p: Params,
): PointsPart {
  const ipath = `indicators[${index}]`;
  const jd = ind.judgement;
  const by = jd?.by ?? null;
  const base = { name: ind.name, weight: round2(w), reason: jd?.reason ?? '' };
  if (jd?.score != null)
    return pointsPart('entered', earned, 'origin_indicator_score', `${ipath}.judgement`, base, by);
  if (jd?.deduction != null)
    return pointsPart(
      'entered',
      earned,
      'origin_indicator_deduction',
      `${ipath}.judgement`,
      { ...base, deduction: jd.deduction },
      by,
    );
  if (j.source === 'judgement') {
    const byFigures = f.source === 'computed' ? w * (factorOf(f, p) ?? 0) : null;
    if (byFigures !== null && Math.abs(byFigures - earned) <= 1e-9)
      return pointsPart('computed', earned, 'origin_indicator_figures', ipath, {
        ...figureParams(ind, f),
        agrees: j.result,
      });
    const contradicts = byFigures !== null;
    return pointsPart(
      'entered',
      earned,
      'origin_indicator_verdict',
      `${ipath}.judgement`,
      {
        ...base,
        result: j.result,
        figures: contradicts ? f.result : null,
        completion: contradicts && f.completion !== null ? round2(f.completion * 100) : null,
      },
      by,
    );
  }
  if (j.source === 'computed')
    return pointsPart('computed', earned, 'origin_indicator_figures', ipath, figureParams(ind, j));
  if (j.source === 'reported')
    return pointsPart('entered', earned, 'origin_indicator_status', `${ipath}.status`, {
      name: ind.name,
      status: ind.status ?? '',
    });
  return pointsPart('entered', earned, 'origin_indicator_claimed', `${ipath}.actual`, { name: ind.name });
}

export const scoreIndicatorCompletion: KindEvaluator<'indicator_completion'> = (node, ctx, path) => {
  const p = node.params;
  const keys = selectedLevels(node);
  const picked: Array<{ ind: Indicator; j: Judged; index: number }> = [];
  const all = ctx.evaluation.indicators;
  for (let index = 0; index < all.length; index++) {
    const ind = all[index]!;
    if (ind.level1 && keys.has(levelKey(ind.level1))) picked.push({ ind, j: ctx.judged[index]!, index });
  }
  if (picked.length === 0) {
    return result(node, path, null, { count: 0 }, [
      trace('no_indicators', path, { name: node.name, select: p.select.join('、') }),
    ]);
  }
  const usePoints = p.weighting === 'points' && picked.every((x) => x.ind.points != null);
  const pointSum = usePoints ? picked.reduce((s, x) => s + (x.ind.points ?? 0), 0) : 0;

  const traces: TraceRecord[] = [];
  let score = 0;
  let pending = 0;
  /** Each picked indicator's points and what it earned (null while awaiting a person), for reports and the UI. */
  const shares: IndicatorShare[] = [];
  const parts: PointsPart[] = [];
  const counts = { met: 0, partly_met: 0, not_met: 0, needs_judgement: 0 };
  for (const { ind, j, index } of picked) {
    counts[j.result]++;
    const w =
      usePoints && pointSum > 0 ? ((ind.points ?? 0) * node.max) / pointSum : node.max / picked.length;
    const ipath = `indicators[${index}]`;
    const jd = ind.judgement;
    let earned: number | null;
    if (jd?.score != null) earned = Math.min(w, jd.score);
    else if (jd?.deduction != null) earned = Math.max(0, w - jd.deduction);
    else {
      const f = factorOf(j, p);
      earned = f === null ? null : w * f;
    }
    shares.push({ index, weight: w, earned });
    if (earned === null) {
      pending++;
      traces.push(
        trace('indicator_needs_judgement', ipath, { name: ind.name, why: j.code, weight: round2(w) }),
      );
      continue;
    }
    score += earned;
    parts.push(shareOrigin(ind, index, j, ctx.figures[index]!, w, earned, p));
    const lost = w - earned;
    if (lost > 1e-9) {
      const base = { name: ind.name, target: ind.target ?? '', actual: ind.actual ?? '', lost: round2(lost) };
      if (jd?.score != null || jd?.deduction != null) {
        traces.push(
          trace('indicator_judged_deduction', ipath, Object.assign(base, { reason: jd.reason ?? '' }), lost),
        );
      } else if (j.completion !== null && j.direction !== 'qualitative') {
        traces.push(
          trace(
            'indicator_unmet',
            ipath,
            Object.assign(base, { completion: round2(j.completion * 100) }),
            lost,
          ),
        );
      } else {
        traces.push(
          trace(
            'indicator_unmet_tier',
            ipath,
            Object.assign(base, { result: j.result, factor: round2((earned / w) * 100) }),
            lost,
          ),
        );
      }
    }
  }
  const inputs = Object.assign(
    { count: picked.length, weighting: usePoints ? 'points' : 'equal', computed: score, shares },
    counts,
  );
  if (pending > 0) return result(node, path, null, inputs, traces, parts, score > 0 ? 'partial' : 'missing');
  return result(node, path, score, inputs, traces, parts);
};
