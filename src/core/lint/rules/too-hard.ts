/**
 * A target far above every actual of the last years (more is better: above the best × `tooHardRatio`; less is
 * better: below the least ÷ it). Seed 003's 居民使用场室人次 (≥28,000 against 11,476) is the case.
 */
import { round2 } from '../../money';
import { rowFinding } from '../_context';
import type { LintFinding, LintRule } from '../types';

const PRINCIPLE = '目标值应合理可行（参照近三年实绩）';

export const tooHardRule: LintRule = {
  id: 'too-hard',
  codes: ['goal_too_hard'],
  principle: PRINCIPLE,
  check: (ctx) => {
    const out: LintFinding[] = [];
    const ratio = ctx.thresholds.tooHardRatio;
    for (const row of ctx.rows) {
      const value = row.value;
      if (value === null || (row.direction !== 'more' && row.direction !== 'less')) continue;
      const history = ctx.historyOf(row).filter((p) => p.actualValue !== null);
      if (!history.length) continue;
      const values = history.map((p) => p.actualValue as number);
      const best = row.direction === 'more' ? Math.max(...values) : Math.min(...values);
      const far = row.direction === 'more' ? value > best * ratio : value * ratio < best;
      if (!far) continue;
      out.push(
        rowFinding(
          PRINCIPLE,
          'goal_too_hard',
          'warning',
          row,
          'target',
          {
            target: row.ind.target ?? '',
            years: history.map((p) => p.year).join('、'),
            actuals: history.map((p) => p.actual).join('、'),
            best: round2(best),
            unit: row.unit ?? '',
            ratio: round2(ratio * 100),
            share: round2(100 / ratio),
            direction: row.direction,
          },
          best,
        ),
      );
    }
    return out;
  },
};
