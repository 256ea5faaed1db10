/** GET /api/audit-log: the log of every change and login, with the actor's display name, for the administrator. */
import { AuditLogQuery } from '../../../api';
import { currentUser } from '../../auth';
import { authorize } from '../../errors';
import { canManageUsers } from '../../policies';
import { presentAuditEntry } from '../../presenters';
import { type RouteRegistrar, typed } from '../_shared';

export const registerAuditLogRoutes: RouteRegistrar = (app, ctx) => {
  typed(app).get(
    '/api/audit-log',
    { schema: { tags: ['users'], summary: '操作日志（管理员）', querystring: AuditLogQuery } },
    async (req) => {
      authorize(canManageUsers(currentUser(req)), '只有管理员可以查看操作日志');
      const q = req.query;
      const entries = await ctx.store.listAudit({
        limit: q.limit,
        ...(q.entity ? { entity: q.entity } : {}),
        ...(q.entityId ? { entityId: q.entityId } : {}),
      });
      return { entries: entries.map(presentAuditEntry) };
    },
  );
};
