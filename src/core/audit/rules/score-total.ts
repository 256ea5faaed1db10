/** The stated total and grade against the rubric: the grade the stated total earns, and the computed total and grade. */
import { round2 } from '../../money';
import { gradeOf } from '../../rubric/grade';
import type { ScoreNode } from '../../rubric/types';
import { finding, SECTIONS } from '../_context';
import type { AuditRule, Finding } from '../types';
import { statedOrSum, statedScores } from './_scores';

const S = SECTIONS.scores;
/** A stated score is printed to 2 decimals. */
const SCORE_HALF_UNIT = 0.005 + 1e-9;

function walk(n: ScoreNode, visit: (n: ScoreNode) => void): void {
  visit(n);
  for (const c of n.children ?? []) walk(c, visit);
}

export const scoreTotalRule: AuditRule = {
  id: 'score-total',
  codes: [
    'rubric_missing',
    'total_computed_mismatch',
    'total_not_computable',
    'grade_mismatch',
    'grade_computed_mismatch',
    'score_computed_differs',
  ],
  check: (ctx) => {
    const { evaluation: e, rubric } = ctx;
    if (!rubric)
      return [finding('rubric_missing', 'info', S, 'rubric', null, e.rubric, { rubric: e.rubric })];
    const out: Finding[] = [];
    const stated = statedScores(ctx);
    const total = e.reported.total ?? stated.get(rubric.root)?.value ?? null;
    const grade = e.reported.grade ?? null;
    if (total != null && grade) {
      const g = gradeOf(total, rubric);
      if (g !== grade)
        out.push(
          finding('grade_mismatch', 'error', S, 'reported.grade', g, grade, { total, grade, expected: g }),
        );
    }
    if (total == null && !grade) return out;
    const score = ctx.score();
    if (!score) return out;
    if (!score.complete || score.total === null) {
      const params = {
        rubric: rubric.id,
        missing: score.missing.length,
        missingList: score.missing
          .slice(0, 5)
          .map((m) => m.split('/').at(-1))
          .join('、'),
        computed: round2(score.computedTotal),
        partsStated: (rubric.root.children ?? []).every((c) => statedOrSum(c, stated)),
      };
      out.push(finding('total_not_computable', 'info', S, 'reported.total', null, total, params));
    } else {
      if (total != null && Math.abs(total - score.total) > SCORE_HALF_UNIT) {
        out.push(
          finding('total_computed_mismatch', 'error', S, 'reported.total', round2(score.total), total, {
            rubric: rubric.id,
            total,
            computed: round2(score.total),
          }),
        );
      }
      if (grade && score.grade && grade !== score.grade) {
        out.push(
          finding('grade_computed_mismatch', 'error', S, 'reported.grade', score.grade, grade, {
            rubric: rubric.id,
            grade,
            expected: score.grade,
            computed: round2(score.total),
          }),
        );
      }
    }
    // Every other stated node against its computed score: the rubric's rules are inferred, so a warning.
    const byName = new Map([...stated].map(([n, s]) => [n.name, s]));
    walk(score.root, (n) => {
      const s = byName.get(n.name);
      if (n === score.root || !s || n.score === null) return;
      if (Math.abs(s.value - n.score) > SCORE_HALF_UNIT) {
        out.push(
          finding('score_computed_differs', 'warning', S, s.path, round2(n.score), s.value, {
            name: n.name,
            score: s.value,
            computed: round2(n.score),
            rubric: rubric.id,
          }),
        );
      }
    });
    return out;
  },
};
