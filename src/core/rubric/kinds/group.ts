/** A group node: the sum of its children; missing when any child is. */
import type { KindEvaluator } from '../context';
import type { ScoreNode } from '../types';

export function makeGroup(scoreNode: KindEvaluator): KindEvaluator {
  return (node, ctx, path) => {
    const children: ScoreNode[] = (node.children ?? []).map((c) => scoreNode(c, ctx, `${path}/${c.name}`));
    let sum = 0;
    let missing = false;
    for (const c of children) {
      if (c.score === null || c.status !== 'ok') missing = true;
      sum += c.score ?? (typeof c.inputs.computed === 'number' ? c.inputs.computed : 0);
    }
    const status = missing ? (children.some((c) => c.score !== null) ? 'partial' : 'missing') : 'ok';
    return {
      path,
      name: node.name,
      title: node.title,
      kind: node.kind,
      max: node.max,
      score: missing ? null : sum,
      status,
      inputs: { computed: sum },
      trace: [],
      children,
    };
  };
}
