/** The submission gate: what stops an evaluation from being submitted, what only warns, and which errors an explanation lets through. */
import { auditEvaluation, type Finding, renderFinding } from './audit';
import type { Evaluation } from './model';
import { findingKey, normalizePath } from './paths';
import { scoreEvaluation } from './rubric/engine';
import { findItem, indexItems } from './rubric/items';
import type { Rubric, RubricNodeData } from './rubric/schema';
import type { ScoreNode, ScoreResult } from './rubric/types';
import { validateForSubmission } from './validate';

/**
 * Where an item of the checklist comes from: `validation` (the document is malformed), `blank` (nothing scored),
 * `required` (a required part is empty), `score` (the stated score is not the computed one), `audit` (an audit
 * finding). Only audit errors can be explained; everything else must be fixed.
 */
export type GateKind = 'validation' | 'blank' | 'required' | 'score' | 'audit';

export interface GateItem {
  kind: GateKind;
  code: string;
  /** The document path the item is about (brackets for indexes), or null for the whole evaluation. */
  path: string | null;
  message: string;
  /** An audit error: a written explanation lets the evaluation through. */
  explainable: boolean;
  /** The department's explanation, when one was given. */
  explanation?: string;
}

export interface GateResult {
  /** True when nothing blocks: the evaluation may be submitted. */
  ok: boolean;
  /** What must be fixed (or, for an audit error, explained) before submitting. */
  blocking: GateItem[];
  /** Audit errors the department explained; they travel with the submission. */
  explained: GateItem[];
  /** What is worth a look but does not block. */
  warnings: GateItem[];
}

/** A department's explanation of one audit error, matched by the finding's code and path. */
export interface Explanation {
  code: string;
  path: string | null;
  text: string;
}

/** How many characters an explanation may have. */
export const EXPLANATION_MAX = 2000;

/** The key an explanation is matched by: the finding's code and path (`code@path`). */
export const explanationKey = findingKey;

/** Audit codes about the stated total and grade: the score printed must be the one computed, never explained away. */
const SCORE_CODES: ReadonlySet<string> = new Set([
  'total_computed_mismatch',
  'grade_computed_mismatch',
  'grade_mismatch',
]);

/** `finance` covers `finance.budget`; `indicators` covers itself. */
const pathCovers = (outer: string, inner: string) =>
  inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);

const blankText = (s: string | null | undefined) => !s || s.trim() === '';

function required(e: Evaluation): GateItem[] {
  const out: GateItem[] = [];
  const add = (code: string, path: string, message: string) =>
    out.push({ kind: 'required', code, path, message, explainable: false });
  if (e.department.functions.every(blankText) && blankText(e.overview))
    add('functions_empty', 'department.functions', '部门基本情况未填写：部门职能和年度总体工作至少填写一项');
  if (e.finance.budget == null) add('budget_empty', 'finance.budget', '收支情况未填写全年预算数');
  if (e.finance.executed == null) add('executed_empty', 'finance.executed', '收支情况未填写执行数');
  const inds = [...e.indicators, ...e.projects.flatMap((p) => p.indicators)];
  if (!inds.some((i) => !blankText(i.target) && !blankText(i.actual)))
    add('indicators_empty', 'indicators', '绩效指标至少要有一项同时填写目标值和实际完成值');
  return out;
}

/** Rubric nodes by their score-tree path (`总分/管理效率/预算执行/结转结余率`). */
function nodesByPath(node: RubricNodeData, path: string, out = new Map<string, RubricNodeData>()) {
  out.set(path, node);
  if (node.kind === 'group') for (const c of node.children) nodesByPath(c, `${path}/${c.name}`, out);
  return out;
}

function scoreLeaves(n: ScoreNode, out: ScoreNode[] = []): ScoreNode[] {
  if (n.children) for (const c of n.children) scoreLeaves(c, out);
  else out.push(n);
  return out;
}

/** Every rubric item the data cannot score yet, pointing at the field that scores it (`pathOf`). */
function unscored(
  score: ScoreResult,
  skip: ReadonlySet<string>,
  pathOf: (leaf: ScoreNode) => string,
): GateItem[] {
  const out: GateItem[] = [];
  for (const leaf of scoreLeaves(score.root)) {
    if (leaf.score !== null && leaf.status === 'ok') continue;
    if (skip.has(leaf.kind)) continue;
    out.push({
      kind: 'required',
      code: leaf.score === null ? 'item_unscored' : 'item_partial',
      path: pathOf(leaf),
      message:
        leaf.score === null
          ? `评分项目「${leaf.name}」尚未评分（${leaf.max} 分）`
          : `评分项目「${leaf.name}」有内容尚待评定，得分无法确定`,
      explainable: false,
    });
  }
  return out;
}

/** An evaluation's leaf points at the management item that scores it, else at its table. */
function evaluationLeafPath(e: Evaluation, rubric: Rubric): (leaf: ScoreNode) => string {
  const byPath = nodesByPath(rubric.root, rubric.root.name);
  const items = indexItems(e.management);
  return (leaf) => {
    if (leaf.kind === 'execution_rate') return 'finance.executed';
    if (leaf.kind === 'indicator_completion') return 'indicators';
    const node = byPath.get(leaf.path);
    const hit = node ? findItem(items, node) : null;
    return hit ? `management[${hit.index}].score` : 'management';
  };
}

function fromFinding(f: Finding, kind: GateKind, explainable: boolean): GateItem {
  const path = f.path ? (f.path.includes('/') ? f.path : normalizePath(f.path)) : null;
  return { kind, code: f.code, path, message: renderFinding(f), explainable };
}

function safeScore(e: Evaluation, rubric: Rubric): ScoreResult | null {
  try {
    return scoreEvaluation(e, rubric);
  } catch {
    return null;
  }
}

/** What a document kind hands the gate: its validation, required parts, score, where each leaf points, its audit. */
export interface GateParts {
  /** Validation issues, as blocking items. */
  invalid: GateItem[];
  /** The required parts left empty. */
  required: GateItem[];
  score: ScoreResult | null;
  /** The field that scores a rubric leaf the data cannot score yet. */
  leafPath: (leaf: ScoreNode) => string;
  /** The audit's findings (a throw is an audit that could not run). */
  audit: () => Finding[];
}

/** Validation issues as blocking items of the checklist. */
export function validationItems(issues: ReadonlyArray<{ path: string; message: string }>): GateItem[] {
  return issues.map((i) => ({
    kind: 'validation',
    code: 'validation',
    path: i.path === '(根)' ? null : normalizePath(i.path),
    message: `填写有误：${i.message}`,
    explainable: false,
  }));
}

/**
 * The checklist from a document's parts, the same for every kind: nothing scored blocks, required parts and items
 * the data cannot score block, a stated total other than the computed one and every audit error block; an audit
 * error with an explanation passes (listed in `explained`); audit warnings only warn.
 */
export function assembleGate(parts: GateParts, explanations: readonly Explanation[] = []): GateResult {
  const blocking: GateItem[] = [...parts.invalid];
  const { score } = parts;
  const leaves = score ? scoreLeaves(score.root) : [];
  const isBlank = !score || (score.computedTotal <= 0 && leaves.every((l) => !l.score));
  if (isBlank) {
    blocking.push({
      kind: 'blank',
      code: 'blank',
      path: null,
      message: `这是一份空白自评：得分 0 分，${leaves.length} 个评分项目均未评分，不能提交`,
      explainable: false,
    });
  }
  blocking.push(...parts.required);
  if (score && !isBlank) {
    // A required part already named stands for the rubric items it scores.
    const skip = new Set<string>();
    if (parts.required.some((p) => p.code === 'budget_empty' || p.code === 'executed_empty'))
      skip.add('execution_rate');
    if (parts.required.some((p) => p.code === 'indicators_empty')) skip.add('indicator_completion');
    blocking.push(...unscored(score, skip, parts.leafPath));
  }

  const given = new Map<string, string>();
  for (const x of explanations) {
    const text = x.text.trim();
    if (text) given.set(explanationKey(x.code, x.path), text.slice(0, EXPLANATION_MAX));
  }
  const explained: GateItem[] = [];
  const warnings: GateItem[] = [];
  let findings: Finding[] = [];
  try {
    findings = parts.audit();
  } catch {
    blocking.push({
      kind: 'audit',
      code: 'audit_failed',
      path: null,
      message: '审核规则无法运行，请检查填写内容',
      explainable: false,
    });
  }
  for (const f of findings) {
    if (f.severity === 'warning') warnings.push(fromFinding(f, 'audit', false));
    if (f.severity !== 'error') continue;
    if (SCORE_CODES.has(f.code)) {
      blocking.push(fromFinding(f, 'score', false));
      continue;
    }
    const item = fromFinding(f, 'audit', true);
    const text = given.get(explanationKey(item.code, item.path));
    if (text) explained.push({ ...item, explanation: text });
    else blocking.push(item);
  }
  // A warning about a part that already blocks says the same thing twice.
  const covered = (w: GateItem) =>
    w.path !== null && blocking.some((b) => b.path !== null && pathCovers(w.path!, b.path));
  return { ok: blocking.length === 0, blocking, explained, warnings: warnings.filter((w) => !covered(w)) };
}

/**
 * Check an evaluation for submission (see `assembleGate`). Pure: server and web run the same.
 * @example checkSubmission(blank, findRubric).blocking[0].code // 'blank'
 */
export function checkSubmission(
  input: unknown,
  findRubric: (id: string) => Rubric | null,
  explanations: readonly Explanation[] = [],
): GateResult {
  const validation = validateForSubmission(input, findRubric);
  const invalid = validationItems(validation.issues);
  const e = validation.data;
  const rubric = e ? findRubric(e.rubric) : null;
  if (!e || !rubric) return { ok: false, blocking: invalid, explained: [], warnings: [] };
  return assembleGate(
    {
      invalid,
      required: required(e),
      score: safeScore(e, rubric),
      leafPath: evaluationLeafPath(e, rubric),
      audit: () => auditEvaluation(e, rubric),
    },
    explanations,
  );
}
