/** What every report section reads: the evaluation, its score tree, judged indicators and the table counter. */
import type { Evaluation, Indicator, ManagementItem } from '../../core/model';
import type { ProjectRollup } from '../../core/project-rollup';
import type { Rubric, RubricNodeData, ScoreNode, ScoreResult } from '../../core/rubric';
import { type Judged, judgeIndicator } from '../../core/target/judge';
import { levelKey, nameKey } from '../../core/text';
import { findRubric } from '../../rubrics';
import { tableMark } from './_numbering';

export interface ReportContext {
  e: Evaluation;
  /** Null when the rubric is unknown and nothing could be scored. */
  score: ScoreResult | null;
  rubric: Rubric | null;
  judged: readonly Judged[];
  /** A mark for the next table, cited in sentences; `numberReport` turns it into `表 2-3` once the outline is done. */
  nextTable: () => string;
  /** Department name as written in sentences. */
  dept: string;
  /** The department's project self-evaluations of the year, rolled up; null when the caller has none to give. */
  projects: ProjectRollup | null;
}

/** What a report may print beside the evaluation itself. */
export interface ReportExtras {
  /** The roll-up of the department's project self-evaluations (项目自评覆盖率, grades). */
  projects?: ProjectRollup | null;
}

export function buildContext(
  e: Evaluation,
  score: ScoreResult | null,
  extras: ReportExtras = {},
): ReportContext {
  let tables = 0;
  return {
    e,
    score,
    rubric: findRubric(score?.rubric.id ?? e.rubric),
    judged: e.indicators.map((i) => judgeIndicator(i)),
    nextTable: () => tableMark(++tables),
    dept: e.department.name,
    projects: extras.projects ?? null,
  };
}

/** Every node of a score tree, depth first. */
export function allNodes(node: ScoreNode): ScoreNode[] {
  return [node, ...(node.children ?? []).flatMap(allNodes)];
}

/** Leaves scored from management items (judgement and threshold kinds). */
export function isItemKind(node: ScoreNode): boolean {
  return node.kind === 'judgement' || node.kind === 'threshold_at_most' || node.kind === 'threshold_at_least';
}

/** The management item a rubric leaf scores, matched by name or alias as the engine matches it. */
export function itemFor(ctx: ReportContext, node: ScoreNode): { item: ManagementItem; index: number } | null {
  const names = [node.name, ...(rubricNode(ctx, node)?.aliases ?? [])].map(nameKey);
  const index = ctx.e.management.findIndex((m) => names.includes(nameKey(m.item)));
  return index < 0 ? null : { item: ctx.e.management[index] as ManagementItem, index };
}

/** The rubric node behind a score node, by path. */
export function rubricNode(ctx: ReportContext, node: ScoreNode): RubricNodeData | null {
  if (!ctx.rubric) return null;
  const names = node.path.split('/');
  let cur: RubricNodeData | undefined = ctx.rubric.root;
  for (const n of names.slice(1)) cur = cur?.children?.find((c) => c.name === n);
  return cur ?? null;
}

/** The indicators an indicator_completion node scores (by 一级指标), with their index. */
export function indicatorsOf(ctx: ReportContext, node: ScoreNode): Array<{ ind: Indicator; index: number }> {
  const rn = rubricNode(ctx, node);
  const keys = new Set((rn?.kind === 'indicator_completion' ? rn.params.select : [node.name]).map(levelKey));
  return ctx.e.indicators.flatMap((ind, index) =>
    ind.level1 && keys.has(levelKey(ind.level1)) ? [{ ind, index }] : [],
  );
}
