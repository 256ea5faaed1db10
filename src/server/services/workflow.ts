/**
 * The review workflow: 草稿 → 已提交 → 退回 | 已审核 → 已公开; 退回 → 已提交 again; a submission withdrawn before the
 * bureau acts goes back to 草稿; an approved or published evaluation reopened goes to 退回. Nothing else.
 */
import { ACTION_LABEL, STATUS_LABEL, TRANSITION_ACTIONS, type TransitionAction } from '../../core/labels';
import type { EvaluationStatus } from '../../store';

export { STATUS_LABEL as STATUS_LABELS, TRANSITION_ACTIONS, type TransitionAction };

const TABLE: Record<TransitionAction, { from: readonly EvaluationStatus[]; to: EvaluationStatus }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  withdraw: { from: ['submitted'], to: 'draft' },
  return: { from: ['submitted'], to: 'returned' },
  approve: { from: ['submitted'], to: 'approved' },
  publish: { from: ['approved'], to: 'published' },
  reopen: { from: ['approved', 'published'], to: 'returned' },
};

/** Actions that need a written reason (the reviewer's comment): it goes into the comments and the history. */
export const REASON_REQUIRED: ReadonlySet<TransitionAction> = new Set(['return', 'reopen']);

/** Statuses in which the department may still change the document; the others are locked. */
export const EDITABLE_STATUSES: readonly EvaluationStatus[] = ['draft', 'returned'];

/** The transition an action makes from a status, or null when the workflow does not allow it. */
export function transitionFor(
  from: EvaluationStatus,
  action: TransitionAction,
): { to: EvaluationStatus; label: string } | null {
  const t = TABLE[action];
  return t.from.includes(from) ? { to: t.to, label: ACTION_LABEL[action] } : null;
}
