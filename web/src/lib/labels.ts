/** Chinese labels for statuses, roles, judge results and document fields. */
import type { Evaluation } from '../../../src/core/model';
import { getIn, parsePath } from './paths';

export type Status = 'draft' | 'submitted' | 'returned' | 'approved' | 'published';
export type Role = 'admin' | 'reviewer' | 'editor' | 'staff';

export const STATUS_LABEL: Record<Status, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '退回',
  approved: '已审核',
  published: '已公开',
};

export const STATUS_COLOR: Record<Status, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'error',
  approved: 'success',
  published: 'purple',
};

export const ROLE_LABEL: Record<Role, string> = {
  admin: '管理员',
  reviewer: '财政局审核人',
  editor: '部门填报人',
  staff: '部门经办人',
};

export const JUDGE_LABEL: Record<string, string> = {
  met: '已完成',
  partly_met: '部分完成',
  not_met: '未完成',
  needs_judgement: '待判断',
};

export const JUDGE_COLOR: Record<string, string> = {
  met: 'success',
  partly_met: 'warning',
  not_met: 'error',
  needs_judgement: 'default',
};

/** Why a verdict could not be computed, by judge code. */
export const JUDGE_WHY: Record<string, string> = {
  target_missing: '未填写目标值',
  target_unparseable: '目标值无法识别',
  actual_missing: '未填写实际完成值',
  actual_unreadable: '实际完成值为文字说明，无法自动比较',
  actual_negated: '实际完成值表明尚未完成',
  qualitative_negated: '实际完成情况表明尚未完成',
  qualitative_claimed: '定性指标，按实际完成情况的表述判定',
  unit_mismatch: '目标值与实际值单位不一致',
  judged: '人工判断',
  met: '按目标值与实际值计算',
  not_met: '按目标值与实际值计算',
  qualitative: '按报告所列完成情况',
};

export function statusLabel(s: string): string {
  return STATUS_LABEL[s as Status] ?? s;
}

const FIELD: Record<string, string> = {
  department: '部门',
  name: '名称',
  district: '所属区',
  functions: '部门职能',
  units: '内设机构',
  subordinateUnits: '下级预算单位数',
  year: '年度',
  rubric: '评分标准',
  title: '报告标题',
  overview: '年度总体工作',
  tasks: '重点工作任务',
  goal: '绩效目标',
  managementSummary: '绩效管理情况',
  finance: '财务数据',
  initialBudget: '年初预算数',
  budget: '全年预算数',
  executed: '执行数',
  executionRate: '预算执行率',
  income: '收入情况',
  incomeTotal: '收入合计',
  expenditure: '支出情况（按性质）',
  expenditureTotal: '支出合计',
  expenditureBySource: '支出情况（按资金来源）',
  basic: '基本支出',
  project: '项目支出',
  carryover: '年末结转结余',
  carryoverRate: '结转结余率',
  threePublic: '“三公”经费',
  publicFunds: '公用经费',
  fixedAssetUtilization: '固定资产利用率',
  lastYear: '上年数',
  comparisons: '对比说明',
  initial: '年初预算数',
  actual: '实际完成值',
  lastYearValue: '上年数',
  indicators: '绩效指标',
  level1: '一级指标',
  level2: '二级指标',
  target: '目标值',
  initialTarget: '年初目标值',
  adjustedTarget: '调整后目标值',
  midYear: '年中值',
  unit: '单位',
  status: '完成情况',
  completion: '完成率',
  points: '分值',
  reportedScore: '得分',
  deviationReason: '偏差原因',
  owner: '责任人',
  judgement: '人工判断',
  management: '管理效率',
  item: '评价项目',
  evidence: '实际完成情况',
  value: '比率',
  score: '得分',
  deductions: '扣分',
  reason: '理由',
  projects: '项目',
  funding: '资金来源',
  source: '资金来源',
  conclusion: '自评结论',
  problems: '存在问题',
  improvements: '改进措施',
  reported: '报告所列',
  total: '自评得分',
  grade: '等级',
};

const LIST_ITEM: Record<string, string> = {
  indicators: '绩效指标',
  management: '管理效率',
  projects: '项目',
  problems: '存在问题',
  improvements: '改进措施',
  tasks: '重点工作任务',
  income: '收入',
  expenditure: '支出',
  expenditureBySource: '支出（资金来源）',
  funding: '资金来源',
  functions: '职能',
};

/**
 * A Chinese name for a document path, with the row's name when the document is given.
 * @example describePath('indicators[3].actual', doc) // '绩效指标第 4 行「出租屋综合税征收完成值」· 实际完成值'
 */
export function describePath(path: string, doc?: Evaluation | null): string {
  const keys = parsePath(path);
  const parts: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (typeof k === 'number') {
      const listName = String(keys[i - 1] ?? '');
      const row = doc ? getIn(doc, keys.slice(0, i + 1)) : undefined;
      const rowName =
        row && typeof row === 'object'
          ? ((row as Record<string, unknown>).name ?? (row as Record<string, unknown>).item)
          : null;
      const label = `${LIST_ITEM[listName] ?? ''}第 ${k + 1} 行${typeof rowName === 'string' && rowName ? `「${rowName}」` : ''}`;
      if (parts.length && LIST_ITEM[listName]) parts[parts.length - 1] = label;
      else parts.push(label);
    } else {
      parts.push(FIELD[k] ?? k);
    }
  }
  return parts.join(' · ') || '整份自评';
}
