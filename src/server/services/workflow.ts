/** The review workflow: 草稿 → 已提交 → 退回 | 已审核 → 已公开, and 退回 → 已提交 again; nothing else. */
import type { EvaluationStatus } from '../../store';

export type TransitionAction = 'submit' | 'return' | 'approve' | 'publish';
export const TRANSITION_ACTIONS: readonly TransitionAction[] = ['submit', 'return', 'approve', 'publish'];

const TABLE: Record<
  TransitionAction,
  { from: readonly EvaluationStatus[]; to: EvaluationStatus; label: string }
> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', label: '提交' },
  return: { from: ['submitted'], to: 'returned', label: '退回' },
  approve: { from: ['submitted'], to: 'approved', label: '审核通过' },
  publish: { from: ['approved'], to: 'published', label: '公开' },
};

export const STATUS_LABELS: Record<EvaluationStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '退回',
  approved: '已审核',
  published: '已公开',
};

/** Statuses in which the department may still change the document; the others are locked. */
export const EDITABLE_STATUSES: readonly EvaluationStatus[] = ['draft', 'returned'];

/** The transition an action makes from a status, or null when the workflow does not allow it. */
export function transitionFor(
  from: EvaluationStatus,
  action: TransitionAction,
): { to: EvaluationStatus; label: string } | null {
  const t = TABLE[action];
  return t.from.includes(from) ? { to: t.to, label: t.label } : null;
}
