/** What every kind evaluator receives: the evaluation, the rubric and lookups computed once per scoring run. */
import type { Evaluation, ManagementItem } from '../model';
import { type Judged, judgeIndicator } from '../target/judge';
import { nameKey } from '../text';
import type { RubricNodeData } from './schema';
import type { ScoreNode, TraceRecord } from './types';

export interface ScoreContext {
  evaluation: Evaluation;
  /** Judged indicators, in the order of `evaluation.indicators`, computed once and shared by every node. */
  judged: readonly Judged[];
  /** Management items by the name key of their rubric item. */
  items: ReadonlyMap<string, { item: ManagementItem; index: number }>;
}

export function buildContext(evaluation: Evaluation): ScoreContext {
  const items = new Map<string, { item: ManagementItem; index: number }>();
  evaluation.management.forEach((item, index) => {
    items.set(nameKey(item.item), { item, index });
  });
  return { evaluation, judged: evaluation.indicators.map((i) => judgeIndicator(i)), items };
}

/** The management item a rubric node scores, matched by name or alias. */
export function findItem(
  ctx: ScoreContext,
  node: RubricNodeData,
): { item: ManagementItem; index: number } | null {
  const hit = ctx.items.get(nameKey(node.name));
  if (hit || !node.aliases) return hit ?? null;
  for (const n of node.aliases) {
    const alias = ctx.items.get(nameKey(n));
    if (alias) return alias;
  }
  return null;
}

export type KindEvaluator = (node: RubricNodeData, ctx: ScoreContext, path: string) => ScoreNode;

/** A node's result with the common fields filled. */
export function result(
  node: RubricNodeData,
  path: string,
  score: number | null,
  inputs: Record<string, unknown>,
  trace: TraceRecord[],
  status: ScoreNode['status'] = score === null ? 'missing' : 'ok',
): ScoreNode {
  return {
    path,
    name: node.name,
    title: node.title,
    kind: node.kind,
    max: node.max,
    score,
    status,
    inputs,
    trace,
  };
}

export function trace(code: string, path: string, params: TraceRecord['params'], lost = 0): TraceRecord {
  return { code, path, params, lost };
}

/** Read a numeric parameter of a node with a default. */
export function num(node: RubricNodeData, key: string, fallback: number): number {
  const v = node.params?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}
