/** A cost indicator (成本指标, 经济成本指标) is measured in money: its unit must be 元, 万元 … (units are data). */
import { levelKey } from '../../text';
import { rowFinding } from '../_context';
import type { LintFinding, LintRule } from '../types';

const PRINCIPLE = '成本指标应以货币计量';

export const costUnitRule: LintRule = {
  id: 'cost-unit',
  codes: ['goal_cost_no_money_unit'],
  principle: PRINCIPLE,
  check: ({ rows, thresholds }) => {
    const out: LintFinding[] = [];
    for (const row of rows) {
      const levels = [row.ind.level1, row.ind.level2].map((l) => (l ? levelKey(l) : ''));
      if (!levels.some((l) => thresholds.costLevels.some((w) => l.includes(w)))) continue;
      if (row.unit && thresholds.moneyUnits.some((u) => row.unit?.includes(u))) continue;
      out.push(
        rowFinding(PRINCIPLE, 'goal_cost_no_money_unit', 'warning', row, 'unit', {
          unit: row.unit ?? '',
          units: thresholds.moneyUnits.join('、'),
        }),
      );
    }
    return out;
  },
};
