/**
 * The submission gate of a project self-evaluation: the department's gate (`gate.ts`, `assembleGate`) over the
 * project's own parts — the complete document must validate, the money and one indicator with target and actual must
 * be there, every rubric item must be scorable, and the project audit's errors block unless explained.
 */
import { auditProjectEvaluation } from './audit/project';
import { assembleGate, type Explanation, type GateItem, type GateResult, validationItems } from './gate';
import type { ProjectEvaluation } from './model';
import { scoreProjectEvaluation } from './rubric/engine';
import type { Rubric } from './rubric/schema';
import type { ScoreResult } from './rubric/types';
import { validateProjectEvaluation } from './validate-project';

const blankText = (s: string | null | undefined) => !s || s.trim() === '';

function required(doc: ProjectEvaluation): GateItem[] {
  const out: GateItem[] = [];
  const add = (code: string, path: string, message: string) =>
    out.push({ kind: 'required', code, path, message, explainable: false });
  if (doc.finance.budget == null) add('budget_empty', 'finance.budget', '项目资金未填写全年预算数');
  if (doc.finance.executed == null) add('executed_empty', 'finance.executed', '项目资金未填写全年执行数');
  if (!doc.indicators.some((i) => !blankText(i.target) && !blankText(i.actual)))
    add('indicators_empty', 'indicators', '绩效指标至少要有一项同时填写年度指标值和实际完成值');
  return out;
}

function safeScore(doc: ProjectEvaluation, rubric: Rubric): ScoreResult | null {
  try {
    return scoreProjectEvaluation(doc, rubric);
  } catch {
    return null;
  }
}

/**
 * What stops a project self-evaluation from being submitted. Pure: server and web run the same.
 * @example checkProjectSubmission({ ...doc, finance: { bySource: [] } }, findRubric).blocking[0].message // '项目资金未填写全年预算数'
 */
export function checkProjectSubmission(
  input: unknown,
  findRubric: (id: string) => Rubric | null,
  explanations: readonly Explanation[] = [],
): GateResult {
  const validation = validateProjectEvaluation(input, findRubric);
  const invalid = validationItems(validation.issues);
  const doc = validation.data;
  const rubric = doc ? findRubric(doc.rubric) : null;
  if (!doc || !rubric || rubric.scope !== 'project')
    return { ok: false, blocking: invalid, explained: [], warnings: [] };
  const score = safeScore(doc, rubric);
  return assembleGate(
    {
      invalid,
      required: required(doc),
      score,
      leafPath: (leaf) => (leaf.kind === 'execution_rate' ? 'finance.executed' : 'indicators'),
      audit: () => auditProjectEvaluation(doc, rubric, {}, score),
    },
    explanations,
  );
}
