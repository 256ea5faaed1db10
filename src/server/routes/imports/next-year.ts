/** POST /api/evaluations/:id/next-year (从上年复制): next year's draft from this evaluation; 409 when that year exists. */
import type { Evaluation } from '../../../core/model';
import { draftNextYear } from '../../../core/next-year';
import { findRubric, resolveRubric } from '../../../rubrics';
import { actorOf, currentUser } from '../../auth';
import { AppError, authorize, notFound } from '../../errors';
import { canCreateEvaluation } from '../../policies';
import { presentEvaluation } from '../../presenters';
import { IdParams, loadReadable, type RouteRegistrar, storedDocument, typed } from '../_shared';

const MAX_YEAR = 2100;

/** The rubric of the same region and scope for the year, else the one the evaluation had. */
function rubricFor(prev: Evaluation, year: number): string {
  const old = findRubric(prev.rubric);
  const hit = resolveRubric(old?.region ?? '广州', year, old?.scope ?? 'department');
  return hit?.rubric.id ?? prev.rubric;
}

export const registerNextYearRoute: RouteRegistrar = (app, ctx) => {
  typed(app).post(
    '/api/evaluations/:id/next-year',
    {
      schema: {
        tags: ['evaluations'],
        summary: '从上年复制：以本自评为底稿新建下一年度自评',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const user = currentUser(req);
      const row = await loadReadable(ctx, req, req.params.id);
      authorize(canCreateEvaluation(user, row.departmentId), '无权为该部门新建自评');
      const dept = await ctx.store.getDepartment(row.departmentId);
      if (!dept) throw notFound('该部门');
      if (!dept.active) throw new AppError('invalid_request', `部门“${dept.name}”已停用，不能新建自评`);
      const prev = storedDocument(row);
      const year = row.year + 1;
      if (year > MAX_YEAR) throw new AppError('invalid_request', `年度不能超过 ${MAX_YEAR} 年`);
      // The department as it is named now (it may have been renamed since last year).
      const department = {
        ...prev.department,
        name: dept.name,
        district: dept.district ?? prev.department.district,
      };
      const data = draftNextYear({ ...prev, year: row.year, department }, { rubric: rubricFor(prev, year) });
      const created = await ctx.store.createEvaluation(
        { departmentId: dept.id, year, data, derived: ctx.derive(data) },
        actorOf(req),
      );
      if (!created)
        throw new AppError('evaluation_exists', `${dept.name} ${year} 年度的自评已存在，不能再从上年复制`);
      await ctx.store.appendAudit(
        {
          action: 'copy_from_last_year',
          entity: 'evaluation',
          entityId: String(created.id),
          detail: { from: row.id, fromYear: row.year, year },
        },
        actorOf(req),
      );
      return reply.code(201).send({ evaluation: presentEvaluation(created, user) });
    },
  );
};
