/** A group node: the sum of its children; missing when any child is. */
import { z } from 'zod';
import { groupOrigin } from '../_parts';
import type { KindEvaluator } from '../context';
import type { ScoreNode } from '../types';

/** A group takes no parameters: its points are its children's. */
export const GroupParams = z.strictObject({});

export function makeGroup(scoreNode: KindEvaluator): KindEvaluator<'group'> {
  return (node, ctx, path) => {
    const children: ScoreNode[] = node.children.map((c) => scoreNode(c, ctx, `${path}/${c.name}`));
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
      origin: groupOrigin(children),
      children,
    };
  };
}
