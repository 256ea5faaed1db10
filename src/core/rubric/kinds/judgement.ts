/** Judgement items: points given by a person; a reason is required below the maximum. */
import { z } from 'zod';
import { round2 } from '../../money';
import { pointsPart } from '../_parts';
import { findNodeItem, type KindEvaluator, result, trace } from '../context';

/** A judgement node takes no parameters. */
export const JudgementParams = z.strictObject({});

export const scoreJudgement: KindEvaluator<'judgement'> = (node, ctx, path) => {
  const hit = findNodeItem(ctx, node);
  if (!hit) return result(node, path, null, {}, [trace('judgement_missing', path, { name: node.name })]);
  const { item, index } = hit;
  const ipath = `management[${index}]`;
  const deducted = item.deductions.reduce((s, d) => s + d.points, 0);
  let score: number | null = item.score ?? (item.deductions.length ? Math.max(0, node.max - deducted) : null);
  if (score === null)
    return result(node, path, null, {}, [trace('judgement_missing', ipath, { name: node.name })]);
  score = Math.min(node.max, score);
  const lost = node.max - score;
  const reasons = item.reason ? [item.reason] : [];
  for (const d of item.deductions) reasons.push(d.reason);
  const reason = reasons.join('；') || item.evidence || '';
  const t = [];
  if (lost > 1e-9) {
    const code = reason ? 'judgement_lost' : 'judgement_no_reason';
    t.push(
      trace(
        code,
        ipath,
        { name: node.name, score: round2(score), max: node.max, lost: round2(lost), reason },
        lost,
      ),
    );
  }
  const entered = pointsPart(
    'entered',
    score,
    'origin_judgement',
    item.score != null ? `${ipath}.score` : `${ipath}.deductions`,
    {
      name: node.name,
      max: node.max,
      reason: reasons.join('；'),
      evidence: item.evidence ?? '',
      lost: lost > 1e-9,
    },
  );
  return result(node, path, score, { awarded: item.score ?? null, deducted }, t, [entered]);
};
