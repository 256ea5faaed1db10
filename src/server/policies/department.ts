/** Who may see a department: the administrator all, a reviewer its district, others their own department. */
import type { DepartmentRow, UserRow } from '../../store';

export function canReadDepartment(user: UserRow, dept: Pick<DepartmentRow, 'id' | 'district'>): boolean {
  switch (user.role) {
    case 'admin':
      return true;
    case 'reviewer':
      return user.district !== null && dept.district === user.district;
    default:
      return user.departmentId !== null && user.departmentId === dept.id;
  }
}

/** The filter a role's department lists are cut to (undefined: no cut). */
export function departmentScope(user: UserRow): { district?: string; ids?: number[] } | undefined {
  if (user.role === 'admin') return undefined;
  if (user.role === 'reviewer') return user.district === null ? { ids: [] } : { district: user.district };
  return { ids: user.departmentId === null ? [] : [user.departmentId] };
}

/** Departments are created, changed and deactivated by the administrator. */
export const canManageDepartments = (user: UserRow) => user.role === 'admin';
