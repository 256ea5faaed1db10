/** GET /api/dashboard: figures for one district and year (defaults: the reviewer's district, the latest year). */
import { type RouteRegistrar, typed } from '../_shared';
import { deskDistrict, readDashboard } from './_desk';
import { registerDeskExports } from './exports';
import { registerDistrictReports } from './reports-zip';
import { DashboardQuery } from './schema';

export const registerDashboardRoutes: RouteRegistrar = (app, ctx) => {
  typed(app).get(
    '/api/dashboard',
    { schema: { tags: ['dashboard'], summary: '区县看板', querystring: DashboardQuery } },
    async (req) => readDashboard(ctx, deskDistrict(req, req.query.district), req.query),
  );
  registerDeskExports(app, ctx);
  registerDistrictReports(app, ctx);
};
