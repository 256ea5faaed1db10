/**
 * POST /api/import/save: an imported document into its place. A file of another department or year is refused for
 * an editor and needs an administrator's explicit confirmation (written to the audit log); onto an evaluation that
 * already exists it is merged by the client and written against the version it merged with.
 */
import type { FastifyRequest } from 'fastify';
import { describeMismatch, type Mismatch, placeMismatch } from '../../../core/import-place';
import type { Evaluation } from '../../../core/model';
import type { DepartmentRow, EvaluationRow, UserRow } from '../../../store';
import { actorOf, currentUser } from '../../auth';
import type { ServerContext } from '../../context';
import { AppError, authorize, notFound } from '../../errors';
import {
  canCreateEvaluation,
  canEditEvaluation,
  canImport,
  canReadDepartment,
  canReadEvaluation,
} from '../../policies';
import { presentEvaluation } from '../../presenters';
import { summarizeChange } from '../../services/change-summary';
import { EDITABLE_STATUSES, STATUS_LABELS } from '../../services/workflow';
import { type RouteRegistrar, typed } from '../_shared';
import { ImportSaveBody } from './schema';

type Body = ImportSaveBody;

/** Stop a save into the wrong place: an editor always, an administrator until they confirm. */
function checkPlace(user: UserRow, body: Body, dept: DepartmentRow): Mismatch | null {
  const data = body.data as Evaluation;
  const read = body.read ?? { department: data.department.name, year: data.year };
  const mismatch = placeMismatch(read, data, dept);
  if (!mismatch) return null;
  const what = describeMismatch(mismatch);
  if (user.role !== 'admin')
    throw new AppError('forbidden', `${what}，不能导入到这里。请选择对应的部门和年度，或请管理员导入。`, {
      mismatch,
    });
  if (!body.confirmMismatch)
    throw new AppError('import_mismatch', `${what}。确认无误后请勾选确认再保存。`, {
      mismatch,
      confirmable: true,
    });
  return mismatch;
}

async function auditConfirmed(
  ctx: ServerContext,
  req: FastifyRequest,
  evaluationId: number,
  mismatch: Mismatch,
  data: Evaluation,
): Promise<void> {
  await ctx.store.appendAudit(
    {
      action: 'import_mismatch_confirmed',
      entity: 'evaluation',
      entityId: String(evaluationId),
      detail: { ...mismatch, file: data.extraction?.source ?? null },
    },
    actorOf(req),
  );
}

/** The stored evaluation of that department and year, when the user may read it. */
async function existing(
  ctx: ServerContext,
  dept: DepartmentRow,
  year: number,
): Promise<EvaluationRow | null> {
  const [hit] = await ctx.store.listEvaluations({ departmentIds: [dept.id], year });
  return hit ? ctx.store.getEvaluation(hit.id) : null;
}

/** Write the merged document onto the evaluation it was merged with, checked like any save. */
async function writeOnto(
  ctx: ServerContext,
  req: FastifyRequest,
  body: Body & { onto: NonNullable<Body['onto']> },
  dept: DepartmentRow,
): Promise<EvaluationRow> {
  const user = currentUser(req);
  const data = body.data as Evaluation;
  const row = await ctx.store.getEvaluation(body.onto.id);
  if (!row || !canReadEvaluation(user, row)) throw notFound('要合并的自评');
  if (row.kind !== 'department')
    throw new AppError('invalid_request', '要合并的是一份项目自评，部门整体支出自评报告不能合并到项目自评中');
  if (row.departmentId !== dept.id || row.year !== data.year)
    throw new AppError(
      'invalid_request',
      `要合并的自评是 ${row.departmentName} ${row.year} 年度，与所选的部门和年度不符`,
    );
  authorize(canEditEvaluation(user, row), '无权修改该自评');
  if (!EDITABLE_STATUSES.includes(row.status))
    throw new AppError('evaluation_locked', `自评${STATUS_LABELS[row.status]}，已锁定，不能导入合并`);
  const conflict = (current: EvaluationRow) =>
    new AppError(
      'version_conflict',
      `合并期间该自评已被 ${current.updatedByName} 修改（当前第 ${current.version} 版），请重新合并`,
      { current: presentEvaluation(current, user) },
    );
  if (row.version !== body.onto.version) throw conflict(row);
  const result = await ctx.store.writeEvaluation(
    {
      id: row.id,
      expectedVersion: body.onto.version,
      expectedStatus: row.status,
      data,
      year: data.year,
      derived: ctx.derive(data),
      summary: `导入合并（${data.extraction?.source ?? '文件'}）：${summarizeChange(row.data, data)}`,
    },
    actorOf(req),
  );
  if (result.ok) return result.evaluation;
  if (result.reason === 'conflict') throw conflict(result.current);
  throw notFound('要合并的自评');
}

export const registerImportSaveRoute: RouteRegistrar = (app, ctx) => {
  typed(app).post(
    '/api/import/save',
    {
      schema: {
        tags: ['import'],
        summary: '把导入的文档保存到部门（核对部门和年度，已有则合并）',
        body: ImportSaveBody,
      },
    },
    async (req, reply) => {
      const user = currentUser(req);
      authorize(canImport(user), '只有部门填报负责人和管理员可以导入');
      const body = req.body;
      const dept = await ctx.store.getDepartment(body.departmentId);
      if (!dept || !canReadDepartment(user, dept)) throw notFound('该部门');
      authorize(canCreateEvaluation(user, dept.id), '无权导入到该部门');
      const mismatch = checkPlace(user, body, dept);
      const data = body.data as Evaluation;
      if (body.onto) {
        const row = await writeOnto(ctx, req, { ...body, onto: body.onto }, dept);
        if (mismatch) await auditConfirmed(ctx, req, row.id, mismatch, data);
        return { evaluation: presentEvaluation(row, user), merged: true };
      }
      if (!dept.active) throw new AppError('invalid_request', `部门“${dept.name}”已停用，不能导入`);
      const created = await ctx.store.createEvaluation(
        { departmentId: dept.id, year: data.year, data, derived: ctx.derive(data) },
        actorOf(req),
      );
      if (!created) {
        const current = await existing(ctx, dept, data.year);
        throw new AppError(
          'evaluation_exists',
          `${dept.name} ${data.year} 年度的自评已存在：请逐项选择保留已保存的内容还是导入的内容，合并后保存`,
          current ? { current: presentEvaluation(current, user) } : {},
        );
      }
      if (mismatch) await auditConfirmed(ctx, req, created.id, mismatch, data);
      return reply.code(201).send({ evaluation: presentEvaluation(created, user), merged: false });
    },
  );
};
