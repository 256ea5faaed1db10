/** Downloads: the evaluation as a Word report or an Excel workbook. */
import { IdParams, loadReadable, type RouteRegistrar, storedDocument, typed } from '../_shared';

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
        const { renderReport } = await import('../../../documents/report');
        const bytes = await renderReport(storedDocument(row), format);
        const name = `${row.year}年度${row.departmentName}部门整体支出绩效自评.${format}`;
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
