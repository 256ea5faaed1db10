/** GET /api/health: answers without a session once the server can reach its database. */
import { type RouteRegistrar, typed } from './_shared';

export const registerHealthRoutes: RouteRegistrar = (app, ctx) => {
  typed(app).get(
    '/api/health',
    { schema: { tags: ['meta'], summary: '健康检查', security: [] }, config: { public: true } },
    async () => {
      await ctx.store.countDepartments();
      return { ok: true };
    },
  );
};
