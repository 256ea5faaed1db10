/** What every kind evaluator receives: the evaluation, the rubric and lookups computed once per scoring run. */
import type { Indicator, ManagementItem } from '../model';
import { type Judged, judgeIndicator } from '../target/judge';
import { originOf } from './_parts';
import type { RateFinance } from './inputs';
import { findItem, type ItemHit, type ItemIndex, indexItems, type NamedNode } from './items';
import type { NodeKind, NodeOf, RubricNodeData } from './schema';
import type { PointsPart, ScoreNode, TraceRecord } from './types';

/**
 * What a rubric scores: a department's evaluation, or a project's self-evaluation, whose paths line up with it
 * (`finance.budget`, `indicators[2]`); a project has no management items.
 */
export interface Scorable {
  finance: RateFinance;
  indicators: readonly Indicator[];
  management: readonly ManagementItem[];
}

export interface ScoreContext {
  evaluation: Scorable;
  /** Judged indicators, in the order of `evaluation.indicators`, computed once and shared by every node. */
  judged: readonly Judged[];
  /** The same from the figures alone (typed verdict and status left out): whether the data give the same points. */
  figures: readonly Judged[];
  /** Management items by the name key of their rubric item. */
  items: ItemIndex;
}

export function buildContext(evaluation: Scorable): ScoreContext {
  const judged = evaluation.indicators.map((i) => judgeIndicator(i));
  return {
    evaluation,
    judged,
    figures: evaluation.indicators.map((i, k) =>
      i.status || i.judgement ? judgeIndicator({ ...i, status: null, judgement: null }) : judged[k]!,
    ),
    items: indexItems(evaluation.management),
  };
}

/** The management item a rubric node scores, matched by name or alias. */
export function findNodeItem(ctx: ScoreContext, node: NamedNode): ItemHit | null {
  return findItem(ctx.items, node);
}

/** The evaluator of one node kind: it receives only nodes of its kind, with their typed parameters. */
export type KindEvaluator<K extends NodeKind = NodeKind> = (
  node: NodeOf<K>,
  ctx: ScoreContext,
  path: string,
) => ScoreNode;

/** A node's result with the common fields filled; `parts` say where its points come from. */
export function result(
  node: RubricNodeData,
  path: string,
  score: number | null,
  inputs: Record<string, unknown>,
  trace: TraceRecord[],
  parts: PointsPart[] = [],
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
    origin: originOf(parts),
  };
}

export function trace(code: string, path: string, params: TraceRecord['params'], lost = 0): TraceRecord {
  return { code, path, params, lost };
}
