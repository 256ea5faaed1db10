/** 一、(四) 部门整体收支情况: totals, execution rate, year-over-year changes, and the income and expenditure tables. */
import type { Finance, FinanceLine } from '../../../core/model';
import { formatWan, ratioWan, round2, sumWan } from '../../../core/money';
import { type Block, cell, h2, h3, p, type Row, type TableBlock } from '../_blocks';
import type { ReportContext } from '../_context';
import { describeChange, fmtRatio, fmtWan, sentence } from '../_format';

type Field = 'initial' | 'budget' | 'actual';
const FIELDS: Array<{ key: Field; header: string; label: string }> = [
  { key: 'initial', header: '年初预算数（万元）', label: '年初预算数' },
  { key: 'budget', header: '全年预算数（万元）', label: '全年预算数' },
  { key: 'actual', header: '决算数（万元）', label: '决算数' },
];
const BASE_LABEL: Record<string, string> = { 上年: '上年', 年初预算: '年初预算数', 全年预算: '全年预算数' };

/** Sum of a column; null when no line gives it. */
function columnSum(lines: readonly FinanceLine[], key: Field): number | null {
  const vals = lines.map((l) => l[key]).filter((v): v is number => v != null);
  return vals.length ? sumWan(vals) : null;
}

/**
 * A table of finance lines with a 合计 row: the stated totals when given, else the sums. A 0.01 万元 尾差 is noted;
 * a larger gap is an audit finding, not a note in the report.
 */
function linesTable(
  ctx: ReportContext,
  title: string,
  lines: readonly FinanceLine[],
  stated: Partial<Record<Field, number | null>> | null | undefined,
): TableBlock {
  const rows: Row[] = lines.map((l) => ({
    cells: [cell(l.name), ...FIELDS.map((f) => cell(fmtWan(l[f.key]), 'right'))],
  }));
  const notes: string[] = [];
  const totals = FIELDS.map((f) => {
    const sum = columnSum(lines, f.key);
    const given = stated?.[f.key] ?? null;
    const gap = given != null && sum != null ? Math.abs(sumWan([given, -sum])) : 0;
    if (gap > 0 && gap <= 0.01)
      notes.push(`${f.label}合计与各行之和相差 ${formatWan(gap)} 万元，系四舍五入尾差`);
    return given ?? sum;
  });
  rows.push({ cells: [cell('合计', 'center'), ...totals.map((t) => cell(fmtWan(t), 'right'))], total: true });
  return {
    kind: 'table',
    number: ctx.nextTable(),
    title,
    columns: [
      { header: '项目', width: 4 },
      ...FIELDS.map((f) => ({ header: f.header, width: 2, align: 'right' as const })),
    ],
    rows,
    ...(notes.length ? { note: `注：${notes.join('；')}。` } : {}),
  };
}

/** Budget, executed and the rate computed from them; nothing when none is given. */
function totalsSentence(ctx: ReportContext, f: Finance): Block[] {
  const { year } = ctx.e;
  const rate = f.budget != null && f.executed != null ? ratioWan(f.executed, f.budget) : null;
  if (f.initialBudget == null && f.budget == null && f.executed == null && f.executionRate == null) return [];
  return [
    p(
      `${ctx.dept} ${year} 年度` +
        sentence(
          f.initialBudget != null && `年初预算数 ${formatWan(f.initialBudget)} 万元`,
          f.budget != null && `全年预算数 ${formatWan(f.budget)} 万元`,
          f.executed != null && `执行数 ${formatWan(f.executed)} 万元`,
          rate !== null
            ? `完成预算的 ${fmtRatio(rate)}`
            : f.executionRate != null && `预算执行率为 ${round2(f.executionRate).toFixed(2)}%（填报值）`,
        ),
    ),
  ];
}

/** Year-over-year and other changes, computed from the amounts. */
function changeSentences(f: Finance): string[] {
  const out: string[] = [];
  const ly = f.lastYear;
  if (ly?.executed != null && f.executed != null)
    out.push(`执行数${describeChange(f.executed, ly.executed, '上年')}`);
  if (ly?.budget != null && f.budget != null)
    out.push(`全年预算数${describeChange(f.budget, ly.budget, '上年')}`);
  if (f.basic != null || f.project != null) {
    const parts = [
      f.basic != null && `基本支出 ${formatWan(f.basic)} 万元`,
      f.project != null && `项目支出 ${formatWan(f.project)} 万元`,
    ];
    out.push(`其中${parts.filter(Boolean).join('、')}`);
  }
  if (f.carryover != null) {
    const r = f.budget != null ? ratioWan(f.carryover, f.budget) : null;
    out.push(`年末结转结余 ${formatWan(f.carryover)} 万元${r !== null ? `，结转结余率 ${fmtRatio(r)}` : ''}`);
  } else if (f.carryoverRate != null) out.push(`结转结余率 ${round2(f.carryoverRate).toFixed(2)}%`);
  for (const c of f.comparisons) {
    const base = BASE_LABEL[c.base] ?? c.base;
    if (c.current == null) continue;
    if (c.baseValue != null)
      out.push(`${c.subject} ${formatWan(c.current)} 万元，${describeChange(c.current, c.baseValue, base)}`);
    else if (c.change != null) {
      const pct =
        c.changePct != null
          ? `，${c.changePct >= 0 ? '增长' : '下降'} ${Math.abs(round2(c.changePct)).toFixed(2)}%`
          : '';
      out.push(
        `${c.subject} ${formatWan(c.current)} 万元，比${base}${c.change >= 0 ? '增加' : '减少'} ${formatWan(Math.abs(c.change))} 万元${pct}`,
      );
    }
  }
  const tp = f.threePublic;
  if (tp?.actual != null && !f.comparisons.some((c) => c.subject.includes('三公'))) {
    out.push(
      `“三公”经费支出 ${formatWan(tp.actual)} 万元${tp.budget != null ? `，${describeChange(tp.actual, tp.budget, '预算数')}` : ''}`,
    );
  }
  const pf = f.publicFunds;
  if (pf?.actual != null) {
    out.push(
      `公用经费支出 ${formatWan(pf.actual)} 万元${pf.budget != null ? `，${describeChange(pf.actual, pf.budget, '预算数')}` : ''}`,
    );
  }
  if (f.fixedAssetUtilization != null)
    out.push(`固定资产利用率 ${round2(f.fixedAssetUtilization).toFixed(2)}%`);
  return out.map((s) => `${s}。`);
}

export function financeSection(ctx: ReportContext): Block[] {
  const f = ctx.e.finance;
  const out: Block[] = [h2('部门整体收支情况'), ...totalsSentence(ctx, f)];
  const changes = changeSentences(f);
  if (changes.length) out.push(p(changes.join('')));

  out.push(h3('收入情况'));
  if (f.income.length) {
    const t = linesTable(ctx, '部门总收入统计表', f.income, f.incomeTotal);
    out.push(p(`${ctx.e.year} 年度部门总收入情况见${t.number}。`), t);
  }

  out.push(h3('支出情况'));
  if (f.expenditure.length) {
    const t = linesTable(ctx, '部门总支出统计表（按支出性质）', f.expenditure, f.expenditureTotal);
    out.push(p(`${ctx.e.year} 年度部门总支出情况见${t.number}。`), t);
  }
  if (f.expenditureBySource.length) {
    const t = linesTable(ctx, '部门总支出统计表（按资金来源）', f.expenditureBySource, null);
    out.push(p(`按资金来源划分的支出情况见${t.number}。`), t);
  }
  return out;
}
