/** Request bodies of the department routes. */
import { z } from 'zod';

export const CreateDepartmentBody = z.object({
  name: z.string().trim().min(1, { error: '部门名称不能为空' }).max(200),
  district: z.string().trim().min(1).max(100).nullish(),
});
