/** Accounts are managed by the administrator alone; everyone changes their own password. */
import type { UserRow } from '../../store';

export const canManageUsers = (user: UserRow) => user.role === 'admin';

/** An administrator may not lock themselves out: no deactivating, demoting or resetting their own account. */
export function selfChangeRefusal(
  me: UserRow,
  target: UserRow,
  change: { active?: boolean; role?: string; resetPassword?: boolean },
): string | null {
  if (me.id !== target.id) return null;
  if (change.active === false) return '不能停用自己的账户';
  if (change.role !== undefined && change.role !== 'admin') return '不能取消自己的管理员角色';
  if (change.resetPassword) return '请在右上角账户菜单中用“修改密码”修改自己的密码';
  return null;
}

/** Only accounts of a department (editors and staff) own indicators. */
export const ownsIndicators = (user: UserRow) =>
  (user.role === 'staff' || user.role === 'editor') && user.departmentId !== null;
