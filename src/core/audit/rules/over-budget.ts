/** “三公”经费 and 公用经费 spent beyond their budgets. */
import { fromFen, roundWan2, toFen } from '../../money';
import { finding, SECTIONS } from '../_context';
import type { AuditRule, Finding } from '../types';

const ITEMS = [
  { key: 'threePublic', label: '“三公”经费' },
  { key: 'publicFunds', label: '公用经费' },
] as const;

export const overBudgetRule: AuditRule = {
  id: 'over-budget',
  codes: ['spending_over_budget'],
  check: ({ evaluation: e }) => {
    const out: Finding[] = [];
    for (const { key, label } of ITEMS) {
      const t = e.finance[key];
      if (t?.actual == null || t.budget == null) continue;
      const over = toFen(t.actual) - toFen(t.budget);
      if (over > 0) {
        out.push(
          finding(
            'spending_over_budget',
            'warning',
            SECTIONS.finance,
            `finance.${key}.actual`,
            t.budget,
            t.actual,
            {
              label,
              actual: t.actual,
              budget: t.budget,
              over: roundWan2(fromFen(over)),
            },
          ),
        );
      }
    }
    return out;
  },
};
