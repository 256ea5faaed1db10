/**
 * The key facts of an evaluation, for round trips (`extract(report(x))` must give back x's facts): identity,
 * stated scores, budget figures, indicators, projects and list lengths, normalised for comparison.
 */
import type { Evaluation } from '../../core/model/evaluation';
import { levelKey } from '../../core/text';

const squash = (v: unknown) => (v == null ? null : String(v).replace(/\s+/g, ''));

export interface KeyFacts {
  department: string | null;
  district: string | null;
  year: number;
  total: number | null;
  grade: string | null;
  executionRate: number | null;
  budget: number | null;
  executed: number | null;
  scores: Record<string, number>;
  indicators: string[];
  projects: string[];
  problems: number;
  improvements: number;
}

/** The facts as comparable values: one string per indicator and project, so differences read plainly. */
export function keyFacts(e: Evaluation): KeyFacts {
  return {
    department: squash(e.department.name),
    district: squash(e.department.district),
    year: e.year,
    total: e.reported.total ?? null,
    grade: e.reported.grade ?? null,
    executionRate: e.reported.executionRate ?? e.finance.executionRate ?? null,
    budget: e.finance.budget ?? null,
    executed: e.finance.executed ?? null,
    scores: { ...e.reported.scores },
    indicators: e.indicators.map((i) =>
      [
        levelKey(i.level1 ?? ''),
        levelKey(i.level2 ?? ''),
        squash(i.name),
        squash(i.target),
        squash(i.actual),
      ].join(' | '),
    ),
    projects: e.projects.map((p) => `${squash(p.name)} | ${p.budget ?? '-'} | ${p.indicators.length}`),
    problems: e.problems.length,
    improvements: e.improvements.length,
  };
}

/**
 * Fields of `want` (the source evaluation) that `got` (read back from its report) does not give back. A report
 * may add what it computes (a grade, item scores), so only what the source states is required: every stated
 * score must come back equal; the execution rate is required only when no amounts are stated (the report then
 * restates the rate it computes from the amounts).
 */
export function diffFacts(want: KeyFacts, got: KeyFacts): string[] {
  const out: string[] = [];
  for (const k of Object.keys(want) as Array<keyof KeyFacts>) {
    const w = want[k];
    const g = got[k];
    if (w == null && (k === 'grade' || k === 'total' || k === 'district')) continue;
    if (k === 'executionRate' && (want.budget != null || want.executed != null)) continue;
    if (k === 'scores') {
      const ws = w as Record<string, number>;
      const gs = g as Record<string, number>;
      if (Object.entries(ws).some(([name, v]) => Math.abs((gs[name] ?? Number.NaN) - v) > 1e-6)) out.push(k);
      continue;
    }
    if (JSON.stringify(w) !== JSON.stringify(g)) out.push(k);
  }
  return out;
}
