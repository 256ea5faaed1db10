/** GET /api/audit-log: the log of every change and login, for the administrator. */
import { z } from 'zod';
import { currentUser } from '../../auth';
import { authorize } from '../../errors';
import { canManageUsers } from '../../policies';
import { type RouteRegistrar, typed } from '../_shared';

const Query = z.object({
  entity: z.string().trim().min(1).optional(),
  entityId: z.string().trim().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const registerAuditLogRoutes: RouteRegistrar = (app, ctx) => {
  typed(app).get(
    '/api/audit-log',
    { schema: { tags: ['users'], summary: '操作日志（管理员）', querystring: Query } },
    async (req) => {
      authorize(canManageUsers(currentUser(req)), '只有管理员可以查看操作日志');
      const q = req.query;
      const entries = await ctx.store.listAudit({
        limit: q.limit,
        ...(q.entity ? { entity: q.entity } : {}),
        ...(q.entityId ? { entityId: q.entityId } : {}),
      });
      return { entries };
    },
  );
};
