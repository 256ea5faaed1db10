/** A group node: the sum of its children; missing when any child is. */
import { z } from 'zod';
import { groupOrigin } from '../_parts';
import { type KindEvaluator, result, type ScoreContext, trace } from '../context';
import type { RubricNodeData } from '../schema';
import type { ScoreNode } from '../types';
import { selectsAny } from './indicator-completion';

/** A group takes no parameters: its points are its children's. */
export const GroupParams = z.strictObject({});

/**
 * Children whose indicators the document lacks and whose points the rubric moves to a sibling (`whenNone`): the
 * points each sibling receives, by name, and the children that give theirs away.
 */
function movedPoints(
  children: readonly RubricNodeData[],
  ctx: ScoreContext,
): { to: Map<string, number>; from: Map<RubricNodeData, string> } {
  const to = new Map<string, number>();
  const from = new Map<RubricNodeData, string>();
  const names = new Set(children.map((c) => c.name));
  for (const c of children) {
    if (c.kind !== 'indicator_completion' || !c.params.whenNone) continue;
    const target = c.params.whenNone.moveTo;
    if (!names.has(target) || target === c.name || selectsAny(c, ctx.evaluation.indicators)) continue;
    to.set(target, (to.get(target) ?? 0) + c.max);
    from.set(c, target);
  }
  return { to, from };
}

export function makeGroup(scoreNode: KindEvaluator): KindEvaluator<'group'> {
  return (node, ctx, path) => {
    const moved = movedPoints(node.children, ctx);
    const children: ScoreNode[] = node.children.map((c) => {
      const childPath = `${path}/${c.name}`;
      const target = moved.from.get(c);
      if (target !== undefined) {
        // Its points went to `target`: scored 0 of 0, saying where they went.
        return result({ ...c, max: 0 }, childPath, 0, { count: 0, movedTo: target, moved: c.max }, [
          trace('points_moved', childPath, { name: c.name, to: target, points: c.max }),
        ]);
      }
      const extra = moved.to.get(c.name) ?? 0;
      return scoreNode(extra > 0 ? { ...c, max: c.max + extra } : c, ctx, childPath);
    });
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
