/** Departments: the list a user may see; the administrator adds, renames and deactivates them. */
import { DuplicateError } from '../../../store';
import { actorOf, currentUser } from '../../auth';
import { AppError, authorize, notFound } from '../../errors';
import { canManageDepartments, departmentScope } from '../../policies';
import { presentDepartment } from '../../presenters';
import { IdParams, type RouteRegistrar, typed } from '../_shared';
import { CreateDepartmentBody, UpdateDepartmentBody } from './schema';

/** The store's refusal of a taken name as the 409 the client reads. */
async function namedOnce<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof DuplicateError) throw new AppError('department_exists', `部门“${name}”已存在`);
    throw e;
  }
}

export const registerDepartmentRoutes: RouteRegistrar = (app, ctx) => {
  const r = typed(app);
  r.get('/api/departments', { schema: { tags: ['departments'], summary: '可见的部门' } }, async (req) => {
    const rows = await ctx.store.listDepartments(departmentScope(currentUser(req)));
    return { departments: rows.map(presentDepartment) };
  });

  r.post(
    '/api/departments',
    { schema: { tags: ['departments'], summary: '新增部门（管理员）', body: CreateDepartmentBody } },
    async (req, reply) => {
      authorize(canManageDepartments(currentUser(req)), '只有管理员可以新增部门');
      const dept = await namedOnce(req.body.name, () =>
        ctx.store.createDepartment(
          { name: req.body.name, district: req.body.district ?? null },
          actorOf(req),
        ),
      );
      return reply.code(201).send({ department: presentDepartment(dept) });
    },
  );

  r.patch(
    '/api/departments/:id',
    {
      schema: {
        tags: ['departments'],
        summary: '修改、停用或启用部门（管理员）',
        params: IdParams,
        body: UpdateDepartmentBody,
      },
    },
    async (req) => {
      authorize(canManageDepartments(currentUser(req)), '只有管理员可以修改部门');
      const b = req.body;
      const onlyActive = b.active !== undefined && b.name === undefined && b.district === undefined;
      const action = onlyActive ? (b.active ? 'activate' : 'deactivate') : 'update';
      const dept = await namedOnce(b.name, () =>
        ctx.store.updateDepartment(
          req.params.id,
          {
            ...(b.name !== undefined ? { name: b.name } : {}),
            ...(b.district !== undefined ? { district: b.district } : {}),
            ...(b.active !== undefined ? { active: b.active } : {}),
          },
          actorOf(req),
          action,
        ),
      );
      if (!dept) throw notFound('该部门');
      return { department: presentDepartment(dept) };
    },
  );
};
