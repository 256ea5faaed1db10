/** Validate an evaluation document: the schema, then what the schema cannot see (rubric items, targets). */
import type { z } from 'zod';
import { Evaluation } from './model';
import { rubricNodes } from './rubric/engine';
import type { Rubric } from './rubric/schema';
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

function pathOf(p: ReadonlyArray<PropertyKey>): string {
  return p.map(String).join('.') || '(根)';
}

function schemaIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({ path: pathOf(i.path), message: i.message }));
}

/** Checks that need the rubric and the target parser; run on a document that passed the schema. */
function semanticIssues(e: Evaluation, rubric: Rubric | null): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!rubric) {
    issues.push({ path: 'rubric', message: `未知的评分标准：${e.rubric}` });
  } else {
    const known = new Map<string, number>();
    for (const n of rubricNodes(rubric.root)) {
      if (n.children?.length || n.kind === 'execution_rate' || n.kind === 'indicator_completion') continue;
      for (const k of [n.name, ...(n.aliases ?? [])]) known.set(nameKey(k), n.max);
    }
    e.management.forEach((m, i) => {
      if (typeof m?.item !== 'string') return;
      const max = known.get(nameKey(m.item));
      if (max === undefined) {
        issues.push({
          path: `management.${i}.item`,
          message: `评分标准 ${rubric.id} 中没有评价项目「${m.item}」`,
        });
      } else if (typeof m.score === 'number' && m.score > max + 1e-9) {
        issues.push({ path: `management.${i}.score`, message: `得分 ${m.score} 超过该项分值 ${max}` });
      }
    });
  }
  const checkTarget = (text: unknown, path: string) => {
    if (typeof text !== 'string' || text.trim() === '') return;
    const r = safeParseTarget(text);
    if (!r.success) issues.push({ path, message: r.error.message });
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
  } as unknown as Evaluation;
  const rubric = loose.rubric ? findRubric(loose.rubric) : null;
  const extra = semanticIssues(loose, rubric).filter(
    (x) => !(x.path === 'rubric' && !loose.rubric) && !issues.some((i) => i.path === x.path),
  );
  return { success: false, data: null, issues: [...issues, ...extra] };
}
