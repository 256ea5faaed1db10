/** Evaluations: list, read, create and save against a version (a stale version gets 409; a draft saves with its problems). */
import { describeMismatch, placeMismatch } from '../../../core/import-place';
import type { Evaluation } from '../../../core/model';
import type { EvaluationStatus, UserRow } from '../../../store';
import { actorOf, currentUser } from '../../auth';
import { AppError, authorize, notFound } from '../../errors';
import { canCreateEvaluation, canEditEvaluation, canReadDepartment, departmentScope } from '../../policies';
import { presentEvaluation, presentEvaluationSummary, renderEvaluationJson } from '../../presenters';
import { documentKind } from '../../services/kinds';
import { EDITABLE_STATUSES, STATUS_LABELS } from '../../services/workflow';
import { IdParams, loadReadable, type RouteRegistrar, typed } from '../_shared';
import { registerCommentRoutes } from './comments';
import { registerHistoryRoutes } from './history';
import { CreateBody, ListQuery, UpdateBody } from './schema';
import { registerTransitionRoutes } from './transitions';

/** Answers whose JSON text is made here (`renderEvaluationJson`), not serialized by Fastify. */
const JSON_TYPE = 'application/json; charset=utf-8';

/** The list filter cut to what the user may see; null when nothing can match. */
function scopeFilter(user: UserRow, q: { departmentId?: number | undefined; district?: string | undefined }) {
  const scope = departmentScope(user);
  const ids = scope?.ids;
  if (ids && q.departmentId !== undefined && !ids.includes(q.departmentId)) return null;
  if (scope?.district !== undefined && q.district !== undefined && q.district !== scope.district) return null;
  return {
    ...(q.departmentId !== undefined
      ? { departmentIds: [q.departmentId] }
      : ids
        ? { departmentIds: ids }
        : {}),
    ...(q.district !== undefined
      ? { district: q.district }
      : scope?.district !== undefined
        ? { district: scope.district }
        : {}),
  };
}

export const registerEvaluationRoutes: RouteRegistrar = (app, ctx) => {
  const r = typed(app);

  r.get(
    '/api/evaluations',
    { schema: { tags: ['evaluations'], summary: '自评列表', querystring: ListQuery } },
    async (req) => {
      const q = req.query;
      const filter = scopeFilter(currentUser(req), q);
      if (!filter) return { evaluations: [] };
      const rows = await ctx.store.listEvaluations({
        ...filter,
        ...(q.year !== undefined ? { year: q.year } : {}),
        ...(q.status !== undefined ? { status: q.status as EvaluationStatus } : {}),
      });
      return { evaluations: rows.map(presentEvaluationSummary) };
    },
  );

  r.post(
    '/api/evaluations',
    { schema: { tags: ['evaluations'], summary: '新建自评', body: CreateBody } },
    async (req, reply) => {
      const user = currentUser(req);
      const dept = await ctx.store.getDepartment(req.body.departmentId);
      // A department the user may not see is answered as a missing one.
      if (!dept || !canReadDepartment(user, dept)) throw notFound('该部门');
      authorize(canCreateEvaluation(user, dept.id), '无权为该部门新建自评');
      if (!dept.active) throw new AppError('department_inactive', `部门“${dept.name}”已停用，不能新建自评`);
      const data = req.body.data as Evaluation;
      // A document naming another department goes in only through the import's confirmation (an administrator).
      const elsewhere = placeMismatch({ department: data.department.name, year: data.year }, data, dept);
      if (elsewhere && user.role !== 'admin')
        throw new AppError('forbidden', `${describeMismatch(elsewhere)}，不能保存到这里`, {
          mismatch: elsewhere,
        });
      const created = await ctx.store.createEvaluation(
        { departmentId: dept.id, year: data.year, data, derived: ctx.derive(data) },
        actorOf(req),
      );
      if (!created) throw new AppError('evaluation_exists', `${dept.name} ${data.year} 年度的自评已存在`);
      return reply.code(201).send({ evaluation: presentEvaluation(created, user) });
    },
  );

  r.get(
    '/api/evaluations/:id',
    { schema: { tags: ['evaluations'], summary: '读取自评', params: IdParams } },
    async (req, reply) => {
      const row = await loadReadable(ctx, req, req.params.id);
      return reply.type(JSON_TYPE).send(renderEvaluationJson(row, currentUser(req)));
    },
  );

  r.put(
    '/api/evaluations/:id',
    {
      schema: { tags: ['evaluations'], summary: '保存自评（带版本号）', params: IdParams, body: UpdateBody },
    },
    async (req, reply) => {
      const user = currentUser(req);
      const row = await loadReadable(ctx, req, req.params.id);
      authorize(
        canEditEvaluation(user, row),
        user.role === 'reviewer' ? '审核人员不能修改自评内容' : '无权修改该自评',
      );
      if (!EDITABLE_STATUSES.includes(row.status)) {
        throw new AppError('evaluation_locked', `自评${STATUS_LABELS[row.status]}，已锁定，不能修改`);
      }
      const conflict = (current: typeof row) =>
        new AppError(
          'version_conflict',
          `该自评已被 ${current.updatedByName} 修改（当前第 ${current.version} 版），请合并后再保存`,
          {
            current: presentEvaluation(current, user),
          },
        );
      if (row.version !== req.body.version) throw conflict(row);
      // The row's kind decides how the document is read, never what the request claims it is.
      const kind = documentKind(row.kind);
      const data = req.body.data as Evaluation;
      if (!kind.owns(data))
        throw new AppError(
          'invalid_document',
          row.kind === 'project'
            ? '该记录是项目自评，提交的内容不是项目自评文档（jixiao/project-evaluation@1）'
            : '该记录是部门整体支出自评，提交的内容却是项目自评文档',
        );
      if (user.role === 'staff') {
        const where = kind.staffViolation(row.data, data, user);
        if (where)
          throw new AppError(
            'forbidden',
            row.kind === 'project'
              ? `只能修改自己负责的项目或分配给自己的指标，不能修改 ${where}`
              : `只能修改分配给自己的指标，不能修改 ${where}`,
          );
      }
      const result = await ctx.store.writeEvaluation(
        {
          id: row.id,
          expectedVersion: req.body.version,
          expectedStatus: row.status,
          data,
          year: data.year,
          ...(row.kind === 'project' ? { subject: kind.subject(data) } : {}),
          derived: kind.derive(data, ctx.rev),
          summary: kind.summarize(row.data, data),
        },
        actorOf(req),
      );
      // A draft is saved with whatever it still lacks; the list comes back with it (submission requires none).
      if (result.ok)
        return reply
          .type(JSON_TYPE)
          .send(renderEvaluationJson(result.evaluation, user, { problems: kind.problems(data) }));
      if (result.reason === 'not_found') throw notFound('该自评');
      if (result.reason === 'exists')
        throw new AppError(
          'evaluation_exists',
          row.kind === 'project'
            ? `该部门 ${data.year} 年度已有同一项目（同一项目编码或名称）的自评`
            : `该部门 ${data.year} 年度的自评已存在`,
        );
      throw conflict(result.current);
    },
  );

  registerHistoryRoutes(app, ctx);
  registerTransitionRoutes(app, ctx);
  registerCommentRoutes(app, ctx);
};
