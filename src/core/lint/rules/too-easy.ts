/** A target weaker than last year's actual: what was done already is no goal (less is better: mirrored). */
import { round2 } from '../../money';
import { rowFinding } from '../_context';
import type { LintFinding, LintRule } from '../types';

const PRINCIPLE = '目标值应积极（不低于上年实绩）';

export const tooEasyRule: LintRule = {
  id: 'too-easy',
  codes: ['goal_too_easy'],
  principle: PRINCIPLE,
  check: (ctx) => {
    const out: LintFinding[] = [];
    const margin = ctx.thresholds.tooEasyMargin;
    for (const row of ctx.rows) {
      const value = row.value;
      if (value === null || (row.direction !== 'more' && row.direction !== 'less')) continue;
      const last = ctx.historyOf(row).at(-1);
      // Only last year: an older actual says less about this year.
      if (!last || last.year !== ctx.doc.year - 1 || last.actualValue === null) continue;
      const weaker =
        row.direction === 'more'
          ? value < last.actualValue * (1 - margin)
          : value > last.actualValue * (1 + margin);
      if (!weaker) continue;
      out.push(
        rowFinding(
          PRINCIPLE,
          'goal_too_easy',
          'warning',
          row,
          'target',
          {
            target: row.ind.target ?? '',
            lastYear: last.year,
            lastActual: last.actual ?? '',
            value: round2(last.actualValue),
            direction: row.direction,
          },
          last.actualValue,
        ),
      );
    }
    return out;
  },
};
