/** The live score of a document, computed in the browser by the core engine, and each node by path. */
import { useMemo } from 'react';
import type { Evaluation } from '../../../src/core/model';
import { type Rubric, type ScoreNode, type ScoreResult, scoreEvaluation } from '../../../src/core/rubric';
import { findRubric } from '../../../src/rubrics';

function index(node: ScoreNode, out: Map<string, ScoreNode>): Map<string, ScoreNode> {
  out.set(node.path, node);
  for (const c of node.children ?? []) index(c, out);
  return out;
}

export function useScore(doc: Evaluation): {
  rubric: Rubric | null;
  result: ScoreResult | null;
  nodes: ReadonlyMap<string, ScoreNode>;
} {
  const rubric = useMemo(() => findRubric(doc.rubric), [doc.rubric]);
  const result = useMemo(() => {
    if (!rubric) return null;
    try {
      return scoreEvaluation(doc, rubric);
    } catch (e) {
      console.error('计分出错', e);
      return null;
    }
  }, [doc, rubric]);
  const nodes = useMemo(
    () => (result ? index(result.root, new Map()) : new Map<string, ScoreNode>()),
    [result],
  );
  return { rubric, result, nodes };
}
