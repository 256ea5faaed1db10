/**
 * Benchmark: one department's 228 project self-evaluations (seed 000 counts 228): the list read into drafts, every
 * project scored and audited, rolled up, and all 自评表 written as one workbook and as a .zip of .xlsx files.
 * Aims (issue 14): list and score under 200 ms, all 228 自评表 as one workbook under 10 s.
 */
import { auditProjectEvaluation } from '../src/core/audit/project';
import { ProjectEvaluation } from '../src/core/model';
import { round2 } from '../src/core/money';
import { rollUpProjects } from '../src/core/project-rollup';
import { scoreProjectEvaluation } from '../src/core/rubric';
import { readProjectList } from '../src/documents/project-list';
import { writeProjectTablesWorkbook, writeProjectTablesZip } from '../src/documents/project-table';
import { getRubric } from '../src/rubrics';
import { buildProjectList, writeProjectListXlsx } from '../test/fixtures/projects/list';
import { indicatorsFor } from './_project-data';
import { median } from './_timing';
import { benchProjectList } from './project-list';
import { benchProjectServer } from './projects-server';

export async function benchProjects(): Promise<Record<string, string | number>> {
  const list = buildProjectList();
  const read = await readProjectList(await writeProjectListXlsx(list), 'list.xlsx', { year: list.year });
  const docs = read.projects.map((d, i) =>
    ProjectEvaluation.parse({ ...d, indicators: indicatorsFor(i), drafts: undefined }),
  );
  const rubric = getRubric('national-project-2020');
  const scoreAll = () => docs.map((d) => scoreProjectEvaluation(d, rubric));
  const scores = scoreAll();
  const summaries = docs.map((d, i) => ({
    name: d.project.name,
    budget: d.finance.budget ?? null,
    executed: d.finance.executed ?? null,
    total: scores[i]!.total === null ? null : round2(scores[i]!.total!),
    grade: scores[i]!.grade,
  }));
  const rollup = rollUpProjects(summaries);
  const t0 = performance.now();
  const workbook = await writeProjectTablesWorkbook(docs);
  const workbookMs = Math.round(performance.now() - t0);
  const t1 = performance.now();
  const zip = await writeProjectTablesZip(docs, 'xlsx');
  const zipMs = Math.round(performance.now() - t1);
  const scoreMs = await median(scoreAll);
  const auditMs = await median(() => docs.map((d, i) => auditProjectEvaluation(d, rubric, {}, scores[i])));
  return {
    ...(await benchProjectList()),
    ...(await benchProjectServer()),
    '评分 228 个项目（中位数，ms）': scoreMs,
    '审核 228 个项目（已评分，中位数，ms）': auditMs,
    '汇总（覆盖率、等级分布）': `覆盖率 ${rollup.coverage}%，优 ${rollup.distribution.优} / 良 ${rollup.distribution.良} / 中 ${rollup.distribution.中} / 差 ${rollup.distribution.差}`,
    '228 张自评表写成一个工作簿（ms）': workbookMs,
    '工作簿大小（KB）': Math.round(workbook.byteLength / 1024),
    '228 张自评表打包为 .zip（.xlsx，ms）': zipMs,
    '.zip 大小（KB）': Math.round(zip.byteLength / 1024),
    '评分目标 200 ms 之比（越小越好）': round2(scoreMs / 200),
    '工作簿目标 10 s 之比（越小越好）': round2(workbookMs / 10_000),
  };
}
