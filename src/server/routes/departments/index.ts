/** Departments: the list a user may see; the administrator adds new ones. */
import { actorOf, currentUser } from '../../auth';
import { AppError, authorize } from '../../errors';
import { canCreateDepartment, departmentScope } from '../../policies';
import { presentDepartment } from '../../presenters';
import { type RouteRegistrar, typed } from '../_shared';
import { CreateDepartmentBody } from './schema';

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
      authorize(canCreateDepartment(currentUser(req)), '只有管理员可以新增部门');
      const existing = await ctx.store.listDepartments();
      if (existing.some((d) => d.name === req.body.name))
        throw new AppError('department_exists', `部门“${req.body.name}”已存在`);
      const dept = await ctx.store.createDepartment(
        { name: req.body.name, district: req.body.district ?? null },
        actorOf(req),
      );
      return reply.code(201).send({ department: presentDepartment(dept) });
    },
  );
};
