/** Lines against totals: the income, expenditure and by-source tables each add up to their stated totals. */
import type { Finance, FinanceLine } from '../../model';
import { fromFen, roundWan2, sumWan } from '../../money';
import { finding, SECTIONS } from '../_context';
import { checkSum, columnDecimals } from '../_tolerance';
import type { AuditRule, Finding } from '../types';

type Column = 'initial' | 'budget' | 'actual';

export const COLUMN_LABEL: Record<Column, string> = {
  initial: '年初预算数',
  budget: '全年预算数',
  actual: '决算数',
};

/** The department totals a column of an expenditure table adds up to when the table states none of its own. */
const FINANCE_TOTAL: Record<Column, 'initialBudget' | 'budget' | 'executed'> = {
  initial: 'initialBudget',
  budget: 'budget',
  actual: 'executed',
};

interface Table {
  key: 'income' | 'expenditure' | 'expenditureBySource';
  label: string;
  total: (f: Finance, c: Column) => { value: number; path: string; label: string } | null;
}

function expenditureTotal(f: Finance, c: Column) {
  const own = f.expenditureTotal?.[c];
  if (own != null)
    return { value: own, path: `finance.expenditureTotal.${c}`, label: `支出合计${COLUMN_LABEL[c]}` };
  const k = FINANCE_TOTAL[c];
  const v = f[k];
  return v == null ? null : { value: v, path: `finance.${k}`, label: `部门${COLUMN_LABEL[c]}` };
}

const TABLES: readonly Table[] = [
  {
    key: 'income',
    label: '收入',
    total: (f, c) => {
      const v = f.incomeTotal?.[c];
      return v == null
        ? null
        : { value: v, path: `finance.incomeTotal.${c}`, label: `收入合计${COLUMN_LABEL[c]}` };
    },
  },
  { key: 'expenditure', label: '支出（按性质）', total: expenditureTotal },
  { key: 'expenditureBySource', label: '支出（按资金来源）', total: expenditureTotal },
];

/** Compare one column of lines with its total; nothing when a line leaves the column blank. */
export function checkColumn(
  lines: readonly FinanceLine[],
  column: Column,
  total: { value: number; path: string; label: string },
  meta: { code: string; section: string; path: string; table: string },
): Finding[] {
  const values = lines.map((l) => l[column]);
  if (values.length === 0 || values.some((v) => v == null)) return [];
  const parts = values as number[];
  const r = checkSum(parts, total.value);
  if (r.agreement === 'equal') return [];
  const sum = sumWan(parts);
  const params = {
    table: meta.table,
    column: COLUMN_LABEL[column],
    totalLabel: total.label,
    totalPath: total.path,
    sum,
    total: total.value,
    gap: roundWan2(fromFen(r.gapFen)),
    tolerance: fromFen(r.toleranceFen),
    lines: parts.length,
    precision: 10 ** -columnDecimals(parts),
  };
  const severity = r.agreement === 'rounding' ? 'info' : 'error';
  const code = r.agreement === 'rounding' ? `${meta.code}_rounding` : `${meta.code}_mismatch`;
  return [finding(code, severity, meta.section, meta.path, total.value, sum, params)];
}

export const financeLinesRule: AuditRule = {
  id: 'finance-lines',
  codes: ['lines_total_mismatch', 'lines_total_rounding'],
  check: ({ evaluation }) => {
    const f = evaluation.finance;
    const out: Finding[] = [];
    for (const t of TABLES) {
      const lines = f[t.key];
      if (lines.length === 0) continue;
      for (const c of ['initial', 'budget', 'actual'] as const) {
        const total = t.total(f, c);
        if (!total) continue;
        out.push(
          ...checkColumn(lines, c, total, {
            code: 'lines_total',
            section: SECTIONS.finance,
            path: `finance.${t.key}`,
            table: t.label,
          }),
        );
      }
    }
    return out;
  },
};
