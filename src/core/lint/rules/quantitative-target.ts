/** A 定量 target must state a figure and a unit: 「≥500人次」, not 「进一步提升」 or a bare 「500」 with no 计量单位. */
import { rowFinding } from '../_context';
import type { LintFinding, LintRule } from '../types';

const PRINCIPLE = '指标应可衡量（SMART）';

export const quantitativeTargetRule: LintRule = {
  id: 'quantitative-target',
  codes: ['goal_quantity_no_figure', 'goal_quantity_no_unit'],
  principle: PRINCIPLE,
  check: ({ rows }) => {
    const out: LintFinding[] = [];
    for (const row of rows) {
      if (row.ind.valueType !== '定量') continue;
      const target = row.ind.target ?? '';
      if (!row.quantity)
        out.push(rowFinding(PRINCIPLE, 'goal_quantity_no_figure', 'error', row, 'target', { target }));
      else if (!row.unit)
        out.push(rowFinding(PRINCIPLE, 'goal_quantity_no_unit', 'warning', row, 'unit', { target }));
    }
    return out;
  },
};
