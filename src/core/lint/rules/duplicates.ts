/** The same indicator twice in one table (the department's, or one project's): same normalised name and unit. */

import { rowFinding } from '../_context';
import { indicatorKey } from '../_rows';
import type { LintFinding, LintRule } from '../types';

const PRINCIPLE = '指标不应重复设置';

export const duplicatesRule: LintRule = {
  id: 'duplicates',
  codes: ['goal_duplicate'],
  principle: PRINCIPLE,
  check: ({ rows }) => {
    const out: LintFinding[] = [];
    const first = new Map<string, string>();
    for (const row of rows) {
      const table = row.path.replace(/\[\d+\]$/, '');
      const key = `${table}|${indicatorKey(row.ind)}`;
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, row.path);
        continue;
      }
      const n = (p: string) => Number(/\[(\d+)\]$/.exec(p)?.[1] ?? 0) + 1;
      out.push(
        rowFinding(
          PRINCIPLE,
          'goal_duplicate',
          'warning',
          row,
          'name',
          { row: n(row.path), first: n(seen) },
          seen,
        ),
      );
    }
    return out;
  },
};
