/** The contract of the account routes: login, the current user, passwords, accounts, departments, the audit log. */
import { z } from 'zod';
import { ROLE_LABEL, ROLES } from '../core/labels';
import { PASSWORD_MAX_LENGTH } from '../core/password';
import { checkText, safeText } from '../core/safe-text';

export const Role = z.enum(ROLES, {
  error: `角色应为 ${ROLES.map((r) => `${r}（${ROLE_LABEL[r]}）`).join('、')} 之一`,
});

export const User = z.object({
  id: z.number().int(),
  username: z.string(),
  name: z.string(),
  role: Role,
  /** The department of an editor or staff member; null for the others. */
  departmentId: z.number().int().nullable(),
  /** The district of a reviewer; null for the others. */
  district: z.string().nullable(),
  active: z.boolean(),
  /** The password was set by an administrator: the user must change it before any other write. */
  mustChangePassword: z.boolean(),
});

export const Department = z.object({
  id: z.number().int(),
  name: z.string(),
  district: z.string().nullable(),
  /** A deactivated department keeps its evaluations but is offered for no new one. */
  active: z.boolean(),
});

export const LoginBody = z.object({
  username: safeText('用户名').min(1, { error: '请输入用户名' }).max(100, { error: '用户名最多 100 个字符' }),
  password: z
    .string({ error: '请输入密码' })
    .min(1, { error: '请输入密码' })
    .max(500, { error: '密码最多 500 个字符' })
    .superRefine(checkText('密码')),
});

/**
 * A new password as sent; the policy (src/core/password: length, username, common passwords) is checked by the
 * route, which knows the username, and answers 400 `weak_password` naming the field.
 */
const newPassword = z
  .string({ error: '请输入密码' })
  .min(1, { error: '请输入密码' })
  .max(PASSWORD_MAX_LENGTH, { error: `密码最多 ${PASSWORD_MAX_LENGTH} 个字符` })
  .superRefine(checkText('密码'));
const name = safeText('姓名').min(1, { error: '姓名不能为空' }).max(100, { error: '姓名最多 100 个字符' });
const district = safeText('区').min(1, { error: '区不能为空' }).max(100, { error: '区最多 100 个字符' });

export const CreateUserBody = z.object({
  username: safeText('用户名').regex(/^[A-Za-z0-9_.-]{2,50}$/, {
    error: '用户名应为 2 到 50 个字母、数字、下划线、点或横线',
  }),
  name,
  password: newPassword,
  role: Role,
  departmentId: z.number().int().positive().nullish(),
  district: district.nullish(),
  /** The password is temporary: the user must choose their own at first login. */
  mustChangePassword: z.boolean().default(false),
});

/** Display name, role, department or district, and whether the account is active (passwords have their own routes). */
export const UpdateUserBody = z.strictObject(
  {
    name: name.optional(),
    role: Role.optional(),
    departmentId: z.number().int().positive().nullable().optional(),
    district: district.nullable().optional(),
    active: z.boolean().optional(),
  },
  { error: (i) => (i.code === 'unrecognized_keys' ? `不能在此修改：${i.keys.join('、')}` : undefined) },
);

/** `POST /api/users/:id/password`: the administrator sets a temporary password. */
export const ResetPasswordBody = z.object({ password: newPassword });

/** `POST /api/me/password`: everyone changes their own, giving the current one. */
export const ChangePasswordBody = z.object({
  currentPassword: z
    .string({ error: '请输入当前密码' })
    .min(1, { error: '请输入当前密码' })
    .max(500, { error: '密码最多 500 个字符' })
    .superRefine(checkText('当前密码')),
  newPassword,
});

const departmentName = safeText('部门名称')
  .min(1, { error: '部门名称不能为空' })
  .max(200, { error: '部门名称最多 200 个字符' });

export const CreateDepartmentBody = z.object({ name: departmentName, district: district.nullish() });

export const UpdateDepartmentBody = z.object({
  name: departmentName.optional(),
  district: district.nullable().optional(),
  active: z.boolean().optional(),
});

export const AuditLogQuery = z.object({
  entity: safeText('对象类型').min(1).max(100).optional(),
  entityId: safeText('对象编号').min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** One line of the audit log: who (username and display name), did what, to which record. */
export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.number().int().nullable(),
  username: z.string(),
  /** The display name at the time of the entry (the username for entries written before names were kept). */
  name: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});

/**
 * `POST /api/auth/login` (its `user.mustChangePassword` says whether a new password must be chosen first),
 * `GET /api/me`, `POST /api/me/password`, `POST /api/users`, `PATCH /api/users/:id`, `POST /api/users/:id/password`.
 */
export const UserResponse = z.object({ user: User });
/** `GET /api/users`. */
export const UsersResponse = z.object({ users: z.array(User) });
/** `POST /api/auth/logout`. */
export const LogoutResponse = z.object({ ok: z.literal(true) });
/** `GET /api/departments`. */
export const DepartmentsResponse = z.object({ departments: z.array(Department) });
/** `POST /api/departments`, `PATCH /api/departments/:id`. */
export const DepartmentResponse = z.object({ department: Department });
/** `GET /api/audit-log`. */
export const AuditLogResponse = z.object({ entries: z.array(AuditEntry) });
