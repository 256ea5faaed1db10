/** A long-term goal entered as an annual target: 「到2025年」「长期」「持续」 in the year's target (patterns are data). */
import { rowFinding } from '../_context';
import type { LintFinding, LintRule } from '../types';

const PRINCIPLE = '年度目标应在本年度内可实现';

/** The first pattern that marks the text as long-term; a pattern's 4-digit group counts only after `year`. */
function longTermWord(text: string, patterns: readonly RegExp[], year: number): string | null {
  for (const re of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const y = m.slice(1).find((g) => g && /^\d{4}$/.test(g));
    if (y === undefined || Number(y) > year) return m[0];
  }
  return null;
}

export const longTermRule: LintRule = {
  id: 'long-term',
  codes: ['goal_long_term'],
  principle: PRINCIPLE,
  check: ({ rows, thresholds, doc }) => {
    const out: LintFinding[] = [];
    const patterns = thresholds.longTermPatterns.map((p) => new RegExp(p));
    for (const row of rows) {
      for (const field of ['target', 'name'] as const) {
        const text = row.ind[field] ?? '';
        const word = longTermWord(text, patterns, doc.year);
        if (!word) continue;
        out.push(
          rowFinding(PRINCIPLE, 'goal_long_term', 'warning', row, field, { text, word, year: doc.year }),
        );
        break;
      }
    }
    return out;
  },
};
