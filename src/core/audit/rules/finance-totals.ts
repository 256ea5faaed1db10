/** Figures stated twice must agree: the department totals against the expenditure table, 基本/项目支出 against its lines. */
import { nameKey } from '../../text';
import { finding, SECTIONS } from '../_context';
import { checkSame } from '../_tolerance';
import type { AuditRule, Finding } from '../types';

export interface Pair {
  label: string;
  a: { value: number | null | undefined; path: string };
  b: { value: number | null | undefined; path: string };
}

/** `<code>_mismatch` (error) or `<code>_rounding` (info) when one figure is printed twice with different values. */
export function checkPairs(pairs: readonly Pair[], section: string, code = 'restated'): Finding[] {
  const out: Finding[] = [];
  for (const p of pairs) {
    if (p.a.value == null || p.b.value == null) continue;
    const r = checkSame(p.a.value, p.b.value);
    if (r === 'equal') continue;
    const params = { label: p.label, a: p.a.value, b: p.b.value, otherPath: p.b.path };
    out.push(
      r === 'rounding'
        ? finding(`${code}_rounding`, 'info', section, p.a.path, p.b.value, p.a.value, params)
        : finding(`${code}_mismatch`, 'error', section, p.a.path, p.b.value, p.a.value, params),
    );
  }
  return out;
}

export const financeTotalsRule: AuditRule = {
  id: 'finance-totals',
  codes: ['restated_mismatch', 'restated_rounding'],
  check: ({ evaluation }) => {
    const f = evaluation.finance;
    const t = f.expenditureTotal;
    const line = (re: RegExp) => {
      const i = f.expenditure.findIndex((l) => re.test(nameKey(l.name)));
      return i < 0 ? null : { i, value: f.expenditure[i]!.actual };
    };
    const basic = line(/基本支出/);
    const project = line(/项目支出/);
    const pairs: Pair[] = [
      {
        label: '年初预算数',
        a: { value: f.initialBudget, path: 'finance.initialBudget' },
        b: { value: t?.initial, path: 'finance.expenditureTotal.initial' },
      },
      {
        label: '全年预算数',
        a: { value: f.budget, path: 'finance.budget' },
        b: { value: t?.budget, path: 'finance.expenditureTotal.budget' },
      },
      {
        label: '支出决算数',
        a: { value: f.executed, path: 'finance.executed' },
        b: { value: t?.actual, path: 'finance.expenditureTotal.actual' },
      },
    ];
    if (basic)
      pairs.push({
        label: '基本支出',
        a: { value: f.basic, path: 'finance.basic' },
        b: { value: basic.value, path: `finance.expenditure[${basic.i}].actual` },
      });
    if (project)
      pairs.push({
        label: '项目支出',
        a: { value: f.project, path: 'finance.project' },
        b: { value: project.value, path: `finance.expenditure[${project.i}].actual` },
      });
    return checkPairs(pairs, SECTIONS.finance);
  },
};
