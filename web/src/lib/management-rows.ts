/** Rows of the 管理效率 table: every item the rubric scores by hand or by threshold, matched to the document's items. */
import type { ManagementItem } from '../../../src/core/model';
import type { RubricNodeData } from '../../../src/core/rubric';
import { nameKey } from '../../../src/core/text';

export interface ManagementRow {
  /** Rubric path: `总分/管理效率/预算执行/结转结余率`; null for a document item the rubric does not know. */
  rubricPath: string | null;
  group: string;
  name: string;
  max: number | null;
  kind: RubricNodeData['kind'] | null;
  /** Index in `evaluation.management`, or null when the document has no entry yet. */
  index: number | null;
  item: ManagementItem | null;
}

const AUTO = new Set(['execution_rate', 'indicator_completion', 'group']);

function leaves(
  node: RubricNodeData,
  path: string,
  group: string,
  out: Array<{ node: RubricNodeData; path: string; group: string }>,
) {
  if (node.children?.length) {
    for (const c of node.children) leaves(c, `${path}/${c.name}`, node.name, out);
  } else out.push({ node, path, group });
}

/**
 * Rubric items first, in rubric order, then document items the rubric does not name.
 * @example managementRows(gz2023.root, nanzhou.management)[1] // { name: '结转结余率', index: 1, max: 2, … }
 */
export function managementRows(
  root: RubricNodeData | null,
  items: readonly ManagementItem[],
): ManagementRow[] {
  const byKey = new Map<string, number>();
  items.forEach((it, i) => {
    if (!byKey.has(nameKey(it.item))) byKey.set(nameKey(it.item), i);
  });
  const used = new Set<number>();
  const rows: ManagementRow[] = [];
  if (root) {
    const all: Array<{ node: RubricNodeData; path: string; group: string }> = [];
    leaves(root, root.name, root.name, all);
    for (const { node, path, group } of all) {
      if (AUTO.has(node.kind)) continue;
      const index =
        [node.name, ...(node.aliases ?? [])].map((n) => byKey.get(nameKey(n))).find((i) => i !== undefined) ??
        null;
      if (index !== null) used.add(index);
      rows.push({
        rubricPath: path,
        group,
        name: node.name,
        max: node.max,
        kind: node.kind,
        index,
        item: index === null ? null : items[index]!,
      });
    }
  }
  items.forEach((item, index) => {
    if (!used.has(index))
      rows.push({ rubricPath: null, group: '其他', name: item.item, max: null, kind: null, index, item });
  });
  return rows;
}
