/** Bodies of the account routes. */
import { z } from 'zod';
import { ROLES } from '../../../store';

const role = z.enum(ROLES as [string, ...string[]], { error: '角色应为 admin、reviewer、editor 或 staff' });
const password = z.string().min(8, { error: '密码至少 8 个字符' }).max(200);

export const CreateUserBody = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{2,50}$/, { error: '用户名应为 2 到 50 个字母、数字、下划线、点或横线' }),
  name: z.string().trim().min(1, { error: '姓名不能为空' }).max(100),
  password,
  role,
  departmentId: z.number().int().positive().nullish(),
  district: z.string().trim().min(1).max(100).nullish(),
});

export const UpdateUserBody = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  password: password.optional(),
  role: role.optional(),
  departmentId: z.number().int().positive().nullable().optional(),
  district: z.string().trim().min(1).max(100).nullable().optional(),
  active: z.boolean().optional(),
});
