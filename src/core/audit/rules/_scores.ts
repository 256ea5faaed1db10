/** The document's stated scores matched to rubric nodes by name, title or alias. */
import type { RubricNodeData } from '../../rubric/schema';
import { nameKey } from '../../text';
import type { AuditContext } from '../types';
import { itemIndexOf, nodesOf } from './_thresholds';

export interface Stated {
  value: number;
  /** `reported.scores.产出指标`, or `reported.total` for the root. */
  path: string;
}

/** Keys a stated score or a deduction is matched to a node by: its name, title and aliases. */
export function keysOf(n: RubricNodeData): string[] {
  return [n.name, n.title, ...(n.aliases ?? [])].filter((k): k is string => !!k).map(nameKey);
}

/**
 * Stated score of every rubric node the document gives one for: the score summary first, then the item table
 * (`management[i].score`) for leaves; the root falls back to `reported.total`.
 */
export function statedScores(ctx: AuditContext): Map<RubricNodeData, Stated> {
  return ctx.memo('stated', () => collectStated(ctx));
}

function collectStated(ctx: AuditContext): Map<RubricNodeData, Stated> {
  const { evaluation: e, rubric } = ctx;
  const out = new Map<RubricNodeData, Stated>();
  if (!rubric) return out;
  const byKey = new Map<string, Stated>();
  for (const [k, v] of Object.entries(e.reported.scores))
    byKey.set(nameKey(k), { value: v, path: `reported.scores.${k}` });
  for (const n of nodesOf(ctx)) {
    const hit = keysOf(n)
      .map((k) => byKey.get(k))
      .find(Boolean);
    if (hit) {
      out.set(n, hit);
      continue;
    }
    if (n.children?.length) continue;
    const i = itemIndexOf(ctx, n);
    const score = i < 0 ? null : e.management[i]!.score;
    if (score != null) out.set(n, { value: score, path: `management[${i}].score` });
  }
  if (!out.has(rubric.root) && e.reported.total != null)
    out.set(rubric.root, { value: e.reported.total, path: 'reported.total' });
  return out;
}

/** Keys of `reported.scores` that name no node of the rubric. */
export function unknownScoreKeys(ctx: AuditContext): string[] {
  const known = ctx.memo('nodeKeys', () => new Set(nodesOf(ctx).flatMap(keysOf)));
  return Object.keys(ctx.evaluation.reported.scores).filter((k) => !known.has(nameKey(k)));
}

/** A node's stated score, or the sum of its children's when every one is known; `n` counts the rounded figures used. */
export function statedOrSum(
  n: RubricNodeData,
  stated: ReadonlyMap<RubricNodeData, Stated>,
): { value: number; n: number } | null {
  const own = stated.get(n);
  if (own) return { value: own.value, n: 1 };
  if (!n.children?.length) return null;
  let value = 0;
  let count = 0;
  for (const c of n.children) {
    const s = statedOrSum(c, stated);
    if (!s) return null;
    value += s.value;
    count += s.n;
  }
  return { value, n: count };
}
