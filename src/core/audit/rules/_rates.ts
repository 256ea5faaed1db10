/** Execution rates recomputed from amounts, shared by the rules that check and judge them. */
import type { Evaluation, Project } from '../../model';
import { ratioWan, sumWan } from '../../money';
import { ratioSlackPct } from '../_tolerance';

export interface Rate {
  /** Percent, unrounded. */
  value: number;
  /** How far rounding of the amounts can move it, in percentage points. */
  slack: number;
  executed: number;
  budget: number;
}

export function rateOf(executed: number | null | undefined, budget: number | null | undefined): Rate | null {
  if (executed == null || budget == null) return null;
  const r = ratioWan(executed, budget);
  if (r === null) return null;
  return { value: r * 100, slack: ratioSlackPct(executed, budget), executed, budget };
}

/** 执行数 ÷ 全年预算数 of the department. */
export function financeRate(e: Evaluation): Rate | null {
  return rateOf(e.finance.executed, e.finance.budget);
}

/** A project's rate from its totals, or from its funding lines when the totals are not stated. */
export function projectRate(p: Project): Rate | null {
  const sum = (k: 'budget' | 'executed') => {
    const v = p.funding.map((f) => f[k]);
    return v.length && v.every((x) => x != null) ? sumWan(v as number[]) : null;
  };
  return rateOf(p.executed ?? sum('executed'), p.budget ?? sum('budget'));
}

/** The department's execution rate as best known: from amounts, else as stated. */
export function bestFinanceRate(e: Evaluation): number | null {
  return financeRate(e)?.value ?? e.finance.executionRate ?? e.reported.executionRate ?? null;
}
