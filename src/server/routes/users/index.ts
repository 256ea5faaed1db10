/** Accounts, for the administrator: list, create, change, deactivate, reset a password (temporary until changed). */
import { DuplicateError, type Role, type Store, type UserRow } from '../../../store';
import { actorOf, assertPasswordPolicy, currentUser } from '../../auth';
import { AppError, authorize, notFound } from '../../errors';
import { canManageUsers, selfChangeRefusal } from '../../policies';
import { presentUser } from '../../presenters';
import { IdParams, type RouteRegistrar, typed } from '../_shared';
import { registerIndicatorRoutes } from './indicators';
import { CreateUserBody, ResetPasswordBody, UpdateUserBody } from './schema';

/**
 * Department roles need a department (an active one when it is newly given), reviewers a district; returns the
 * fields to store.
 */
async function checkRoleScope(
  store: Store,
  role: Role,
  departmentId: number | null,
  district: string | null,
  previousDepartmentId: number | null = null,
) {
  if (role === 'editor' || role === 'staff') {
    if (departmentId === null) throw new AppError('invalid_request', '部门填报人员必须指定所属部门');
    const dept = await store.getDepartment(departmentId);
    if (!dept) throw notFound('所指定的部门');
    if (!dept.active && departmentId !== previousDepartmentId)
      throw new AppError('department_inactive', `部门“${dept.name}”已停用，不能再分配账户`);
    return { departmentId, district: null };
  }
  if (role === 'reviewer') {
    if (!district) throw new AppError('invalid_request', '审核人员必须指定所辖区');
    return { departmentId: null, district };
  }
  return { departmentId: null, district: null };
}

const taken = (username: string) => new AppError('username_taken', `用户名 ${username} 已被使用`);

export const registerUserRoutes: RouteRegistrar = (app, ctx) => {
  const r = typed(app);
  const admin = (u: UserRow) => authorize(canManageUsers(u), '只有管理员可以管理账户');
  const loadTarget = async (id: number) => {
    const target = await ctx.store.getUser(id);
    if (!target) throw notFound('该账户');
    return target;
  };

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
      // A cheap early answer; two requests racing past it are told apart by the store's unique username.
      if (await ctx.store.findUserForLogin(b.username)) throw taken(b.username);
      const scope = await checkRoleScope(ctx.store, b.role, b.departmentId ?? null, b.district ?? null);
      assertPasswordPolicy(b.password, b.username, 'password');
      try {
        const user = await ctx.store.createUser(
          {
            username: b.username,
            name: b.name,
            passwordHash: await ctx.hasher.hash(b.password),
            role: b.role,
            ...scope,
            active: true,
            mustChangePassword: b.mustChangePassword,
          },
          actorOf(req),
        );
        return reply.code(201).send({ user: presentUser(user) });
      } catch (e) {
        if (e instanceof DuplicateError) throw taken(b.username);
        throw e;
      }
    },
  );

  r.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: '修改、停用或启用账户（管理员）',
        params: IdParams,
        body: UpdateUserBody,
      },
    },
    async (req) => {
      const me = currentUser(req);
      admin(me);
      const target = await loadTarget(req.params.id);
      const b = req.body;
      const refusal = selfChangeRefusal(me, target, b);
      if (refusal) throw new AppError('forbidden', refusal);
      const role = b.role ?? target.role;
      const scope = await checkRoleScope(
        ctx.store,
        role,
        b.departmentId !== undefined ? b.departmentId : target.departmentId,
        b.district !== undefined ? b.district : target.district,
        target.departmentId,
      );
      const onlyActive = b.active !== undefined && Object.keys(b).length === 1;
      const user = await ctx.store.updateUser(
        target.id,
        {
          ...(b.name !== undefined ? { name: b.name } : {}),
          ...(b.active !== undefined ? { active: b.active } : {}),
          role,
          ...scope,
        },
        actorOf(req),
        onlyActive ? (b.active ? 'activate' : 'deactivate') : 'update',
      );
      if (!user) throw notFound('该账户');
      return { user: presentUser(user) };
    },
  );

  r.post(
    '/api/users/:id/password',
    {
      schema: {
        tags: ['users'],
        summary: '重设密码（管理员）：设临时密码，用户下次登录时须修改',
        params: IdParams,
        body: ResetPasswordBody,
      },
    },
    async (req) => {
      const me = currentUser(req);
      admin(me);
      const target = await loadTarget(req.params.id);
      const refusal = selfChangeRefusal(me, target, { resetPassword: true });
      if (refusal) throw new AppError('forbidden', refusal);
      assertPasswordPolicy(req.body.password, target.username, 'password');
      const user = await ctx.store.updateUser(
        target.id,
        { passwordHash: await ctx.hasher.hash(req.body.password), mustChangePassword: true },
        actorOf(req),
        'reset_password',
      );
      if (!user) throw notFound('该账户');
      return { user: presentUser(user) };
    },
  );

  registerIndicatorRoutes(app, ctx);
};
