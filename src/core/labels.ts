/** The Chinese names of the workflow's statuses, roles and actions, of finding severities and of verdicts, once. */

export const STATUSES = ['draft', 'submitted', 'returned', 'approved', 'published'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABEL: Record<Status, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '退回',
  approved: '已审核',
  published: '已公开',
};

export const ROLES = ['admin', 'reviewer', 'editor', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  admin: '管理员',
  reviewer: '财政局审核人',
  editor: '部门填报人',
  staff: '部门经办人',
};

export const TRANSITION_ACTIONS = ['submit', 'withdraw', 'return', 'approve', 'publish', 'reopen'] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

/** What each workflow step is called in the history and in messages (the buttons say more, e.g. 提交审核). */
export const ACTION_LABEL: Record<TransitionAction, string> = {
  submit: '提交',
  withdraw: '撤回提交',
  return: '退回',
  approve: '审核通过',
  publish: '公开',
  reopen: '重新打开',
};

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

/** An indicator's verdict (`JudgeResult`). */
export const RESULT_LABEL: Record<string, string> = {
  met: '已完成',
  partly_met: '部分完成',
  not_met: '未完成',
  needs_judgement: '待判断',
};

/** Why a verdict is what it is, by judge code; the first seven also say why it needs a person's judgement. */
export const JUDGE_WHY: Record<string, string> = {
  target_missing: '未填写目标值',
  target_unparseable: '目标值无法识别',
  actual_missing: '未填写实际完成值',
  actual_unreadable: '实际完成值为文字说明，无法自动比较',
  actual_negated: '实际完成值表明尚未完成',
  qualitative_negated: '实际完成情况表明尚未完成',
  unit_mismatch: '目标值与实际值单位不一致',
  qualitative_claimed: '定性指标，按实际完成情况的表述判定',
  judged: '人工判断',
  met: '按目标值与实际值计算',
  not_met: '按目标值与实际值计算',
  qualitative: '按报告所列完成情况',
};

export function isStatus(s: unknown): s is Status {
  return (STATUSES as readonly unknown[]).includes(s);
}

/** A status's name; an unknown one is shown as it is. */
export function statusLabel(s: string): string {
  return STATUS_LABEL[s as Status] ?? s;
}

/** A verdict's name; an unknown one is shown as it is. */
export function resultLabel(r: string): string {
  return RESULT_LABEL[r] ?? r;
}
