/** A one-line Chinese summary of what a write changed, by section of the document, for the version history. */
import { isDeepStrictEqual } from 'node:util';

const SECTION_LABELS: Record<string, string> = {
  department: '部门基本情况',
  year: '年度',
  rubric: '评分标准',
  title: '标题',
  overview: '年度总体工作',
  tasks: '重点工作',
  goal: '绩效目标',
  managementSummary: '绩效管理情况',
  finance: '收支情况',
  indicators: '绩效指标',
  management: '管理效率',
  projects: '项目',
  conclusion: '自评结论',
  problems: '存在问题',
  improvements: '改进措施',
  reported: '填报得分',
  extraction: '读取记录',
};

/** `修改：收支情况、绩效指标`, or `未修改内容` when the document is the same. */
export function summarizeChange(before: unknown, after: unknown): string {
  const b = JSON.parse(JSON.stringify(before ?? {})) as Record<string, unknown>;
  const a = JSON.parse(JSON.stringify(after ?? {})) as Record<string, unknown>;
  const changed = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => !isDeepStrictEqual(b[k], a[k]),
  );
  if (changed.length === 0) return '未修改内容';
  return `修改：${changed.map((k) => SECTION_LABELS[k] ?? k).join('、')}`;
}
