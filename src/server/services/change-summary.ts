/** A one-line Chinese summary of what a write changed, naming the fields, for the version history. */
import {
  type DocChange,
  describeChange,
  describeChangePath,
  diffDocuments,
  summarizeValue,
} from '../../core/diff';
import { PROJECT_FIELDS } from '../../core/model/project-fields';

/** How one change is named: where (`label`) and the whole line (`text`). */
export type ChangeDescriber = (
  c: DocChange,
  before: unknown,
  after: unknown,
) => { label: string; text: string };

/** A department's evaluation: its rows named by their content (`绩效指标第 6 行「…」 · 实际完成值`). */
export const describeEvaluationChange: ChangeDescriber = (c, before, after) => ({
  label: describeChangePath(c, before, after),
  text: describeChange(c, before, after),
});

/** A project self-evaluation: its fields by the project registry's labels (`绩效指标第 2 行 实际完成值`). */
export const describeProjectChange: ChangeDescriber = (c) => {
  const label = PROJECT_FIELDS.fieldLabel(c.path) || '整份项目自评';
  if (c.kind === 'added') return { label, text: `新增 ${label}` };
  if (c.kind === 'removed') return { label, text: `删除 ${label}` };
  return { label, text: `${label}：${summarizeValue(c.before)} → ${summarizeValue(c.after)}` };
};

/** How many changed fields the line names before it only counts. */
const NAMED = 3;

/**
 * `修改：绩效指标第 6 行「…」 · 实际完成值；新增 存在问题第 2 行`, or `未修改内容` when the document is the same.
 * @example summarizeChange({ year: 2022 }, { year: 2023 }) // '修改：年度'
 */
export function summarizeChange(
  before: unknown,
  after: unknown,
  describe: ChangeDescriber = describeEvaluationChange,
): string {
  const changes = diffDocuments(before ?? {}, after ?? {});
  if (changes.length === 0) return '未修改内容';
  const named = changes.slice(0, NAMED).map((c) => {
    const d = describe(c, before, after);
    return c.kind === 'changed' ? d.label : d.text;
  });
  const more = changes.length > NAMED ? ` 等 ${changes.length} 处` : '';
  return `修改：${named.join('；')}${more}`;
}
