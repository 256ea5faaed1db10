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

/** Whether points were computed from the document's figures or entered by a person. */
export type PointsSource = 'computed' | 'entered';

/** One source of a leaf's points, as a record: the figures they were computed from, or what a person entered. */
export interface PointsPart {
  source: PointsSource;
  /** Points this part gives, unrounded. */
  points: number;
  /** Message code (`origin_*`); the Chinese sentence comes from the message map (`renderPart`). */
  code: string;
  /** Evaluation path of the figure or of the entered field: `finance.executed`, `management[5].score`. */
  path: string;
  params: TraceRecord['params'];
  /**
   * Who entered it, as the document records it (`judgement.by`); null when it does not. The document keeps no
   * author per field, so this is shown as 填报单位 unless the caller knows better (the server's history can).
   */
  by: string | null;
}

/** Where a node's points come from. */
export interface PointsOrigin {
  /** computed or entered when all its parts are of one source, mixed when both; null while nothing is scored. */
  source: PointsSource | 'mixed' | null;
  /** Points from figures and points a person entered, unrounded; together, the node's points so far. */
  computed: number;
  entered: number;
  /** A leaf's parts; a group has none of its own (its children have them). */
  parts: PointsPart[];
}

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
  /** Which of its points were computed from figures and which a person entered. */
  origin: PointsOrigin;
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
