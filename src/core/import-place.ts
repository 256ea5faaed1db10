/**
 * Whether an imported file belongs where it is being saved: its department and year against the destination's.
 * The server refuses on it; the review page warns with the same sentence before saving.
 */
import { sameDepartment } from './department-name';

/** The name the reader gives a report whose department it could not find: it claims no department. */
const UNKNOWN_DEPARTMENT = /^（未识别的部门）$/;

/** Where the file and its destination differ (the contract's `ImportMismatch`). */
export interface Mismatch {
  fileDepartment: string;
  department: string;
  departmentMatches: boolean;
  fileYear: number;
  year: number;
  yearMatches: boolean;
}

/**
 * The differences between what the file says (department, year) and where it goes; null when it fits. Both the
 * department the file was read as and the one the document names now are checked.
 * @example placeMismatch({ department: '新华街道办事处', year: 2022 }, doc, nanzhou) // { departmentMatches: false, … }
 */
export function placeMismatch(
  read: { department: string; year: number },
  doc: { department: { name: string; district?: string | null | undefined }; year: number },
  dept: { name: string; district: string | null },
): Mismatch | null {
  const claims = [read.department, doc.department.name].filter(
    (n) => n.trim() && !UNKNOWN_DEPARTMENT.test(n),
  );
  const other = claims.find(
    (name) => !sameDepartment({ name, district: doc.department.district ?? null }, dept),
  );
  const departmentMatches = other === undefined;
  const yearMatches = read.year === doc.year;
  if (departmentMatches && yearMatches) return null;
  return {
    fileDepartment: other ?? read.department,
    department: dept.name,
    departmentMatches,
    fileYear: read.year,
    year: doc.year,
    yearMatches,
  };
}

/** The mismatch in one Chinese sentence naming both sides: 文件中的部门是「…」，不是「…」；文件是 2022 年度…. */
export function describeMismatch(m: Mismatch): string {
  const parts: string[] = [];
  if (!m.departmentMatches) parts.push(`文件中的部门是「${m.fileDepartment}」，不是「${m.department}」`);
  if (!m.yearMatches) parts.push(`文件是 ${m.fileYear} 年度的报告，却要保存为 ${m.year} 年度`);
  return parts.join('；');
}
