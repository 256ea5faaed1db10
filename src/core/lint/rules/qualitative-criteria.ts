/** A 定性 target (「进一步提升」) is judged by its 评(扣)分标准; without one nobody can say at year end whether it was met. */
import { rowFinding } from '../_context';
import type { LintFinding, LintRule } from '../types';

const PRINCIPLE = '定性指标应有明确的评(扣)分标准';

export const qualitativeCriteriaRule: LintRule = {
  id: 'qualitative-criteria',
  codes: ['goal_qualitative_no_criteria'],
  principle: PRINCIPLE,
  check: ({ rows }) => {
    const out: LintFinding[] = [];
    for (const row of rows) {
      const { valueType, target, scoring } = row.ind;
      // Declared 定性, or no type declared and a target that is words, not a figure.
      const qualitative = valueType === '定性' || (!valueType && !!target?.trim() && !row.quantity);
      if (qualitative && !scoring?.trim())
        out.push(
          rowFinding(PRINCIPLE, 'goal_qualitative_no_criteria', 'warning', row, 'scoring', {
            target: target ?? '',
          }),
        );
    }
    return out;
  },
};
