/** Excel downloads of the desk: the ranking as the dashboard shows it, and the evaluation list with its filter. */
import type { UserRow } from '../../../store';
import { currentUser } from '../../auth';
import { canReadDepartment, departmentScope } from '../../policies';
import { type RouteRegistrar, typed } from '../_shared';
import { attach, deskDistrict, readDashboard, XLSX } from './_desk';
import { DashboardQuery, EvaluationListQuery } from './schema';

/** The list's filter cut to what the user may see, as `GET /api/evaluations` cuts it; null when nothing can match. */
function listScope(user: UserRow, q: { departmentId?: number | undefined; district?: string | undefined }) {
  const scope = departmentScope(user);
  if (scope?.ids && q.departmentId !== undefined && !scope.ids.includes(q.departmentId)) return null;
  if (scope?.district !== undefined && q.district !== undefined && q.district !== scope.district) return null;
  const departmentIds = q.departmentId !== undefined ? [q.departmentId] : scope?.ids;
  const district = q.district ?? scope?.district;
  return {
    ...(departmentIds ? { departmentIds } : {}),
    ...(district !== undefined ? { district } : {}),
  };
}

export const registerDeskExports: RouteRegistrar = (app, ctx) => {
  const r = typed(app);

  r.get(
    '/api/dashboard/ranking.xlsx',
    { schema: { tags: ['dashboard'], summary: '导出部门排名（Excel）', querystring: DashboardQuery } },
    async (req, reply) => {
      const d = await readDashboard(ctx, deskDistrict(req, req.query.district), req.query);
      // exceljs is loaded at the first download, not at start.
      const { writeRankingWorkbook } = await import('./_sheets');
      const place = d.district ?? '全部区';
      const bytes = await writeRankingWorkbook(d, place);
      return attach(reply, XLSX, `${place} ${d.year} 年度自评排名.xlsx`, `ranking-${d.year}.xlsx`).send(
        bytes,
      );
    },
  );

  r.get(
    '/api/evaluations.xlsx',
    { schema: { tags: ['evaluations'], summary: '导出自评列表（Excel）', querystring: EvaluationListQuery } },
    async (req, reply) => {
      const q = req.query;
      const user = currentUser(req);
      const scope = listScope(user, q);
      const rows = scope
        ? await ctx.store.listEvaluations({
            ...scope,
            ...(q.year !== undefined ? { year: q.year } : {}),
            ...(q.status !== undefined ? { status: q.status } : {}),
          })
        : [];
      const sorted = [...rows].sort(
        (a, b) => b.year - a.year || a.departmentName.localeCompare(b.departmentName, 'zh'),
      );
      const { writeListWorkbook, statusNames } = await import('./_sheets');
      const dept =
        scope && q.departmentId !== undefined ? await ctx.store.getDepartment(q.departmentId) : null;
      const department = dept && canReadDepartment(user, dept) ? dept.name : undefined;
      const where = department ?? q.district ?? (user.role === 'reviewer' ? user.district : null) ?? null;
      const note = [
        where ? `范围：${where}` : '范围：全部可见部门',
        q.year !== undefined ? `年度：${q.year}` : '年度：全部',
        `状态：${q.status ? statusNames([q.status]) : '全部'}`,
      ].join('；');
      const year = q.year !== undefined ? `${q.year} 年度` : '';
      const status = q.status ? `（${statusNames([q.status])}）` : '';
      const name = `${[where, year].filter(Boolean).join(' ')}自评列表${status}`;
      const bytes = await writeListWorkbook(sorted, name, note);
      return attach(reply, XLSX, `${name}.xlsx`, 'evaluations.xlsx').send(bytes);
    },
  );
};
