/**
 * GET /api/departments/:id/projects/export?year=&format=xlsx|zip: every 项目支出绩效自评表 of a department's year, as
 * one workbook with a sheet per project or a .zip of one .docx (or .xlsx) per project, in the list's order.
 */
import type { ProjectEvaluation } from '../../../core/model';
import { notFound } from '../../errors';
import { documentKind } from '../../services/kinds';
import { type RouteRegistrar, typed } from '../_shared';
import { attach, XLSX } from '../dashboard/_desk';
import { loadDepartment } from './_access';
import { DepartmentParams, ProjectExportQuery } from './schema';

export const registerProjectExportRoute: RouteRegistrar = (app, ctx) => {
  const kind = documentKind('project');
  typed(app).get(
    '/api/departments/:id/projects/export',
    {
      schema: {
        tags: ['projects'],
        summary: '下载全部项目支出绩效自评表（一个工作簿或 .zip）',
        params: DepartmentParams,
        querystring: ProjectExportQuery,
      },
    },
    async (req, reply) => {
      const dept = await loadDepartment(ctx, req, req.params.id);
      const { year, format, type } = req.query;
      const rows = await ctx.store.listEvaluations({ departmentIds: [dept.id], year, kind: 'project' });
      const docs: ProjectEvaluation[] = [];
      for (const row of rows) {
        const full = await ctx.store.getEvaluation(row.id);
        // A draft prints as far as it is filled in.
        const parsed = full ? kind.parseStored(full.data) : null;
        if (parsed?.success) docs.push(parsed.data as ProjectEvaluation);
      }
      if (docs.length === 0) throw notFound(`${dept.name} ${year} 年度的项目自评`);
      // exceljs and the writers are loaded at the first download, not at start.
      const many = await import('../../../documents/project-table/many');
      const name = `${dept.name} ${year} 年度项目支出绩效自评表`;
      if (format === 'xlsx')
        return attach(reply, XLSX, `${name}.xlsx`, `projects-${year}.xlsx`).send(
          Buffer.from(await many.writeProjectTablesWorkbook(docs)),
        );
      const bytes = await many.writeProjectTablesZip(docs, type);
      return attach(reply, 'application/zip', `${name}（${type}）.zip`, `projects-${year}.zip`).send(
        Buffer.from(bytes),
      );
    },
  );
};
