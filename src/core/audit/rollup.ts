/**
 * The departmental evaluation against its projects' own self-evaluations: every key project has one and states the
 * same figures, the projects add up to the department's 项目支出, every self-evaluation is scored, and the count the
 * report states is the count there is.
 */
import { defineMessages } from '../messages';
import type { Evaluation } from '../model';
import { formatWan, fromFen, roundWan2, toFen } from '../money';
import { type ProjectSummary, rollUpProjects } from '../project-rollup';
import { projectAmounts } from '../rubric/inputs';
import { nameKey } from '../text';
import { finding, SECTIONS } from './_context';
import { checkSum } from './_tolerance';
import type { Finding } from './types';

const wan = (v: unknown) => (typeof v === 'number' ? `${formatWan(v)} 万元` : '—');

defineMessages({
  key_project_no_self_evaluation: (p) => `重点项目「${p.project}」没有项目支出绩效自评`,
  key_project_figures_differ: (p) =>
    `重点项目「${p.project}」的${p.column}在报告中为 ${wan(p.report)}，在其项目自评表中为 ${wan(p.own)}`,
  key_project_score_differs: (p) =>
    `重点项目「${p.project}」的自评得分在报告中为 ${p.report} 分，在其项目自评表中为 ${p.own} 分`,
  project_totals_mismatch: (p) =>
    `各项目自评表的${p.column}合计 ${wan(p.sum)}（${p.count} 个项目），与部门项目支出${p.column} ${wan(p.total)} 相差 ${wan(Math.abs(Number(p.gap)))}`,
  project_self_evaluations_unscored: (p) =>
    `${p.count} 个项目中 ${p.unscored} 个尚未完成自评（项目自评覆盖率 ${p.coverage}%）`,
  project_count_differs: (p) => `报告称开展项目自评 ${p.stated} 项，系统中有 ${p.count} 项项目自评`,
});

/** The department's 项目支出 line (by nature of spending): its budget and executed amounts and where they are. */
function projectSpending(e: Evaluation): { budget: number | null; executed: number | null; path: string } {
  const j = e.finance.expenditure.findIndex((l) => nameKey(l.name) === nameKey('项目支出'));
  const line = j >= 0 ? e.finance.expenditure[j]! : null;
  if (e.finance.project != null)
    return { budget: line?.budget ?? null, executed: e.finance.project, path: 'finance.project' };
  return {
    budget: line?.budget ?? null,
    executed: line?.actual ?? null,
    path: j >= 0 ? `finance.expenditure[${j}]` : 'finance.project',
  };
}

function keyProjectFindings(e: Evaluation, byKey: Map<string, ProjectSummary>): Finding[] {
  const out: Finding[] = [];
  e.projects.forEach((pr, j) => {
    const own = byKey.get(nameKey(pr.name));
    const at = `projects[${j}]`;
    if (!own) {
      out.push(
        finding('key_project_no_self_evaluation', 'warning', SECTIONS.projects, `${at}.name`, null, null, {
          project: pr.name,
        }),
      );
      return;
    }
    const report = projectAmounts(pr);
    for (const [column, key] of [
      ['预算数', 'budget'],
      ['执行数', 'executed'],
    ] as const) {
      const a = report[key];
      const b = own[key];
      if (a == null || b == null || toFen(a) === toFen(b)) continue;
      out.push(
        finding('key_project_figures_differ', 'warning', SECTIONS.projects, `${at}.${key}`, b, a, {
          project: pr.name,
          column,
          report: a,
          own: b,
        }),
      );
    }
    if (pr.score != null && own.total != null && Math.round(pr.score * 100) !== Math.round(own.total * 100))
      out.push(
        finding(
          'key_project_score_differs',
          'warning',
          SECTIONS.projects,
          `${at}.score`,
          own.total,
          pr.score,
          {
            project: pr.name,
            report: pr.score,
            own: own.total,
          },
        ),
      );
  });
  return out;
}

function totalsFindings(e: Evaluation, projects: readonly ProjectSummary[]): Finding[] {
  const spending = projectSpending(e);
  const out: Finding[] = [];
  for (const [column, key] of [
    ['预算数', 'budget'],
    ['执行数', 'executed'],
  ] as const) {
    const total = spending[key];
    const parts = projects.map((p) => p[key]);
    if (total == null || parts.length === 0 || parts.some((v) => v == null)) continue;
    const r = checkSum(parts as number[], total);
    if (r.agreement !== 'mismatch') continue;
    const sum = fromFen(parts.reduce((s: number, v) => s + toFen(v as number), 0));
    out.push(
      finding('project_totals_mismatch', 'warning', SECTIONS.finance, spending.path, total, sum, {
        column,
        sum,
        total,
        count: projects.length,
        gap: roundWan2(fromFen(r.gapFen)),
      }),
    );
  }
  return out;
}

/**
 * Audit a departmental evaluation against the self-evaluations of its projects that year.
 * @example auditProjectRollup(xinhua, [])[0].code // 'key_project_no_self_evaluation'
 */
export function auditProjectRollup(e: Evaluation, projects: readonly ProjectSummary[]): Finding[] {
  const byKey = new Map<string, ProjectSummary>();
  for (const p of projects) if (!byKey.has(nameKey(p.name))) byKey.set(nameKey(p.name), p);
  const out = [...keyProjectFindings(e, byKey), ...totalsFindings(e, projects)];
  const r = rollUpProjects(projects);
  if (r.count > r.scored)
    out.push(
      finding(
        'project_self_evaluations_unscored',
        'warning',
        SECTIONS.projects,
        'projects',
        r.count,
        r.scored,
        {
          count: r.count,
          unscored: r.count - r.scored,
          coverage: r.coverage,
        },
      ),
    );
  const stated = e.reported.projectSelfEvaluations;
  if (stated != null && r.count > 0 && stated !== r.count)
    out.push(
      finding(
        'project_count_differs',
        'warning',
        SECTIONS.projects,
        'reported.projectSelfEvaluations',
        r.count,
        stated,
        { stated, count: r.count },
      ),
    );
  return out;
}
