/** Figures of a department's project self-evaluations: the list's filters, 自评覆盖率, the grade distribution. */
import { LOW_EXECUTION_RATE, type PROJECT_FILTERS } from '../../api';
import { coverageRate, type Grade, type ProjectSummary } from '../../core/project-rollup';
import type { EvaluationSummaryRow, ProjectSummaryRow } from '../../store';

export type ProjectFilter = (typeof PROJECT_FILTERS)[number];

const NO_GRADES = { 优: 0, 良: 0, 中: 0, 差: 0 };

/**
 * 自评覆盖率: projects with a score ÷ all of them, in percent with 2 decimals; null when there is no project.
 * @example projectCoverage({ count: 228, scored: 57 }) // { projects: 228, scored: 57, rate: 25 }
 */
export function projectCoverage(s: Pick<ProjectSummaryRow, 'count' | 'scored'> | undefined) {
  const projects = s?.count ?? 0;
  const scored = s?.scored ?? 0;
  return { projects, scored, rate: coverageRate(scored, projects) };
}

export const projectDistribution = (s: Pick<ProjectSummaryRow, 'grades'> | undefined) => ({
  ...NO_GRADES,
  ...s?.grades,
});

/**
 * Whether a project row passes the list's filter: no score yet, an indicator that lost points, or 执行率 under 80%.
 * @example keepProject(row, 'low_execution') // true when row.derived.executionRate is 72.5
 */
export function keepProject(row: EvaluationSummaryRow, filter: ProjectFilter | undefined): boolean {
  const d = row.derived;
  switch (filter) {
    case undefined:
      return true;
    case 'unscored':
      return d.total === null;
    case 'unmet':
      return d.details.unmet.length > 0;
    case 'low_execution':
      return d.executionRate !== null && d.executionRate < LOW_EXECUTION_RATE;
  }
}

/** A stored project row as the roll-up and the departmental audit read it (figures kept at each write). */
export function projectSummaryOf(r: EvaluationSummaryRow): ProjectSummary {
  const p = r.derived.details.project;
  return {
    name: p?.name ?? r.subject,
    code: p?.code ?? null,
    budget: p?.budget ?? null,
    executed: p?.executed ?? null,
    total: r.derived.total,
    grade: (r.derived.grade as Grade | null) ?? null,
  };
}

/** How many of the lowest-scoring projects a dashboard lists. */
export const LOWEST_PROJECTS = 10;

/**
 * The dashboard's project figures: per department its project self-evaluations' coverage and grades, and the
 * lowest-scoring projects of the year (every status: a project's self-evaluation is the department's own working).
 * @example buildDashboardProjects(summaries, lowest).departments[0].coverage // { projects: 228, scored: 228, rate: 100 }
 */
export function buildDashboardProjects(
  summaries: readonly ProjectSummaryRow[],
  lowest: readonly EvaluationSummaryRow[],
) {
  return {
    departments: summaries.map((s) => ({
      departmentId: s.departmentId,
      name: s.departmentName,
      coverage: projectCoverage(s),
      distribution: projectDistribution(s),
    })),
    lowest: lowest
      .filter((r) => r.derived.total !== null)
      .map((r) => ({
        evaluationId: r.id,
        name: r.derived.details.project?.name ?? r.subject,
        departmentId: r.departmentId,
        departmentName: r.departmentName,
        total: r.derived.total as number,
        grade: r.derived.grade,
      })),
  };
}
