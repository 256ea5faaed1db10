/** Downloads: the evaluation as a Word report or an Excel workbook; a project's as its 项目支出绩效自评表. */
import { rollUpProjects } from '../../../core/project-rollup';
import type { EvaluationRow } from '../../../store';
import type { ServerContext } from '../../context';
import { safeScoreProject } from '../../services/derive';
import { projectSummaryOf } from '../../services/project-figures';
import {
  IdParams,
  loadReadable,
  type RouteRegistrar,
  storedDocument,
  storedProjectDocument,
  typed,
} from '../_shared';

/** A project self-evaluation's 自评表 in the national template's layout, with its score. */
async function renderProjectTable(row: EvaluationRow, format: 'docx' | 'xlsx') {
  const doc = storedProjectDocument(row);
  const tables = await import('../../../documents/project-table');
  const write = format === 'docx' ? tables.writeProjectTableDocx : tables.writeProjectTableXlsx;
  const bytes = await write(doc, safeScoreProject(doc));
  return { bytes, name: `${row.year}年度${doc.project.name || '项目'}项目支出绩效自评表.${format}` };
}

/** The department's report, with the roll-up of its project self-evaluations of the year (项目自评覆盖率, grades). */
async function renderDepartmentReport(ctx: ServerContext, row: EvaluationRow, format: 'docx' | 'xlsx') {
  const projects = await ctx.store.listEvaluations({
    departmentIds: [row.departmentId],
    year: row.year,
    kind: 'project',
  });
  const { renderReport } = await import('../../../documents/report');
  const bytes = await renderReport(storedDocument(row), format, {
    projects: projects.length ? rollUpProjects(projects.map(projectSummaryOf)) : null,
  });
  return { bytes, name: `${row.year}年度${row.departmentName}部门整体支出绩效自评.${format}` };
}

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const registerReportRoutes: RouteRegistrar = (app, ctx) => {
  for (const format of ['docx', 'xlsx'] as const) {
    typed(app).get(
      `/api/evaluations/:id/report.${format}`,
      {
        schema: {
          tags: ['reports'],
          summary: format === 'docx' ? '下载 Word 报告' : '下载 Excel 自评表',
          params: IdParams,
        },
      },
      async (req, reply) => {
        const row = await loadReadable(ctx, req, req.params.id);
        // docx and exceljs are loaded at the first download, not at start.
        const { bytes, name } =
          row.kind === 'project'
            ? await renderProjectTable(row, format)
            : await renderDepartmentReport(ctx, row, format);
        return reply
          .header('content-type', TYPES[format])
          .header(
            'content-disposition',
            `attachment; filename="report.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          )
          .send(Buffer.from(bytes));
      },
    );
  }
};
