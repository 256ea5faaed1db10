/** GET /api/dashboard/reports.zip: the Word reports of a district's year, one .docx per counted evaluation. */
import { Readable } from 'node:stream';
import { AppError, notFound } from '../../errors';
import { type RouteRegistrar, storedDocument, typed } from '../_shared';
import { attach, deskDistrict, readDashboard } from './_desk';
import { uniqueFileName, type ZipEntry, zipStream } from './_zip';
import { DashboardQuery } from './schema';

const ZIP = 'application/zip';

export const registerDistrictReports: RouteRegistrar = (app, ctx) => {
  typed(app).get(
    '/api/dashboard/reports.zip',
    { schema: { tags: ['dashboard'], summary: '打包下载本区报告（.zip）', querystring: DashboardQuery } },
    async (req, reply) => {
      const district = deskDistrict(req, req.query.district);
      if (district === undefined) throw new AppError('invalid_request', '请指定要打包下载报告的区');
      const d = await readDashboard(ctx, district, req.query);
      if (d.departments.length === 0) {
        const all = Object.values(d.statusCounts).reduce((a, b) => a + b, 0);
        if (all === 0 && d.statuses.length === 5) throw notFound(`${district} ${d.year} 年度的自评`);
        throw new AppError(
          'not_found',
          `${district} ${d.year} 年度没有符合筛选条件、计入排名的自评` +
            (d.uncounted.length ? `（${d.uncounted.length} 份为草稿或退回，未计入）` : ''),
        );
      }
      // docx is loaded at the first download, not at start.
      const { renderReport } = await import('../../../documents/report');
      const ids = d.departments.map((x) => x.evaluationId);
      const log = req.log;
      /** One evaluation read and rendered at a time; one that fails is named in a note instead of stopping all. */
      async function* entries(): AsyncGenerator<ZipEntry> {
        const taken = new Set<string>();
        const failed: string[] = [];
        for (const id of ids) {
          const row = await ctx.store.getEvaluation(id);
          if (!row) continue;
          try {
            const bytes = await renderReport(storedDocument(row), 'docx');
            yield { name: uniqueFileName(taken, row.departmentName, 'docx'), data: bytes };
          } catch (err) {
            log.warn({ err, id }, 'report in zip failed');
            failed.push(`${row.departmentName}：${err instanceof AppError ? err.message : '生成报告时出错'}`);
          }
        }
        if (failed.length)
          yield {
            name: uniqueFileName(taken, '未能生成的报告', 'txt'),
            data: Buffer.from(`以下 ${failed.length} 份报告未能生成：\r\n${failed.join('\r\n')}\r\n`, 'utf8'),
          };
      }
      return attach(reply, ZIP, `${district} ${d.year} 年度自评报告.zip`, `reports-${d.year}.zip`).send(
        Readable.from(zipStream(entries())),
      );
    },
  );
};
