/**
 * Validate an evaluation document: the schema, then what the schema cannot see (rubric items, targets, text typed
 * into number fields that is not a number yet). A draft is checked for its structure only and its problems listed;
 * submission requires the complete document.
 */
import type { z } from 'zod';
import { Evaluation, EvaluationDraft } from './model';
import { EVALUATION_FIELDS, type FieldRegistry } from './model/fields';
import { readNumber } from './number-input';
import { rubricNodes } from './rubric/engine';
import { nodeKeys } from './rubric/items';
import type { Rubric, RubricNodeData } from './rubric/schema';
import { textProblem, unsafeStrings } from './safe-text';
import { safeParseTarget } from './target/parse';
import { nameKey } from './text';

export interface ValidationIssue {
  /** Dotted path into the document: `indicators.3.target`. */
  path: string;
  message: string;
}

export type ValidationResult =
  | { success: true; data: Evaluation; issues: [] }
  | { success: false; data: Evaluation | null; issues: ValidationIssue[] };

const isTextRecord = (x: unknown): x is Record<string, string> =>
  !!x && typeof x === 'object' && !Array.isArray(x) && Object.values(x).every((v) => typeof v === 'string');

function pathOf(p: ReadonlyArray<PropertyKey>): string {
  return p.map(String).join('.') || '(根)';
}

export function schemaIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({ path: pathOf(i.path), message: i.message }));
}

/**
 * One issue per text typed into a number field that is not a number yet, with the field's own message.
 * @example draftIssues({ 'finance.budget': '-500' }) // [{ path: 'finance.budget', message: '「全年预算数」不能为负数' }]
 */
export function draftIssues(
  drafts: Readonly<Record<string, string>> | null | undefined,
  fields: FieldRegistry = EVALUATION_FIELDS,
): ValidationIssue[] {
  return Object.entries(drafts ?? {}).map(([path, text]) => {
    const label = fields.fieldLabel(path);
    const kind = fields.fieldAt(path)?.number;
    const r = kind ? readNumber(text, kind, label) : null;
    // Text that would now read as a number was still not entered as one: it is not a value until the field takes it.
    const message =
      r && !r.ok
        ? r.message
        : r?.value === null
          ? `「${label}」不能为空`
          : `「${label}」填写的“${text}”尚未成为数值`;
    return { path, message };
  });
}

/** Characters no one can type (NUL, U+FFFE, lone surrogates): the server refuses them, a file is told where they are. */
export function unsafeIssues(doc: unknown, fields: FieldRegistry): ValidationIssue[] {
  return unsafeStrings(doc).map((u) => {
    const path = u.path.join('.');
    const label = u.key ? '字段名' : path ? `「${fields.fieldLabel(path)}」` : '';
    return { path, message: textProblem(u.text, label) ?? label };
  });
}

/** A target that does not parse, as an issue at its path (empty text is no target yet, not an issue). */
export function targetIssue(text: unknown, path: string): ValidationIssue[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const r = safeParseTarget(text);
  return r.success ? [] : [{ path, message: r.error.message }];
}

/** Checks that need the rubric and the target parser; run on a document that passed the schema. */
function semanticIssues(e: Evaluation, rubric: Rubric | null): ValidationIssue[] {
  const issues: ValidationIssue[] = [...draftIssues(e.drafts), ...unsafeIssues(e, EVALUATION_FIELDS)];
  if (!rubric) {
    issues.push({ path: 'rubric', message: `未知的评分标准：${e.rubric}` });
  } else {
    // The nodes scored from the item table, by every key the engine's lookup matches them by.
    const known = new Map<string, RubricNodeData>();
    for (const n of rubricNodes(rubric.root)) {
      if (n.kind === 'group' || n.kind === 'execution_rate' || n.kind === 'indicator_completion') continue;
      for (const k of nodeKeys(n)) known.set(k, n);
    }
    const claimed = new Map<RubricNodeData, number>();
    e.management.forEach((m, i) => {
      if (typeof m?.item !== 'string') return;
      const node = known.get(nameKey(m.item));
      if (node === undefined) {
        issues.push({
          path: `management.${i}.item`,
          message: `评分标准 ${rubric.id} 中没有评价项目「${m.item}」`,
        });
        return;
      }
      const first = claimed.get(node);
      if (first === undefined) claimed.set(node, i);
      else
        issues.push({
          path: `management.${i}.item`,
          message: `评价项目重复：management[${first}] 与 management[${i}] 都是「${node.name}」，只能保留一项`,
        });
      if (typeof m.score === 'number' && m.score > node.max + 1e-9) {
        issues.push({ path: `management.${i}.score`, message: `得分 ${m.score} 超过该项分值 ${node.max}` });
      }
    });
  }
  const checkTarget = (text: unknown, path: string) => {
    issues.push(...targetIssue(text, path));
  };
  e.indicators.forEach((ind, i) => {
    if (!ind || typeof ind !== 'object') return;
    checkTarget(ind.target, `indicators.${i}.target`);
    checkTarget(ind.adjustedTarget, `indicators.${i}.adjustedTarget`);
  });
  e.projects.forEach((p, j) => {
    p.indicators.forEach((ind, i) => {
      checkTarget(ind.target, `projects.${j}.indicators.${i}.target`);
    });
  });
  return issues;
}

/**
 * Validate a parsed JSON value as an evaluation, collecting every problem with its path.
 * @example validateEvaluation(json, findRubric).issues // [{ path: 'finance.budget', message: '金额不能为负数' }]
 */
export function validateEvaluation(
  input: unknown,
  findRubric: (id: string) => Rubric | null,
): ValidationResult {
  const parsed = Evaluation.safeParse(input);
  if (parsed.success) {
    const issues = semanticIssues(parsed.data, findRubric(parsed.data.rubric));
    return issues.length
      ? { success: false, data: parsed.data, issues }
      : { success: true, data: parsed.data, issues: [] };
  }
  // The schema failed: still report rubric items and targets from the raw input, so one run shows every problem.
  const issues = schemaIssues(parsed.error);
  const raw = (input ?? {}) as Partial<Record<string, unknown>>;
  const loose = {
    rubric: typeof raw.rubric === 'string' ? raw.rubric : '',
    management: Array.isArray(raw.management) ? raw.management : [],
    indicators: Array.isArray(raw.indicators) ? raw.indicators : [],
    projects: [],
    drafts: isTextRecord(raw.drafts) ? raw.drafts : undefined,
  } as unknown as Evaluation;
  const rubric = loose.rubric ? findRubric(loose.rubric) : null;
  const extra = semanticIssues(loose, rubric).filter(
    (x) => !(x.path === 'rubric' && !loose.rubric) && !issues.some((i) => i.path === x.path),
  );
  return { success: false, data: null, issues: [...issues, ...extra] };
}

/** Submission needs the complete document: every issue `validateEvaluation` finds blocks it, drafts included. */
export const validateForSubmission = validateEvaluation;

export type DraftValidation =
  /** The draft may be saved; `problems` are what still stands between it and a complete evaluation. */
  | { success: true; data: Evaluation; problems: ValidationIssue[] }
  /** Its structure is wrong (an unknown key, a value of the wrong type): it cannot be saved. */
  | { success: false; issues: ValidationIssue[] };

/**
 * Validate a draft: strict about structure, lenient about completeness. Empty names, unexplained verdicts and text
 * typed into number fields are listed as problems, the same ones `validateEvaluation` reports, and do not stop saving.
 * @example validateDraft({ ...doc, indicators: [{ name: '' }] }, findRubric).problems // [{ path: 'indicators.0.name', … }]
 */
export function validateDraft(input: unknown, findRubric: (id: string) => Rubric | null): DraftValidation {
  const parsed = EvaluationDraft.safeParse(input);
  if (!parsed.success) return { success: false, issues: schemaIssues(parsed.error) };
  const result = validateEvaluation(parsed.data, findRubric);
  return { success: true, data: parsed.data, problems: result.issues };
}
