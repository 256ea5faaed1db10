/** Presenters: pure functions deciding the JSON of each resource. */
import type {
  CommentRow,
  DepartmentRow,
  EvaluationRow,
  EvaluationSummaryRow,
  UserRow,
  VersionRow,
} from '../../store';
import { allowedActions } from '../policies';

export const presentUser = (u: UserRow) => ({
  id: u.id,
  username: u.username,
  name: u.name,
  role: u.role,
  departmentId: u.departmentId,
  district: u.district,
  active: u.active,
});

export const presentDepartment = (d: DepartmentRow) => ({ id: d.id, name: d.name, district: d.district });

export const presentEvaluationSummary = (e: EvaluationSummaryRow) => ({
  id: e.id,
  departmentId: e.departmentId,
  departmentName: e.departmentName,
  district: e.district,
  year: e.year,
  status: e.status,
  version: e.version,
  total: e.derived.total,
  grade: e.derived.grade,
  updatedAt: e.updatedAt,
});

/** The full evaluation, with what this user may do to it now (`allowedActions`, for the UI's buttons). */
export const presentEvaluation = (e: EvaluationRow, user: UserRow | null) => ({
  id: e.id,
  departmentId: e.departmentId,
  departmentName: e.departmentName,
  district: e.district,
  year: e.year,
  status: e.status,
  version: e.version,
  total: e.derived.total,
  grade: e.derived.grade,
  data: e.data,
  updatedAt: e.updatedAt,
  updatedBy: e.updatedBy,
  allowedActions: user ? allowedActions(user, e) : [],
});

export const presentVersion = (v: VersionRow) => ({
  version: v.version,
  at: v.at,
  by: v.by,
  status: v.status,
  summary: v.summary,
});

export const presentComment = (c: CommentRow) => ({
  id: c.id,
  path: c.path,
  body: c.body,
  author: c.author,
  role: c.role,
  at: c.at,
});
