/** Chinese names of what the audit log records: actions and the kinds of record they touch. */
import { STATUS_LABEL, statusLabel } from '../../../src/core/labels';

const ACTIONS: Record<string, string> = {
  create: '新建',
  update: '修改',
  activate: '启用',
  deactivate: '停用',
  reset_password: '重设密码',
  change_password: '修改密码',
  change_password_failed: '修改密码失败',
  login: '登录',
  login_failed: '登录失败',
  logout: '退出登录',
  comment: '提出意见',
};

const ENTITIES: Record<string, string> = {
  user: '账户',
  department: '部门',
  evaluation: '自评',
  session: '登录',
};

/** `status:submitted` → 状态改为已提交; an unknown action is shown as recorded. */
export function auditActionLabel(action: string): string {
  if (action.startsWith('status:')) {
    const s = action.slice('status:'.length);
    return `状态改为${s in STATUS_LABEL ? statusLabel(s) : s}`;
  }
  return ACTIONS[action] ?? action;
}

export const auditEntityLabel = (entity: string) => ENTITIES[entity] ?? entity;

export const AUDIT_ENTITIES = Object.entries(ENTITIES).map(([value, label]) => ({ value, label }));

const FIELD_LABEL: Record<string, string> = {
  name: '名称',
  role: '角色',
  departmentId: '部门',
  district: '区',
  active: '启用',
  mustChangePassword: '须改密码',
};

const show = (v: unknown) =>
  v === true ? '是' : v === false ? '否' : v === null || v === '' ? '（空）' : String(v);

/** One line saying what an entry changed: 名称：甲 → 乙；启用：是 → 否. */
export function describeChanges(detail: Record<string, unknown>): string {
  const changes = detail.changes as Record<string, [unknown, unknown]> | undefined;
  if (!changes) return '';
  return Object.entries(changes)
    .map(([k, [a, b]]) => `${FIELD_LABEL[k] ?? k}：${show(a)} → ${show(b)}`)
    .join('；');
}
