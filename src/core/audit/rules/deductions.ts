/** Deductions need reasons, and the points they name must match the points the stated scores lost. */
import { round2 } from '../../money';
import type { RubricNodeData } from '../../rubric/schema';
import { nameKey } from '../../text';
import { finding, SECTIONS } from '../_context';
import { scoreTolerance } from '../_tolerance';
import type { AuditRule, Finding } from '../types';
import { keysOf, statedScores } from './_scores';
import { itemIndexOf, nodesOf } from './_thresholds';

const S = SECTIONS.scores;

export const deductionsRule: AuditRule = {
  id: 'deductions',
  codes: [
    'deduction_no_reason',
    'item_lost_no_reason',
    'indicator_lost_no_reason',
    'deduction_exceeds_lost',
    'deduction_short_of_lost',
  ],
  check: (ctx) => {
    const { evaluation: e, rubric } = ctx;
    const out: Finding[] = [];
    const ded = e.reported.deductions;
    ded.forEach((d, i) => {
      if (!d.reason)
        out.push(
          finding('deduction_no_reason', 'warning', S, `reported.deductions[${i}].reason`, null, d.points, {
            item: d.item,
            points: d.points,
          }),
        );
    });
    e.indicators.forEach((ind, i) => {
      if (ind.points == null || ind.reportedScore == null || ind.reportedScore >= ind.points - 1e-9) return;
      if (ind.deviationReason || ind.judgement?.reason) return;
      const lost = round2(ind.points - ind.reportedScore);
      out.push(
        finding(
          'indicator_lost_no_reason',
          'warning',
          SECTIONS.indicators,
          `indicators[${i}].deviationReason`,
          null,
          lost,
          { name: ind.name, lost },
        ),
      );
    });
    if (!rubric) return out;
    const leaves = nodesOf(ctx).filter((n) => !n.children?.length);
    for (const node of leaves) {
      const i = itemIndexOf(ctx, node);
      const item = i < 0 ? null : e.management[i]!;
      if (!item || item.score == null || item.score >= node.max - 1e-9) continue;
      if (item.reason || item.deductions.length) continue;
      const lost = round2(node.max - item.score);
      out.push(
        finding('item_lost_no_reason', 'warning', S, `management[${i}].reason`, null, lost, {
          name: node.name,
          score: item.score,
          max: node.max,
          lost,
        }),
      );
    }
    if (ded.length === 0) return out;
    const stated = statedScores(ctx);
    // Deductions named after a rubric node (or the whole document) must not take off more than the node lost.
    const groups = new Map<RubricNodeData, number[]>();
    const keyed = new Map<string, RubricNodeData>();
    for (const n of nodesOf(ctx)) for (const k of keysOf(n)) keyed.set(k, n);
    ded.forEach((d, i) => {
      const n = keyed.get(nameKey(d.item));
      if (n && n !== rubric.root) groups.set(n, [...(groups.get(n) ?? []), i]);
    });
    groups.set(
      rubric.root,
      ded.map((_, i) => i),
    );
    for (const [node, idx] of groups) {
      const s = stated.get(node);
      if (!s) continue;
      const sum = idx.reduce((acc, i) => acc + ded[i]!.points, 0);
      const lost = node.max - s.value;
      const gap = sum - lost;
      if (Math.abs(gap) <= scoreTolerance(idx.length)) continue;
      const params = {
        name: node.name,
        deducted: round2(sum),
        lost: round2(lost),
        score: s.value,
        max: node.max,
      };
      const path = idx.length === 1 ? `reported.deductions[${idx[0]}].points` : 'reported.deductions';
      out.push(
        gap > 0
          ? finding('deduction_exceeds_lost', 'error', S, path, round2(lost), round2(sum), params)
          : finding('deduction_short_of_lost', 'warning', S, path, round2(lost), round2(sum), params),
      );
    }
    return out;
  },
};
