/** Paths into an evaluation document (`indicators[3].actual`) and their Chinese names, for the server and the web. */
import { fieldAt, keysPath as formatPath, type Key as PathKey, pathKeys as parsePath } from './model/fields';

// One path syntax for the whole core: the field registry's parser and printer, under the names the diff uses.
export { type Key as PathKey, keysPath as formatPath, pathKeys as parsePath } from './model/fields';

/** One spelling for every path, whatever its source (validation uses dots, the audit brackets). */
export function normalizePath(path: string): string {
  return formatPath(parsePath(path));
}

export function getIn(obj: unknown, keys: readonly PathKey[]): unknown {
  let cur: unknown = obj;
  for (const k of keys) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PathKey, unknown>)[k];
  }
  return cur;
}

/**
 * A finding's identity across runs: its code and its path in one spelling (rubric paths, with `/`, as they are).
 * @example findingKey('x', 'indicators.3.target') // 'x@indicators[3].target'
 */
export function findingKey(code: string, path: string | null): string {
  return `${code}@${path === null ? '' : path.includes('/') ? path : normalizePath(path)}`;
}

/** The Chinese name of each field of the document, by key. */
export const FIELD_LABEL: Readonly<Record<string, string>> = {
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
  description: '说明',
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
  subject: '对比事项',
  base: '对比基数',
  current: '本年数',
  baseValue: '基数',
  change: '增减额',
  changePct: '增减幅度',
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
  result: '判断结果',
  deduction: '扣分',
  by: '判断人',
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
  scores: '各项得分',
  indicatorCount: '指标个数',
  extraction: '读取记录',
};

/** The name of one row of each list, as in 「绩效指标第 4 行」. */
const LIST_ITEM: Readonly<Record<string, string>> = {
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
  comparisons: '对比说明',
  deductions: '扣分',
};

/** What a row calls itself: its name, item, title, source or subject. */
export function rowName(row: unknown): string | null {
  if (!row || typeof row !== 'object') return null;
  const r = row as Record<string, unknown>;
  for (const k of ['name', 'item', 'title', 'source', 'subject'] as const) {
    const v = r[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return null;
}

/**
 * A Chinese name for a document path, with the row's name when the document is given; a field the editor offers is
 * named as the editor labels it.
 * @example describePath('indicators[3].actual', doc) // '绩效指标第 4 行「出租屋综合税征收完成值」 · 实际完成值'
 * @example describePath('finance.threePublic.budget') // '“三公”经费预算数'
 */
export function describePath(path: string, doc?: unknown): string {
  const keys = parsePath(path);
  const parts: string[] = [];
  let lastRow = -1;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (typeof k === 'number') {
      const listName = String(keys[i - 1] ?? '');
      const name = doc ? rowName(getIn(doc, keys.slice(0, i + 1))) : null;
      const label = `${LIST_ITEM[listName] ?? ''}第 ${k + 1} 行${name ? `「${name}」` : ''}`;
      if (parts.length && LIST_ITEM[listName]) parts[parts.length - 1] = label;
      else parts.push(label);
      lastRow = parts.length;
    } else {
      parts.push(FIELD_LABEL[k] ?? k);
    }
  }
  // After the last row, the editor's own label of the field (e.g. 偏差原因及改进措施) stands for the key chain.
  const spec = typeof keys.at(-1) === 'number' ? null : fieldAt(path);
  if (spec) {
    const tail = spec.pattern.endsWith('{}') ? `${spec.label}「${String(keys.at(-1))}」` : spec.label;
    parts.splice(Math.max(lastRow, 0), parts.length, tail);
  }
  return parts.join(' · ') || '整份自评';
}
