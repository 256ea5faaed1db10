/** Request bodies of the login routes. */
import { z } from 'zod';

export const LoginBody = z.object({
  username: z.string().trim().min(1, { error: '请输入用户名' }).max(100),
  password: z.string().min(1, { error: '请输入密码' }).max(500),
});
