/** Rates recomputed from amounts, as the engine derives them, with the audit's rounding slack and wording. */
import type { Evaluation, Project } from '../../model';
import { formatWan } from '../../money';
import { type DerivedRate, deriveRate, projectAmounts, rateFromAmounts } from '../../rubric/inputs';
import { ratioSlackPct } from '../_tolerance';

/**
 * A project's execution rate from its totals, or from its funding lines when every line gives the amount (as the
 * engine scores it); `path` is the project's (`projects[2]`).
 */
export function projectRate(p: Project, path: string): Derived | null {
  const { executed, budget } = projectAmounts(p);
  return forAudit(rateFromAmounts(executed, budget, ['执行数', '预算数'], `${path}.executed`));
}

/** The department's execution rate as best known: as the engine scores it, else the rate in the score summary. */
export function bestFinanceRate(e: Evaluation): number | null {
  return deriveRate(e.finance, 'execution_rate')?.value ?? e.reported.executionRate ?? null;
}

export interface Derived {
  /** Percent, unrounded. */
  value: number;
  /** How far rounding of the amounts can move it, in percentage points (0 for a stated rate). */
  slack: number;
  /** What it was derived from, for the message. */
  from: string;
  /** The evaluation path it was computed or read from. */
  path: string;
}

const wan = (v: number) => `${formatWan(v)} 万元`;

/** A derived rate with the audit's rounding slack and a Chinese account of where it came from. */
export function forAudit(d: DerivedRate | null): Derived | null {
  if (!d) return null;
  const s = d.source;
  if (s.kind === 'stated')
    return { value: d.value, slack: 0, from: `收支情况中填写的${s.label}`, path: d.path };
  return {
    value: d.value,
    slack: ratioSlackPct(s.numerator, s.denominator),
    from: `${s.labels[0]} ${wan(s.numerator)} ÷ ${s.labels[1]} ${wan(s.denominator)}`,
    path: d.path,
  };
}
