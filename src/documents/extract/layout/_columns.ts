/** Column headers of report tables: what each column holds, recognised from its header text. */
import { compactText } from './_chars';

export type ColumnRole =
  | 'seq'
  | 'level1'
  | 'level2'
  | 'name'
  | 'target'
  | 'actual'
  | 'status'
  | 'completion'
  | 'points'
  | 'score'
  | 'scoreRate'
  | 'reason'
  | 'initial'
  | 'budget'
  | 'spent'
  | 'lastYear'
  | 'rowNo'
  | 'rate'
  | 'item';

/** Columns of values (targets, results, points, amounts, rates): a table of these is a data table, not a list. */
export const VALUE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'target',
  'actual',
  'status',
  'completion',
  'points',
  'score',
  'budget',
  'spent',
  'rate',
]);

/** Columns whose cells are a number (or empty). */
export const NUMERIC_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'seq',
  'rowNo',
  'points',
  'score',
  'scoreRate',
  'budget',
  'spent',
  'initial',
  'lastYear',
  'rate',
]);

/** Header text → role, first match wins; the order settles overlaps (实际完成指标值 is actual, not target). */
const RULES: ReadonlyArray<readonly [RegExp, ColumnRole]> = [
  [/^序号$|^编号$/, 'seq'],
  [/^行次$/, 'rowNo'],
  [/一级/, 'level1'],
  [/二级/, 'level2'],
  [/三级|指标名称|绩效指标|考核指标|评价指标|^指标$|^指标内容$/, 'name'],
  [/偏差|原因|说明|备注|改进措施|依据/, 'reason'],
  [/得分率/, 'scoreRate'],
  [/得分/, 'score'],
  [/分值|权重|满分/, 'points'],
  [/预算完成率|执行率|预算执行进度/, 'rate'],
  [/完成率|完成比例|完成程度/, 'completion'],
  [/年初预算/, 'initial'],
  [/上年/, 'lastYear'],
  [/执行数|决算|支出数|实际支出|使用数/, 'spent'],
  [/预算数|预算金额|调整后预算|全年预算|安排数/, 'budget'],
  [/实际完成|实现值|完成值|实际值|完成指标值|实际完成情况/, 'actual'],
  [/完成情况|是否完成|达成情况/, 'status'],
  [/目标值|指标值|预期|计划值|目标$|年度目标/, 'target'],
  [/评价因素|评价内容|评价项目|项目|科目|资金来源|来源|名称|内容|收入|支出/, 'item'],
];

/** Header text without spaces, units and brackets: `年度预算数 (万元)` → `年度预算数`. */
export function headerKey(text: string): string {
  return compactText(text)
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[(（][^)）]*$/, '')
    .replace(/[：:*]/g, '');
}

/** The role of one header cell, or null for an empty or unknown header. */
export function roleOf(text: string): ColumnRole | null {
  const key = headerKey(text);
  if (!key) return null;
  for (const [re, role] of RULES) if (re.test(key)) return role;
  return null;
}

/** Header names a flattened table may be made of, longest first, for segmenting a header split over lines. */
export const HEADER_WORDS: readonly string[] = [
  '序号',
  '一级指标',
  '二级指标',
  '三级指标',
  '指标名称',
  '绩效指标',
  '评价指标',
  '评价因素',
  '预期指标值',
  '年度指标值',
  '年度目标值',
  '指标值',
  '目标值',
  '实际完成指标值',
  '实际完成值',
  '年度完成值',
  '年度实现值',
  '全年完成值',
  '实际完成情况',
  '完成情况',
  '指标完成率',
  '完成率',
  '指标分值',
  '分值',
  '指标得分',
  '评价得分',
  '自评得分',
  '得分',
  '得分率',
  '偏差原因分析及改进措施',
  '偏差原因',
  '未完成原因',
  '情况说明',
  '评分依据',
  '打分依据',
  '扣分原因',
  '备注',
  '资金来源',
  '年初预算数',
  '全年预算数',
  '年度预算数',
  '年度预算执行数',
  '全年执行数',
  '执行数',
  '决算数',
  '预算完成率',
  '执行率',
  '项目',
  '行次',
].sort((a, b) => b.length - a.length);

/**
 * Segment a header written without separators (`序号指标名称预期指标值实际完成值`) into header words.
 * Returns null when the text is not made of header words only.
 */
export function segmentHeader(text: string): string[] | null {
  const s = headerKey(text);
  if (!s) return null;
  // best[i]: fewest words covering s[0..i)
  const best: Array<string[] | null> = new Array(s.length + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < s.length; i++) {
    const cur = best[i];
    if (!cur) continue;
    for (const w of HEADER_WORDS) {
      if (s.startsWith(w, i)) {
        const next = best[i + w.length];
        if (!next || next.length > cur.length + 1) best[i + w.length] = [...cur, w];
      }
    }
  }
  return best[s.length] ?? null;
}

/** True when `text` could be the beginning of a header made of header words (used while reading split headers). */
export function isHeaderPrefix(text: string): boolean {
  const s = headerKey(text);
  if (!s) return false;
  const ok: boolean[] = new Array(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    for (const w of HEADER_WORDS) {
      if (s.startsWith(w, i)) ok[i + w.length] = true;
      else if (w.startsWith(s.slice(i))) return true;
    }
  }
  return ok[s.length] === true;
}
