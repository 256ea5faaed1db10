/** The score tree as plain JSON for people and programs: scores rounded to 2 decimals, traces as Chinese sentences. */
import { renderTrace } from '../messages';
import { round2 } from '../money';
import type { ScoreNode, ScoreResult } from './types';

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
}

function presentNode(n: ScoreNode): PresentedNode {
  return {
    name: n.name,
    ...(n.title ? { title: n.title } : {}),
    kind: n.kind,
    max: n.max,
    score: n.score === null ? null : round2(n.score),
    status: n.status,
    lost: n.score === null ? null : round2(n.max - n.score),
    messages: n.trace.map(renderTrace),
    inputs: n.inputs,
    ...(n.children ? { children: n.children.map(presentNode) } : {}),
  };
}

/** `presentScore(r).total` is 91.46 for 南洲 2023 (the engine keeps 91.4558…). */
export function presentScore(r: ScoreResult): PresentedScore {
  return {
    total: r.total === null ? null : round2(r.total),
    grade: r.grade,
    complete: r.complete,
    computedTotal: round2(r.computedTotal),
    missing: r.missing,
    rubric: r.rubric,
    root: presentNode(r.root),
    messages: r.trace.map(renderTrace),
  };
}
