/**
 * An indicator under the wrong level: a name that belongs to another 一级指标 (满意度 as 效益, 合格率 as 效益), or a
 * 二级指标 of another 一级指标 (质量指标 under 效益). The name fragments and level words are data.
 */
import { levelKey, nameKey } from '../../text';
import { rowFinding } from '../_context';
import type { LintThresholds } from '../thresholds';
import type { LintFinding, LintRule } from '../types';

const PRINCIPLE = '指标应归入正确的层级';

const matches = (text: string, patterns: readonly string[]) => patterns.some((p) => text.includes(p));

/** The 一级指标 a name points to, first match wins. */
function levelOfName(name: string, t: LintThresholds): string | null {
  const k = nameKey(name);
  return t.levelOfName.find((l) => matches(k, l.patterns))?.level ?? null;
}

export const wrongLevelRule: LintRule = {
  id: 'wrong-level',
  codes: ['goal_level_by_name', 'goal_level2_mismatch'],
  principle: PRINCIPLE,
  check: ({ rows, thresholds }) => {
    const out: LintFinding[] = [];
    for (const row of rows) {
      const level1 = row.ind.level1 ? levelKey(row.ind.level1) : '';
      if (!level1) continue;
      const expected = levelOfName(row.ind.name, thresholds);
      if (expected && expected !== level1) {
        const params = { level1: row.ind.level1 ?? '' };
        out.push(
          rowFinding(PRINCIPLE, 'goal_level_by_name', 'warning', row, 'level1', params, `${expected}指标`),
        );
        continue;
      }
      const level2 = row.ind.level2 ? levelKey(row.ind.level2) : '';
      if (!level2) continue;
      const own = thresholds.level2OfLevel1.find((l) => l.level === level1);
      if (!own || matches(level2, own.patterns)) continue;
      const other = thresholds.level2OfLevel1.find((l) => l.level !== level1 && matches(level2, l.patterns));
      if (!other) continue;
      const params = { level1: row.ind.level1 ?? '', level2: row.ind.level2 ?? '' };
      out.push(
        rowFinding(PRINCIPLE, 'goal_level2_mismatch', 'warning', row, 'level2', params, `${other.level}指标`),
      );
    }
    return out;
  },
};
