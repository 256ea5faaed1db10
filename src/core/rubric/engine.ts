/** The scoring engine: walks a rubric tree, each node scored by the evaluator of its kind. */
import type { Project, ProjectEvaluation } from '../model';
import { buildContext, type KindEvaluator, type Scorable, type ScoreContext } from './context';
import { gradeOf } from './grade';
import { projectAmounts } from './inputs';
import { scoreExecutionRate } from './kinds/execution-rate';
import { makeGroup } from './kinds/group';
import { scoreIndicatorCompletion } from './kinds/indicator-completion';
import { scoreJudgement } from './kinds/judgement';
import { scoreThresholdAtLeast, scoreThresholdAtMost } from './kinds/threshold';
import type { NodeKind, NodeOf, Rubric, RubricNodeData } from './schema';
import type { ScoreNode, ScoreResult, TraceRecord } from './types';

/** A node scored by the evaluator of its kind; the map's type pairs each kind with its node type, so no cast. */
function scoreKind<K extends NodeKind>(kind: K, node: NodeOf<K>, ctx: ScoreContext, path: string): ScoreNode {
  const evaluate: KindEvaluator<K> = EVALUATORS[kind];
  return evaluate(node, ctx, path);
}

const scoreNode: KindEvaluator = (node, ctx, path) => scoreKind(node.kind, node, ctx, path);

const EVALUATORS: { [K in NodeKind]: KindEvaluator<K> } = {
  group: makeGroup(scoreNode),
  execution_rate: scoreExecutionRate,
  indicator_completion: scoreIndicatorCompletion,
  threshold_at_most: scoreThresholdAtMost,
  threshold_at_least: scoreThresholdAtLeast,
  judgement: scoreJudgement,
};

function collect(node: ScoreNode, trace: TraceRecord[], missing: string[]): void {
  for (const t of node.trace) trace.push(t);
  if (node.children) for (const c of node.children) collect(c, trace, missing);
  else if (node.score === null || node.status !== 'ok') missing.push(node.path);
}

/**
 * Score an evaluation (or anything of its shape: a project's self-evaluation) on a rubric. Pure; scores are
 * unrounded (round only to display).
 * @example scoreEvaluation(nanzhou, getRubric('gz-dept-2023')).total // 91.456
 */
export function scoreEvaluation(evaluation: Scorable, rubric: Rubric): ScoreResult {
  const ctx = buildContext(evaluation);
  const root = scoreNode(rubric.root, ctx, rubric.root.name);
  const trace: TraceRecord[] = [];
  const missing: string[] = [];
  collect(root, trace, missing);
  const computed = root.inputs.computed;
  const computedTotal = root.score ?? (typeof computed === 'number' ? computed : 0);
  const complete = root.score !== null && missing.length === 0;
  return {
    rubric: { id: rubric.id, name: rubric.name, version: rubric.version },
    total: complete ? root.score : null,
    computedTotal,
    grade: complete && root.score !== null ? gradeOf(root.score, rubric) : null,
    complete,
    missing,
    root,
    trace,
  };
}

/** Find a node of a score tree by its Chinese name (or rubric title). */
export function findScoreNode(root: ScoreNode, name: string): ScoreNode | null {
  if (root.name === name || root.title === name) return root;
  for (const c of root.children ?? []) {
    const hit = findScoreNode(c, name);
    if (hit) return hit;
  }
  return null;
}

/** Every leaf of a rubric, depth first. */
export function rubricLeaves(node: RubricNodeData): RubricNodeData[] {
  return node.children?.length ? node.children.flatMap(rubricLeaves) : [node];
}

/** Every node of a rubric, depth first. */
export function rubricNodes(node: RubricNodeData): RubricNodeData[] {
  return [node, ...(node.children ?? []).flatMap(rubricNodes)];
}

/**
 * Score a project's self-evaluation on a project rubric (national 10号: 预算执行率 10 + 产出 50 + 效益 30 + 满意度 10).
 * Its paths are the evaluation's (`finance.executed`, `indicators[i]`), so the trace points into the document itself.
 * @example scoreProjectEvaluation(changshou, getRubric('national-project-2020')).total // 100
 */
export function scoreProjectEvaluation(doc: ProjectEvaluation, rubric: Rubric): ScoreResult {
  return scoreEvaluation({ finance: doc.finance, indicators: doc.indicators, management: [] }, rubric);
}

/**
 * Score a key project of a departmental evaluation on a project rubric: its funding and indicators stand in for a
 * project self-evaluation's finance and indicator table (paths in the trace are then relative to the project).
 */
export function scoreProject(project: Project, rubric: Rubric): ScoreResult {
  return scoreEvaluation(
    {
      finance: { ...projectAmounts(project), executionRate: project.executionRate ?? null },
      indicators: project.indicators,
      management: [],
    },
    rubric,
  );
}
