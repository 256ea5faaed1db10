/** The score tree the engine returns: every node's max, score, kind, inputs and trace. */
import type { NodeKind } from './schema';

/** One explanation record; the Chinese sentence comes from the message map (`renderTrace`). */
export interface TraceRecord {
  /** Stable snake_case code, e.g. `threshold_over`. */
  code: string;
  /** Where it applies: rubric node path or evaluation path (`indicators[3]`). */
  path: string;
  params: Record<string, string | number | boolean | null>;
  /** Points lost by this record (0 for notes). */
  lost: number;
}

export type NodeStatus = 'ok' | 'missing' | 'partial';

export interface ScoreNode {
  /** Path of names from the root: `管理效率/预算执行/结转结余率`. */
  path: string;
  name: string;
  title?: string | undefined;
  kind: NodeKind;
  max: number;
  /** Unrounded; null when the data cannot support a score. */
  score: number | null;
  status: NodeStatus;
  inputs: Record<string, unknown>;
  trace: TraceRecord[];
  children?: ScoreNode[];
}

export type Grade = '优' | '良' | '中' | '差';

export interface ScoreResult {
  rubric: { id: string; name: string; version: number };
  /** Unrounded total; null when some part cannot be computed (see `missing`). */
  total: number | null;
  /** Total of what could be computed. */
  computedTotal: number;
  grade: Grade | null;
  complete: boolean;
  /** Paths of nodes whose score cannot be computed from the data. */
  missing: string[];
  root: ScoreNode;
  /** Every record that lost points or needs attention, flattened in tree order. */
  trace: TraceRecord[];
}
