/** What the project routes share: the department a user may see, and who may create its projects. */
import type { FastifyRequest } from 'fastify';
import type { DepartmentRow } from '../../../store';
import { currentUser } from '../../auth';
import type { ServerContext } from '../../context';
import { AppError, authorize, notFound } from '../../errors';
import { canCreateEvaluation, canReadDepartment } from '../../policies';

/** The department, after checking the user may see it: one the user may not see is answered as a missing one. */
export async function loadDepartment(
  ctx: ServerContext,
  req: FastifyRequest,
  id: number,
): Promise<DepartmentRow> {
  const dept = await ctx.store.getDepartment(id);
  if (!dept || !canReadDepartment(currentUser(req), dept)) throw notFound('该部门');
  return dept;
}

/** Creating projects (one, or a list): the department's editor or the administrator, in an active department. */
export function authorizeCreate(req: FastifyRequest, dept: DepartmentRow): void {
  authorize(canCreateEvaluation(currentUser(req), dept.id), '只有本部门填报负责人和管理员可以新建项目自评');
  if (!dept.active) throw new AppError('department_inactive', `部门“${dept.name}”已停用，不能新建项目自评`);
}
