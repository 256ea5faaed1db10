/** Accounts are managed by the administrator alone. */
import type { UserRow } from '../../store';

export const canManageUsers = (user: UserRow) => user.role === 'admin';
