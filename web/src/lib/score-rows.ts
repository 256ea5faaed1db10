/** Rows of the table of stated scores: each rubric node under the key the document states it by, then keys the rubric lacks. */
import type { RubricNodeData } from '../../../src/core/rubric';
import { nodeKeys } from '../../../src/core/rubric/items';
import { nameKey } from '../../../src/core/text';

export interface ScoreRow {
  /** The key the document states the score under (a rubric node's name or alias, or a name the rubric lacks). */
  key: string;
  node: RubricNodeData | null;
  /** Rubric path of the node (`总分/管理效率/预算执行`), for its computed score. */
  path: string | null;
  depth: number;
}

/**
 * One row per rubric node, under the key the document already uses for it, then the document's keys the rubric lacks.
 * @example scoreRows(root, { 产出指标: 20 })[1] // { key: '履职效能', depth: 1, … }
 */
export function scoreRows(root: RubricNodeData | null, scores: Readonly<Record<string, number>>): ScoreRow[] {
  const keys = Object.keys(scores);
  const used = new Set<string>();
  const rows: ScoreRow[] = [];
  const walk = (node: RubricNodeData, path: string, depth: number) => {
    const own = new Set(nodeKeys(node));
    const key = keys.find((k) => !used.has(k) && own.has(nameKey(k))) ?? node.name;
    used.add(key);
    rows.push({ key, node, path, depth });
    for (const c of node.children ?? []) walk(c, `${path}/${c.name}`, depth + 1);
  };
  if (root) walk(root, root.name, 0);
  for (const k of keys) if (!used.has(k)) rows.push({ key: k, node: null, path: null, depth: 0 });
  return rows;
}
