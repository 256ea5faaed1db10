/** A one-line Chinese summary of what a write changed, naming the fields, for the version history. */
import { describeChange, describeChangePath, diffDocuments } from '../../core/diff';

/** How many changed fields the line names before it only counts. */
const NAMED = 3;

/**
 * `修改：绩效指标第 6 行「…」 · 实际完成值；新增 存在问题第 2 行`, or `未修改内容` when the document is the same.
 * @example summarizeChange({ year: 2022 }, { year: 2023 }) // '修改：年度'
 */
export function summarizeChange(before: unknown, after: unknown): string {
  const changes = diffDocuments(before ?? {}, after ?? {});
  if (changes.length === 0) return '未修改内容';
  const named = changes
    .slice(0, NAMED)
    .map((c) =>
      c.kind === 'changed' ? describeChangePath(c, before, after) : describeChange(c, before, after),
    );
  const more = changes.length > NAMED ? ` 等 ${changes.length} 处` : '';
  return `修改：${named.join('；')}${more}`;
}
