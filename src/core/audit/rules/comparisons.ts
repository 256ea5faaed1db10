/** Stated comparisons: current − base = change, change ÷ base = changePct, and the figures against the finance block. */
import type { Evaluation, Finance } from '../../model';
import { fromFen, round2, roundWan2, sumWan } from '../../money';
import { nameKey } from '../../text';
import { finding, SECTIONS } from '../_context';
import { amountDecimals, checkRate, checkSum, halfUnit, ratioSlackFrom } from '../_tolerance';
import type { AuditRule, Finding } from '../types';
import { checkPairs, type Pair } from './finance-totals';

type Cmp = Finance['comparisons'][number];

/** The finance figures a comparison restates, matched on its subject and base. */
function links(c: Cmp, path: string, e: Evaluation): Pair[] {
  const f = e.finance;
  const key = nameKey(c.subject);
  const cur = (value: number | null | undefined, p: string, label: string): Pair => ({
    label: `${c.subject}（${label}）`,
    a: { value: c.current, path: `${path}.current` },
    b: { value, path: p },
  });
  const base = (value: number | null | undefined, p: string): Pair => ({
    label: `${c.subject}（${c.base}）`,
    a: { value: c.baseValue, path: `${path}.baseValue` },
    b: { value, path: p },
  });
  if (key.includes('三公')) {
    const out = [cur(f.threePublic?.actual, 'finance.threePublic.actual', '本年支出')];
    if (c.base !== '上年') out.push(base(f.threePublic?.budget, 'finance.threePublic.budget'));
    return out;
  }
  if (key.includes('收入')) {
    const out = [cur(f.incomeTotal?.actual, 'finance.incomeTotal.actual', '本年收入')];
    if (c.base === '上年') out.push(base(f.lastYear?.income, 'finance.lastYear.income'));
    return out;
  }
  if (key.includes('支出') && !key.includes('经费')) {
    const out = [cur(f.executed, 'finance.executed', '本年支出')];
    if (c.base === '上年') out.push(base(f.lastYear?.executed, 'finance.lastYear.executed'));
    if (c.base === '年初预算') out.push(base(f.initialBudget, 'finance.initialBudget'));
    if (c.base === '全年预算') out.push(base(f.budget, 'finance.budget'));
    return out;
  }
  return [];
}

const half = (x: number) => halfUnit(amountDecimals(x));

/** The difference and the base a percentage divides, from whichever figures are stated, with their rounding. */
function ratioParts(c: Cmp): { diff: number; base: number; hDiff: number; hBase: number } | null {
  const { current, baseValue, change } = c;
  if (current != null && baseValue != null) {
    return {
      diff: sumWan([current, -baseValue]),
      base: baseValue,
      hDiff: half(current) + half(baseValue),
      hBase: half(baseValue),
    };
  }
  if (change != null && baseValue != null)
    return { diff: change, base: baseValue, hDiff: half(change), hBase: half(baseValue) };
  if (change != null && current != null) {
    // The base is recovered as current − change.
    return {
      diff: change,
      base: sumWan([current, -change]),
      hDiff: half(change),
      hBase: half(current) + half(change),
    };
  }
  return null;
}

function checkOne(c: Cmp, path: string): Finding[] {
  const out: Finding[] = [];
  const common = { subject: c.subject, base: c.base, current: c.current ?? null };
  if (c.current != null && c.baseValue != null && c.change != null) {
    const r = checkSum([c.current, -c.baseValue], c.change);
    if (r.agreement !== 'equal') {
      const diff = sumWan([c.current, -c.baseValue]);
      const params = {
        ...common,
        baseValue: c.baseValue,
        change: c.change,
        computed: diff,
        gap: roundWan2(fromFen(r.gapFen)),
      };
      const sev = r.agreement === 'rounding' ? 'info' : 'error';
      out.push(
        finding(
          `comparison_change_${r.agreement}`,
          sev,
          SECTIONS.finance,
          `${path}.change`,
          diff,
          c.change,
          params,
        ),
      );
    }
  }
  const parts = c.changePct == null ? null : ratioParts(c);
  if (c.changePct != null && parts && parts.base !== 0) {
    const pct = (parts.diff / parts.base) * 100;
    const r = checkRate(c.changePct, pct, ratioSlackFrom(parts.diff, parts.base, parts.hDiff, parts.hBase));
    if (r !== 'equal') {
      const params = {
        ...common,
        baseValue: parts.base,
        change: parts.diff,
        stated: c.changePct,
        computed: round2(pct),
      };
      const sev = r === 'rounding' ? 'info' : 'error';
      out.push(
        finding(
          `comparison_pct_${r}`,
          sev,
          SECTIONS.finance,
          `${path}.changePct`,
          round2(pct),
          c.changePct,
          params,
        ),
      );
    }
  }
  return out;
}

export const comparisonsRule: AuditRule = {
  id: 'comparisons',
  codes: [
    'comparison_change_mismatch',
    'comparison_change_rounding',
    'comparison_pct_mismatch',
    'comparison_pct_rounding',
    'comparison_link_mismatch',
    'comparison_link_rounding',
  ],
  check: ({ evaluation: e }) =>
    e.finance.comparisons.flatMap((c, i) => {
      const path = `finance.comparisons[${i}]`;
      return [...checkOne(c, path), ...checkPairs(links(c, path, e), SECTIONS.finance, 'comparison_link')];
    }),
};
