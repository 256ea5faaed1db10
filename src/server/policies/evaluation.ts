/** Who may do what to an evaluation, by role and department; the workflow decides what its status allows. */

import { isProjectOwner } from '../../core/model/project-evaluation';
import type { EvaluationSummaryRow, UserRow } from '../../store';
import {
  EDITABLE_STATUSES,
  TRANSITION_ACTIONS,
  type TransitionAction,
  transitionFor,
} from '../services/workflow';
import { canReadDepartment } from './department';

type Target = Pick<EvaluationSummaryRow, 'departmentId' | 'district'>;
const dept = (e: Target) => ({ id: e.departmentId, district: e.district });
const ownDepartment = (user: UserRow, e: Target) =>
  user.departmentId !== null && user.departmentId === e.departmentId;

export const canReadEvaluation = (user: UserRow, e: Target) => canReadDepartment(user, dept(e));

/** Create in a department: the administrator, or an editor of that department. */
export const canCreateEvaluation = (user: UserRow, departmentId: number) =>
  user.role === 'admin' || (user.role === 'editor' && user.departmentId === departmentId);

/** Edit at all (staff only their own indicators, checked on the change itself); reviewers edit nothing. */
export const canEditEvaluation = (user: UserRow, e: Target) =>
  user.role === 'admin' || ((user.role === 'editor' || user.role === 'staff') && ownDepartment(user, e));

export const canComment = (user: UserRow, e: Target) => canReadEvaluation(user, e);

/** The department's steps (submit, withdraw) are its editor's; the bureau's (return, approve, publish, reopen) its reviewers'. */
export function canTransition(user: UserRow, e: Target, action: TransitionAction): boolean {
  if (user.role === 'admin') return true;
  if (action === 'submit' || action === 'withdraw') return user.role === 'editor' && ownDepartment(user, e);
  return user.role === 'reviewer' && canReadEvaluation(user, e);
}

/** Restore an earlier version as a new one: it rewrites the whole document, so not staff (who edit their rows only). */
export const canRestoreVersion = (user: UserRow, e: Target) =>
  user.role === 'admin' || (user.role === 'editor' && ownDepartment(user, e));

export type EvaluationAction = 'update' | 'restore' | 'comment' | TransitionAction;

/**
 * Whether a staff member has anything to edit in a project self-evaluation: the project is theirs (`project.owner`)
 * (by username or display name) or one of its indicators is (谁支出谁负责). The change itself is checked when saved.
 */
export function staffOwnsInProject(user: UserRow, data: unknown): boolean {
  const doc = (data ?? {}) as { project?: { owner?: unknown }; indicators?: { owner?: unknown }[] };
  return (
    isProjectOwner(doc.project?.owner, user) ||
    (Array.isArray(doc.indicators) && doc.indicators.some((i) => i?.owner === user.username))
  );
}

/** Everything the user may do to this evaluation now, for the UI to show its buttons. */
export function allowedActions(
  user: UserRow,
  e: Target & Pick<EvaluationSummaryRow, 'status'> & Partial<Pick<EvaluationSummaryRow, 'kind'>>,
  data?: unknown,
): EvaluationAction[] {
  if (!canReadEvaluation(user, e)) return [];
  const out: EvaluationAction[] = [];
  const editable = EDITABLE_STATUSES.includes(e.status);
  // Staff see a project of their department; they edit only one they own something in.
  const staffHasNothing = user.role === 'staff' && e.kind === 'project' && !staffOwnsInProject(user, data);
  if (canEditEvaluation(user, e) && editable && !staffHasNothing) out.push('update');
  for (const action of TRANSITION_ACTIONS) {
    if (canTransition(user, e, action) && transitionFor(e.status, action)) out.push(action);
  }
  if (canRestoreVersion(user, e) && editable) out.push('restore');
  if (canComment(user, e)) out.push('comment');
  return out;
}
