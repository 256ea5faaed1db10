/** The score tree as plain JSON for people and programs: scores rounded to 2 decimals, traces as Chinese sentences. */
import { renderTrace } from '../messages';
import { round2 } from '../money';
import { authorOf, renderPart, renderSplit, splitPoints } from './origin';
import type { Grade, PointsOrigin, PointsSource, ScoreNode, ScoreResult } from './types';

/** One source of a leaf's points in words: the figures, or the entry with its reason and who made it. */
export interface PresentedPart {
  source: PointsSource;
  points: number;
  text: string;
  /** The evaluation field the points come from. */
  path: string;
  /** Who entered them (entered parts only): as the document or the caller knows, else 填报单位. */
  by: string | null;
}

/** Who made the last change of a field, when the caller knows (the server's history); the document does not say. */
export interface PresentOptions {
  authorOf?: (path: string) => string | null | undefined;
}

export interface PresentedNode {
  name: string;
  title?: string;
  kind: string;
  max: number;
  score: number | null;
  status: string;
  lost: number | null;
  messages: string[];
  inputs: Record<string, unknown>;
  /** computed: every point from figures; entered: every point typed by a person; mixed: both; null: none yet. */
  source: PointsOrigin['source'];
  /** The node's printed points split in two (integer cents: computed + entered = score). */
  computed: number;
  entered: number;
  /** Where a leaf's points come from, part by part; a group's are in its children. */
  basis: PresentedPart[];
  children?: PresentedNode[];
}

export interface PresentedScore {
  total: number | null;
  grade: string | null;
  complete: boolean;
  computedTotal: number;
  missing: string[];
  rubric: ScoreResult['rubric'];
  root: PresentedNode;
  messages: string[];
  /** 按数据计算 N 分，人工评定 M 分: N + M is the printed total (or what is scored so far), to the cent. */
  split: { computed: number; entered: number; text: string };
}

/**
 * The one score the official documents (.docx report, .xlsx 自评表) print for a node: the engine's, in which a
 * judged node carries the points a person entered, rounded to 2 decimals; null when it cannot be scored. The stated
 * scores (`reported.scores`, `reported.total`) are never printed: where they differ, that is an audit finding for
 * the submission gate, not a note in the document.
 * @example printedScore(91.45585943139409) // 91.46
 */
export function printedScore(score: number | null | undefined): number | null {
  return score == null ? null : round2(score);
}

/** The total and grade the documents print; the grade is the grade of the printed total (see `gradeOf`). */
export function printedTotal(r: ScoreResult): { total: number | null; grade: Grade | null } {
  const total = printedScore(r.total);
  return { total, grade: total === null ? null : r.grade };
}

function presentNode(n: ScoreNode, opts: PresentOptions): PresentedNode {
  return {
    name: n.name,
    ...(n.title ? { title: n.title } : {}),
    kind: n.kind,
    max: n.max,
    score: printedScore(n.score),
    status: n.status,
    lost: n.score === null ? null : round2(n.max - n.score),
    messages: n.trace.map(renderTrace),
    inputs: n.inputs,
    source: n.origin.source,
    ...splitPoints(n),
    basis: n.origin.parts.map((p) => ({
      source: p.source,
      points: round2(p.points),
      text: renderPart(p, opts.authorOf),
      path: p.path,
      by: p.source === 'entered' ? authorOf(p, opts.authorOf) : null,
    })),
    ...(n.children ? { children: n.children.map((c) => presentNode(c, opts)) } : {}),
  };
}

/** `presentScore(r).total` is 91.46 for 南洲 2023 (the engine keeps 91.4558…). */
export function presentScore(r: ScoreResult, opts: PresentOptions = {}): PresentedScore {
  const split = splitPoints(r.root);
  return {
    ...printedTotal(r),
    complete: r.complete,
    computedTotal: round2(r.computedTotal),
    missing: r.missing,
    rubric: r.rubric,
    root: presentNode(r.root, opts),
    messages: r.trace.map(renderTrace),
    split: { ...split, text: renderSplit(split) },
  };
}
