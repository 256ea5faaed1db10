/** GET /api/dashboard: figures for one district and year (defaults: the reviewer's district, the latest year). */
import { currentUser } from '../../auth';
import { authorize } from '../../errors';
import { canReadDashboard } from '../../policies';
import { buildDashboard } from '../../services/dashboard';
import { type RouteRegistrar, typed } from '../_shared';
import { DashboardQuery } from './schema';

export const registerDashboardRoutes: RouteRegistrar = (app, ctx) => {
  typed(app).get(
    '/api/dashboard',
    { schema: { tags: ['dashboard'], summary: '区县看板', querystring: DashboardQuery } },
    async (req) => {
      const user = currentUser(req);
      const district =
        req.query.district ?? (user.role === 'reviewer' ? (user.district ?? undefined) : undefined);
      authorize(
        district !== undefined ? canReadDashboard(user, district) : user.role === 'admin',
        '只有管理员和本区审核人员可以查看看板',
      );
      const scope = district !== undefined ? { district } : {};
      return ctx.cached(`dashboard|${district ?? ''}|${req.query.year ?? ''}`, async () => {
        let year = req.query.year;
        if (year === undefined) {
          const all = await ctx.store.listEvaluations(scope);
          year = Math.max(0, ...all.map((e) => e.year)) || new Date().getFullYear();
        }
        const [rows, previous] = await Promise.all([
          ctx.store.listEvaluations({ ...scope, year }),
          ctx.store.listEvaluations({ ...scope, year: year - 1 }),
        ]);
        return { district: district ?? null, year, ...buildDashboard(rows, previous) };
      });
    },
  );
};
