/** Map names written in a report (section titles, table rows) to rubric node names, via name, title and aliases. */
import { rubricNodes } from '../../../core/rubric/engine';
import type { Rubric, RubricNodeData } from '../../../core/rubric/schema';
import { nameKey } from '../../../core/text';

export interface NodeMatcher {
  /** The rubric node a text names exactly (after normalising), or null. */
  exact(text: string): RubricNodeData | null;
  /** The node named last in a text (the one nearest its end), longest name first; null when none is named. */
  find(text: string): RubricNodeData | null;
  /** True for the root, which stands for the total. */
  isRoot(node: RubricNodeData): boolean;
  rubric: Rubric;
}

export function buildMatcher(rubric: Rubric): NodeMatcher {
  const keys: Array<{ key: string; node: RubricNodeData }> = [];
  for (const node of rubricNodes(rubric.root)) {
    if (node === rubric.root) continue;
    for (const k of [node.name, node.title, ...(node.aliases ?? [])]) {
      const key = k ? nameKey(k) : '';
      if (key.length >= 2) keys.push({ key, node });
    }
  }
  keys.sort((a, b) => b.key.length - a.key.length);
  return {
    rubric,
    isRoot: (n) => n === rubric.root,
    exact(text) {
      const k = nameKey(text).replace(/(?:方面|情况分析|分析|完成情况)$/, '');
      const direct = keys.find((x) => x.key === nameKey(text));
      if (direct) return direct.node;
      return keys.find((x) => x.key === k)?.node ?? null;
    },
    find(text) {
      const s = nameKey(text);
      let best: { end: number; len: number; node: RubricNodeData } | null = null;
      for (const { key, node } of keys) {
        const at = s.lastIndexOf(key);
        if (at < 0) continue;
        const end = at + key.length;
        if (!best || end > best.end || (end === best.end && key.length > best.len))
          best = { end, len: key.length, node };
      }
      return best?.node ?? null;
    },
  };
}
