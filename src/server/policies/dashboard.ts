/** District dashboards: the administrator any district, a reviewer its own; departments see their own evaluations instead. */
import type { UserRow } from '../../store';

export const canReadDashboard = (user: UserRow, district: string) =>
  user.role === 'admin' || (user.role === 'reviewer' && user.district !== null && user.district === district);

/** Import previews: those who can create evaluations. */
export const canImport = (user: UserRow) => user.role === 'admin' || user.role === 'editor';
