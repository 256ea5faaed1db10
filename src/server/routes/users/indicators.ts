/** The indicators a department account owns: listed per evaluation of its department, and reassigned by the administrator. */
import type { UserRow } from '../../../store';
import { actorOf, currentUser } from '../../auth';
import type { ServerContext } from '../../context';
import { AppError, authorize, notFound } from '../../errors';
import { canManageUsers, ownsIndicators } from '../../policies';
import { EDITABLE_STATUSES, STATUS_LABELS } from '../../services/workflow';
import { IdParams, type RouteRegistrar, storedDocument, typed } from '../_shared';
import { assignIndicators, listIndicatorRows } from './_owners';
import { AssignIndicatorsBody } from './schema';

/** Every evaluation of the account's department with its indicator rows and their owners by display name. */
async function listOwned(ctx: ServerContext, target: UserRow) {
  if (!ownsIndicators(target)) return { evaluations: [] };
  const names = new Map((await ctx.store.listUsers()).map((u) => [u.username, u.name]));
  const summaries = await ctx.store.listEvaluations({ departmentIds: [target.departmentId!] });
  const evaluations = [];
  for (const s of [...summaries].sort((a, b) => b.year - a.year)) {
    const row = await ctx.store.getEvaluation(s.id);
    if (!row) continue;
    let rows: ReturnType<typeof listIndicatorRows> = [];
    try {
      rows = listIndicatorRows(storedDocument(row));
    } catch {
      // A document stored under an older format is listed without rows rather than failing the whole list.
    }
    evaluations.push({
      id: row.id,
      year: row.year,
      status: row.status,
      version: row.version,
      editable: EDITABLE_STATUSES.includes(row.status),
      indicators: rows.map((r) => ({ ...r, ownerName: r.owner ? (names.get(r.owner) ?? r.owner) : null })),
    });
  }
  return { evaluations };
}

export const registerIndicatorRoutes: RouteRegistrar = (app, ctx) => {
  const r = typed(app);
  const admin = (u: UserRow) => authorize(canManageUsers(u), '只有管理员可以指派指标负责人');

  r.get(
    '/api/users/:id/indicators',
    { schema: { tags: ['users'], summary: '账户负责的指标（管理员）', params: IdParams } },
    async (req) => {
      admin(currentUser(req));
      const target = await ctx.store.getUser(req.params.id);
      if (!target) throw notFound('该账户');
      return listOwned(ctx, target);
    },
  );

  r.put(
    '/api/users/:id/indicators',
    {
      schema: {
        tags: ['users'],
        summary: '指派账户负责的指标（管理员）',
        params: IdParams,
        body: AssignIndicatorsBody,
      },
    },
    async (req) => {
      admin(currentUser(req));
      const target = await ctx.store.getUser(req.params.id);
      if (!target) throw notFound('该账户');
      if (!ownsIndicators(target))
        throw new AppError('invalid_request', '只有部门的填报人员和经办人员可以负责指标');
      const { evaluationId, version, paths } = req.body;
      const row = await ctx.store.getEvaluation(evaluationId);
      if (!row) throw notFound('该自评');
      if (row.departmentId !== target.departmentId)
        throw new AppError(
          'invalid_request',
          `该自评属于${row.departmentName}，不是 ${target.name} 所在的部门`,
        );
      if (!EDITABLE_STATUSES.includes(row.status))
        throw new AppError(
          'evaluation_locked',
          `自评${STATUS_LABELS[row.status]}，已锁定，不能改变指标负责人`,
        );
      const stale = () =>
        new AppError('version_conflict', `该自评已被修改（当前第 ${row.version} 版），请刷新后重新指派`);
      if (row.version !== version) throw stale();
      const { doc, changed, unknown } = assignIndicators(storedDocument(row), target.username, paths);
      if (unknown.length) throw new AppError('invalid_request', `指标不存在：${unknown.join('、')}`);
      if (changed > 0) {
        const result = await ctx.store.writeEvaluation(
          {
            id: row.id,
            expectedVersion: version,
            expectedStatus: row.status,
            data: doc,
            summary: `指派指标负责人：${target.name}（${changed} 项变动）`,
          },
          actorOf(req),
        );
        if (!result.ok) {
          if (result.reason === 'not_found') throw notFound('该自评');
          throw stale();
        }
      }
      return listOwned(ctx, target);
    },
  );
};
