/** The live score of a document, computed in the browser by the core engine of its kind, and each node by path. */
import { useMemo } from 'react';
import type { Rubric, ScoreNode, ScoreResult } from '../../../src/core/rubric';
import { type AnyDoc, DEPARTMENT_KIND, type DocKind } from './kinds';

function index(node: ScoreNode, out: Map<string, ScoreNode>): Map<string, ScoreNode> {
  out.set(node.path, node);
  for (const c of node.children ?? []) index(c, out);
  return out;
}

export function useScore<D extends AnyDoc>(
  doc: D,
  kind: DocKind<D> = DEPARTMENT_KIND as unknown as DocKind<D>,
): {
  rubric: Rubric | null;
  result: ScoreResult | null;
  nodes: ReadonlyMap<string, ScoreNode>;
} {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the rubric depends on the document's rubric id only
  const rubric = useMemo(() => kind.rubricOf(doc), [kind, doc.rubric]);
  const result = useMemo(() => {
    if (!rubric) return null;
    try {
      return kind.score(doc, rubric);
    } catch (e) {
      console.error('计分出错', e);
      return null;
    }
  }, [kind, doc, rubric]);
  const nodes = useMemo(
    () => (result ? index(result.root, new Map()) : new Map<string, ScoreNode>()),
    [result],
  );
  return { rubric, result, nodes };
}
