/** Each indicator's share of its node's points and what it earned, read from the score tree. */
import type { Evaluation } from '../../core/model';
import type { ScoreNode, ScoreResult } from '../../core/rubric';
import type { IndicatorShare } from '../../core/rubric/kinds/indicator-completion';

export interface Share {
  /** Points the indicator carries; null when no rubric node scores it. */
  weight: number | null;
  /** Points earned; null while a person still has to judge it. */
  earned: number | null;
}

function nodes(n: ScoreNode): ScoreNode[] {
  return [n, ...(n.children ?? []).flatMap(nodes)];
}

/** Weight and earned points per indicator, in the order of `e.indicators`, as the engine computed them. */
export function indicatorShares(e: Pick<Evaluation, 'indicators'>, score: ScoreResult | null): Share[] {
  const out: Share[] = e.indicators.map(() => ({ weight: null, earned: null }));
  if (!score) return out;
  for (const node of nodes(score.root)) {
    if (node.kind !== 'indicator_completion') continue;
    for (const s of (node.inputs.shares ?? []) as IndicatorShare[])
      out[s.index] = { weight: s.weight, earned: s.earned };
  }
  return out;
}
