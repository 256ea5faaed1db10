/**
 * The submission gate of a project self-evaluation, in the checklist shape of the department's (`core/gate.ts`):
 * the complete document must validate, the money and one indicator with target and actual must be there, and every
 * rubric item must be scorable. No project audit rules exist yet, so nothing is explainable and nothing only warns.
 */
import type { GateItem, GateResult } from '../../core/gate';
import type { ProjectEvaluation } from '../../core/model';
import { normalizePath } from '../../core/paths';
import type { ScoreNode } from '../../core/rubric';
import { validateProjectEvaluation } from '../../core/validate-project';
import { findRubric } from '../../rubrics';
import { safeScoreProject } from './derive';

const blankText = (s: string | null | undefined) => !s || s.trim() === '';

function leaves(n: ScoreNode, out: ScoreNode[] = []): ScoreNode[] {
  if (n.children) for (const c of n.children) leaves(c, out);
  else out.push(n);
  return out;
}

function requiredItems(doc: ProjectEvaluation): GateItem[] {
  const out: GateItem[] = [];
  const add = (code: string, path: string, message: string) =>
    out.push({ kind: 'required', code, path, message, explainable: false });
  if (doc.finance.budget == null) add('budget_empty', 'finance.budget', '项目资金未填写全年预算数');
  if (doc.finance.executed == null) add('executed_empty', 'finance.executed', '项目资金未填写全年执行数');
  if (!doc.indicators.some((i) => !blankText(i.target) && !blankText(i.actual)))
    add('indicators_empty', 'indicators', '绩效指标至少要有一项同时填写年度指标值和实际完成值');
  return out;
}

/**
 * What stops a project self-evaluation from being submitted.
 * @example checkProjectSubmission({ ...doc, finance: { bySource: [] } }).blocking[0].message // '项目资金未填写全年预算数'
 */
export function checkProjectSubmission(input: unknown): GateResult {
  const validation = validateProjectEvaluation(input, findRubric);
  const blocking: GateItem[] = validation.issues.map((i) => ({
    kind: 'validation',
    code: 'validation',
    path: i.path === '(根)' ? null : normalizePath(i.path),
    message: `填写有误：${i.message}`,
    explainable: false,
  }));
  const doc = validation.data;
  if (!doc) return { ok: false, blocking, explained: [], warnings: [] };
  blocking.push(...requiredItems(doc));
  const score = safeScoreProject(doc);
  if (!score)
    blocking.push({
      kind: 'score',
      code: 'unscorable',
      path: 'rubric',
      message: `无法按评分标准「${doc.rubric}」评分`,
      explainable: false,
    });
  for (const leaf of score ? leaves(score.root) : []) {
    if (leaf.score !== null && leaf.status === 'ok') continue;
    blocking.push({
      kind: 'required',
      code: leaf.score === null ? 'item_unscored' : 'item_partial',
      path: leaf.kind === 'execution_rate' ? 'finance.executed' : 'indicators',
      message:
        leaf.score === null
          ? `评分项目「${leaf.name}」尚未评分（${leaf.max} 分）`
          : `评分项目「${leaf.name}」有内容尚待评定，得分无法确定`,
      explainable: false,
    });
  }
  return { ok: blocking.length === 0, blocking, explained: [], warnings: [] };
}
