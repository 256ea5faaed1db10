/** Rates behind the rubric's threshold items, as the engine derives them, and the rubric nodes that score them. */
import type { Evaluation } from '../../model';
import { rubricNodes } from '../../rubric/engine';
import { deriveRate, type ThresholdInput } from '../../rubric/inputs';
import { findItem, indexItems } from '../../rubric/items';
import type { NodeOf, RubricNodeData } from '../../rubric/schema';
import type { AuditContext } from '../types';
import { type Derived, forAudit } from './_rates';

const derive = (input: ThresholdInput) => (e: Evaluation) => forAudit(deriveRate(e.finance, input));

/** Finance-derived value of a threshold input (`carryover_rate` …), by the rubric's input names. */
export const DERIVED_INPUTS: Record<ThresholdInput, (e: Evaluation) => Derived | null> = {
  carryover_rate: derive('carryover_rate'),
  three_public_rate: derive('three_public_rate'),
  public_funds_rate: derive('public_funds_rate'),
  fixed_asset_utilization: derive('fixed_asset_utilization'),
};

/** Every node of the rubric, depth first (empty without one). */
export function nodesOf(ctx: AuditContext): RubricNodeData[] {
  return ctx.memo('nodes', () => (ctx.rubric ? rubricNodes(ctx.rubric.root) : []));
}

export type ThresholdNode = NodeOf<'threshold_at_most'> | NodeOf<'threshold_at_least'>;

/** Threshold nodes of the rubric that read a finance-derived input, with that input. */
export function thresholdNodes(ctx: AuditContext): Array<{ node: ThresholdNode; input: ThresholdInput }> {
  return ctx.memo('thresholds', () =>
    nodesOf(ctx).flatMap((node) =>
      (node.kind === 'threshold_at_most' || node.kind === 'threshold_at_least') && node.params.input
        ? [{ node, input: node.params.input }]
        : [],
    ),
  );
}

/** The management item a rubric node scores, by the engine's own lookup; -1 when none. */
export function itemIndexOf(ctx: AuditContext, node: RubricNodeData): number {
  const items = ctx.memo('items', () => indexItems(ctx.evaluation.management));
  return findItem(items, node)?.index ?? -1;
}
