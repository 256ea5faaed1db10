/** 产出 / 效益 indicator completion: the node's points spread over the selected indicators and earned by completion. */
import type { Indicator } from '../../model';
import { round2 } from '../../money';
import type { Judged } from '../../target/judge';
import { levelKey } from '../../text';
import { type KindEvaluator, result, trace } from '../context';
import type { RubricNodeData } from '../schema';
import type { TraceRecord } from '../types';

/** One indicator's part of a node: `index` into `evaluation.indicators`. */
export interface IndicatorShare {
  index: number;
  weight: number;
  earned: number | null;
}

interface Params {
  select: string[];
  keys: Set<string>;
  weighting: 'equal' | 'points';
  unmet: 'proportional' | 'zero';
  tiers: { met: number; partly_met: number; not_met: number };
}

const PARAMS = new WeakMap<RubricNodeData, Params>();

/** A node's parameters, read once per rubric node (rubrics are immutable once loaded). */
function paramsOf(node: RubricNodeData): Params {
  let p = PARAMS.get(node);
  if (!p) {
    p = readParams(node);
    PARAMS.set(node, p);
  }
  return p;
}

function readParams(node: RubricNodeData): Params {
  const p = node.params ?? {};
  const tiers = (p.tiers ?? {}) as Partial<Params['tiers']>;
  const select = Array.isArray(p.select) ? (p.select as string[]) : [node.name];
  return {
    select,
    keys: new Set(select.map(levelKey)),
    weighting: p.weighting === 'points' ? 'points' : 'equal',
    unmet: p.unmet === 'zero' ? 'zero' : 'proportional',
    tiers: { met: tiers.met ?? 1, partly_met: tiers.partly_met ?? 0.7, not_met: tiers.not_met ?? 0.3 },
  };
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

export const scoreIndicatorCompletion: KindEvaluator = (node, ctx, path) => {
  const p = paramsOf(node);
  const keys = p.keys;
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
  if (pending > 0) return result(node, path, null, inputs, traces, score > 0 ? 'partial' : 'missing');
  return result(node, path, score, inputs, traces);
};
