/** Presenters: pure functions deciding the JSON of each resource. */
import type {
  AuditRow,
  CommentRow,
  DepartmentRow,
  EvaluationRow,
  EvaluationSummaryRow,
  SubmissionRecord,
  UserRow,
  VersionRow,
} from '../../store';
import { storedJson } from '../../store';
import { allowedActions } from '../policies';

export const presentUser = (u: UserRow) => ({
  id: u.id,
  username: u.username,
  name: u.name,
  role: u.role,
  departmentId: u.departmentId,
  district: u.district,
  active: u.active,
  mustChangePassword: u.mustChangePassword,
});

export const presentDepartment = (d: DepartmentRow) => ({
  id: d.id,
  name: d.name,
  district: d.district,
  active: d.active,
});

export const presentEvaluationSummary = (e: EvaluationSummaryRow) => ({
  id: e.id,
  kind: e.kind,
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

/** Everything `presentEvaluation` sends except the document. */
const presentEvaluationFields = (e: EvaluationRow, user: UserRow | null) => ({
  id: e.id,
  kind: e.kind,
  departmentId: e.departmentId,
  departmentName: e.departmentName,
  district: e.district,
  year: e.year,
  status: e.status,
  version: e.version,
  total: e.derived.total,
  grade: e.derived.grade,
  updatedAt: e.updatedAt,
  updatedBy: e.updatedByName,
  updatedByUsername: e.updatedBy,
  // A project's document is read for a staff member's rights only (a department's never is here).
  allowedActions: user
    ? allowedActions(user, e, e.kind === 'project' && user.role === 'staff' ? e.data : undefined)
    : [],
  submission: e.submission && presentSubmission(e.submission),
});

/** The full evaluation, with what this user may do to it now (`allowedActions`, for the UI's buttons). */
export const presentEvaluation = (e: EvaluationRow, user: UserRow | null) => ({
  ...presentEvaluationFields(e, user),
  data: e.data,
});

/**
 * `{"evaluation": …, ...extra}` as JSON text, the same JSON as `presentEvaluation` gives: the document, the bulk of it,
 * is sent as the store holds it (the text `JSON.stringify` made of the validated document when it was written) rather
 * than parsed into objects and serialized again on every read.
 */
export function renderEvaluationJson(
  e: EvaluationRow,
  user: UserRow | null,
  extra?: Record<string, unknown>,
): string | Buffer {
  const stored = storedJson(e);
  if (stored === undefined) return JSON.stringify({ evaluation: presentEvaluation(e, user), ...extra });
  const fields = JSON.stringify(presentEvaluationFields(e, user));
  const head = `{"evaluation":${fields.slice(0, -1)},"data":`;
  const rest = extra ? JSON.stringify(extra).slice(1, -1) : '';
  const tail = rest ? `},${rest}}` : '}}';
  if (typeof stored === 'string') return head + stored + tail;
  return Buffer.concat([Buffer.from(head), stored, Buffer.from(tail)]);
}

/** The last submission with its explanations; its author by display name. */
export const presentSubmission = (s: SubmissionRecord) => ({
  version: s.version,
  at: s.at,
  by: s.byName,
  byUsername: s.by,
  explanations: s.explanations,
});

export const presentVersion = (v: VersionRow) => ({
  version: v.version,
  at: v.at,
  by: v.byName,
  byUsername: v.by,
  status: v.status,
  summary: v.summary,
});

export const presentComment = (c: CommentRow) => ({
  id: c.id,
  path: c.path,
  body: c.body,
  author: c.authorName,
  authorUsername: c.author,
  role: c.role,
  at: c.at,
});

export const presentAuditEntry = (a: AuditRow) => ({
  id: a.id,
  at: a.at,
  userId: a.userId,
  username: a.username,
  name: a.name,
  action: a.action,
  entity: a.entity,
  entityId: a.entityId,
  detail: a.detail,
  ip: a.ip,
});
export * from './projects';
