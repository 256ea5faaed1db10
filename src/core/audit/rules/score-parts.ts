/** Stated scores against their parts and the rubric's maxima; the same score stated twice must agree. */
import { round2 } from '../../money';
import { selectsIndicator } from '../../rubric/kinds/indicator-completion';
import { finding, SECTIONS } from '../_context';
import { scoreTolerance } from '../_tolerance';
import type { AuditRule, Finding } from '../types';
import { statedOrSum, statedScores, unknownScoreKeys } from './_scores';
import { itemIndexOf, nodesOf } from './_thresholds';

const S = SECTIONS.scores;

export const scorePartsRule: AuditRule = {
  id: 'score-parts',
  codes: [
    'score_over_max',
    'score_parts_mismatch',
    'score_parts_rounding',
    'score_restated_mismatch',
    'score_key_unknown',
  ],
  check: (ctx) => {
    const { evaluation: e, rubric } = ctx;
    if (!rubric) return [];
    const out: Finding[] = [];
    const stated = statedScores(ctx);
    for (const key of unknownScoreKeys(ctx)) {
      out.push(
        finding('score_key_unknown', 'warning', S, `reported.scores.${key}`, null, key, {
          key,
          rubric: rubric.id,
        }),
      );
    }
    const scoresRoot = Object.entries(e.reported.scores).find(([k]) => k === rubric.root.name);
    if (scoresRoot && e.reported.total != null && Math.abs(scoresRoot[1] - e.reported.total) > 1e-9) {
      out.push(
        finding('score_restated_mismatch', 'error', S, 'reported.total', scoresRoot[1], e.reported.total, {
          name: rubric.root.name,
          a: e.reported.total,
          b: scoresRoot[1],
          where: '评分表',
        }),
      );
    }
    for (const node of nodesOf(ctx)) {
      const own = stated.get(node);
      if (!own) continue;
      if (own.value > node.max + 1e-9) {
        out.push(
          finding('score_over_max', 'error', S, own.path, node.max, own.value, {
            name: node.name,
            score: own.value,
            max: node.max,
          }),
        );
      }
      const i = node.children?.length ? -1 : itemIndexOf(ctx, node);
      const itemScore = i < 0 ? null : e.management[i]!.score;
      if (itemScore != null && Math.abs(itemScore - own.value) > 1e-9) {
        out.push(
          finding('score_restated_mismatch', 'error', S, `management[${i}].score`, own.value, itemScore, {
            name: node.name,
            a: itemScore,
            b: own.value,
            where: '自评得分汇总',
          }),
        );
      }
      const parts = node.children?.map((c) => ({ name: c.name, s: statedOrSum(c, stated) }));
      if (parts?.length && parts.every((p) => p.s)) {
        const sum = parts.reduce((s, p) => s + p.s!.value, 0);
        const n = parts.reduce((s, p) => s + p.s!.n, 0);
        const gap = sum - own.value;
        if (Math.abs(gap) > 1e-9) {
          const rounding = Math.abs(gap) <= scoreTolerance(n);
          const params = {
            name: node.name,
            score: own.value,
            sum: round2(sum),
            gap: round2(gap),
            parts: parts.map((p) => `${p.name} ${round2(p.s!.value)}`).join(' + '),
          };
          out.push(
            finding(
              rounding ? 'score_parts_rounding' : 'score_parts_mismatch',
              rounding ? 'info' : 'error',
              S,
              own.path,
              round2(sum),
              own.value,
              params,
            ),
          );
        }
      }
      // An indicator table with per-row 得分 is the part list of its 产出 / 效益 node.
      if (node.kind === 'indicator_completion') {
        const rows = e.indicators.filter((ind) => selectsIndicator(node, ind));
        if (rows.length && rows.every((r) => r.reportedScore != null)) {
          const sum = rows.reduce((s, r) => s + r.reportedScore!, 0);
          const gap = sum - own.value;
          if (Math.abs(gap) > scoreTolerance(rows.length)) {
            const params = {
              name: node.name,
              score: own.value,
              sum: round2(sum),
              gap: round2(gap),
              parts: `${rows.length} 项指标得分`,
            };
            out.push(finding('score_parts_mismatch', 'error', S, own.path, round2(sum), own.value, params));
          }
        }
      }
    }
    e.indicators.forEach((ind, i) => {
      if (ind.points != null && ind.reportedScore != null && ind.reportedScore > ind.points + 1e-9) {
        out.push(
          finding(
            'score_over_max',
            'error',
            SECTIONS.indicators,
            `indicators[${i}].reportedScore`,
            ind.points,
            ind.reportedScore,
            {
              name: ind.name,
              score: ind.reportedScore,
              max: ind.points,
            },
          ),
        );
      }
    });
    return out;
  },
};
