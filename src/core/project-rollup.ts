/**
 * A department's project self-evaluations of a year, rolled up: how many, how many scored (项目自评覆盖率), the
 * distribution of their grades, and the lowest. One computation for the server's project list, the departmental
 * editor, the report and the audit.
 */
import { fromFen, toFen } from './money';

export type Grade = '优' | '良' | '中' | '差';
export const GRADES: readonly Grade[] = ['优', '良', '中', '差'];

/** What the roll-up needs of one project self-evaluation (a stored row's figures, or a scored document). */
export interface ProjectSummary {
  name: string;
  code?: string | null;
  budget: number | null;
  executed: number | null;
  /** The score, rounded to 2 decimals, when the self-evaluation is complete; null while it is not. */
  total: number | null;
  grade: Grade | null;
}

export interface ProjectRollup {
  count: number;
  /** Self-evaluations with a total score. */
  scored: number;
  /** 项目自评覆盖率 (%): scored ÷ count, to 2 decimals; null without projects. */
  coverage: number | null;
  distribution: Record<Grade, number>;
  /** Sum of the projects' budgets and executions (万元), of those that give them. */
  budget: number;
  executed: number;
  /** Mean of the scored totals, to 2 decimals; null when none is scored. */
  average: number | null;
}

/**
 * 项目自评覆盖率 (%): scored ÷ all, to 2 decimals, computed in integers and rounded once; null without projects.
 * @example coverageRate(2, 3) // 66.67
 */
export function coverageRate(scored: number, count: number): number | null {
  return count ? Math.round((scored * 10000) / count) / 100 : null;
}

const isGrade = (g: unknown): g is Grade =>
  typeof g === 'string' && (GRADES as readonly string[]).includes(g);

/**
 * @example rollUpProjects([{ name: 'A', budget: 1, executed: 1, total: 95, grade: '优' }, { name: 'B', budget: 2, executed: 1, total: null, grade: null }]).coverage // 50
 */
export function rollUpProjects(projects: readonly ProjectSummary[]): ProjectRollup {
  const distribution: Record<Grade, number> = { 优: 0, 良: 0, 中: 0, 差: 0 };
  let scored = 0;
  let budgetFen = 0;
  let executedFen = 0;
  /** Scores in hundredths of a point (they have 2 decimals). */
  let totalCents = 0;
  for (const p of projects) {
    if (p.budget != null) budgetFen += toFen(p.budget);
    if (p.executed != null) executedFen += toFen(p.executed);
    if (p.total == null) continue;
    scored++;
    totalCents += Math.round(p.total * 100);
    if (isGrade(p.grade)) distribution[p.grade]++;
  }
  const count = projects.length;
  return {
    count,
    scored,
    coverage: coverageRate(scored, count),
    distribution,
    budget: fromFen(budgetFen),
    executed: fromFen(executedFen),
    average: scored ? Math.round(totalCents / scored) / 100 : null,
  };
}

/**
 * The roll-up as the report's sentence.
 * @example rollupSentence(r) // '本年度开展项目支出绩效自评 228 项，已完成自评 228 项，项目自评覆盖率 100%；自评结果为优 200 项、良 28 项。'
 */
export function rollupSentence(r: ProjectRollup): string {
  if (!r.count) return '';
  const grades = GRADES.filter((g) => r.distribution[g] > 0).map((g) => `${g} ${r.distribution[g]} 项`);
  const coverage = r.coverage === null ? '' : `，项目自评覆盖率 ${r.coverage}%`;
  const result = grades.length ? `；自评结果为${grades.join('、')}` : '';
  const average = r.average === null ? '' : `，平均得分 ${r.average.toFixed(2)} 分`;
  return `本年度开展项目支出绩效自评 ${r.count} 项，已完成自评 ${r.scored} 项${coverage}${result}${average}。`;
}
