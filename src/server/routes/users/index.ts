/** Accounts and roles, for the administrator: list, create, change (a new password or disabling ends sessions). */
import type { Role, Store, UserRow } from '../../../store';
import { actorOf, currentUser } from '../../auth';
import { AppError, authorize, notFound } from '../../errors';
import { canManageUsers } from '../../policies';
import { presentUser } from '../../presenters';
import { IdParams, type RouteRegistrar, typed } from '../_shared';
import { CreateUserBody, UpdateUserBody } from './schema';

/** Department roles need a department, reviewers a district; returns the fields to store. */
async function checkRoleScope(
  store: Store,
  role: Role,
  departmentId: number | null,
  district: string | null,
) {
  if (role === 'editor' || role === 'staff') {
    if (departmentId === null)
      throw new AppError('invalid_request', '部门填报人员必须指定所属部门 departmentId');
    if (!(await store.getDepartment(departmentId))) throw notFound('所指定的部门');
    return { departmentId, district: null };
  }
  if (role === 'reviewer') {
    if (!district) throw new AppError('invalid_request', '审核人员必须指定所辖区 district');
    return { departmentId: null, district };
  }
  return { departmentId: null, district: null };
}

export const registerUserRoutes: RouteRegistrar = (app, ctx) => {
  const r = typed(app);
  const admin = (u: UserRow) => authorize(canManageUsers(u), '只有管理员可以管理账户');

  r.get('/api/users', { schema: { tags: ['users'], summary: '账户列表（管理员）' } }, async (req) => {
    admin(currentUser(req));
    return { users: (await ctx.store.listUsers()).map(presentUser) };
  });

  r.post(
    '/api/users',
    { schema: { tags: ['users'], summary: '新建账户（管理员）', body: CreateUserBody } },
    async (req, reply) => {
      admin(currentUser(req));
      const b = req.body;
      if (await ctx.store.findUserForLogin(b.username))
        throw new AppError('username_taken', `用户名 ${b.username} 已被使用`);
      const scope = await checkRoleScope(
        ctx.store,
        b.role as Role,
        b.departmentId ?? null,
        b.district ?? null,
      );
      const user = await ctx.store.createUser(
        {
          username: b.username,
          name: b.name,
          passwordHash: await ctx.hasher.hash(b.password),
          role: b.role as Role,
          ...scope,
          active: true,
        },
        actorOf(req),
      );
      return reply.code(201).send({ user: presentUser(user) });
    },
  );

  r.patch(
    '/api/users/:id',
    { schema: { tags: ['users'], summary: '修改账户（管理员）', params: IdParams, body: UpdateUserBody } },
    async (req) => {
      const me = currentUser(req);
      admin(me);
      const target = await ctx.store.getUser(req.params.id);
      if (!target) throw notFound('该账户');
      const b = req.body;
      if (target.id === me.id && (b.active === false || (b.role !== undefined && b.role !== 'admin'))) {
        throw new AppError('forbidden', '不能停用自己的账户或取消自己的管理员角色');
      }
      const role = (b.role ?? target.role) as Role;
      const scope = await checkRoleScope(
        ctx.store,
        role,
        b.departmentId !== undefined ? b.departmentId : target.departmentId,
        b.district !== undefined ? b.district : target.district,
      );
      const user = await ctx.store.updateUser(
        target.id,
        {
          ...(b.name !== undefined ? { name: b.name } : {}),
          ...(b.password !== undefined ? { passwordHash: await ctx.hasher.hash(b.password) } : {}),
          ...(b.active !== undefined ? { active: b.active } : {}),
          role,
          ...scope,
        },
        actorOf(req),
      );
      if (!user) throw notFound('该账户');
      return { user: presentUser(user) };
    },
  );
};
