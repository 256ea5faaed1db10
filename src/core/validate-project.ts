/**
 * Validate a project self-evaluation (`jixiao/project-evaluation@1`) the way `validate.ts` validates a department's:
 * the schema, then typed text not yet a number, characters no one can type, the rubric (a project rubric) and the
 * targets. A draft is checked for its structure and its problems listed; submission needs the complete document.
 */
import {
  type ProjectEvaluation,
  ProjectEvaluationDraft,
  ProjectEvaluation as ProjectEvaluationSchema,
} from './model/project-evaluation';
import { PROJECT_FIELDS } from './model/project-fields';
import type { Rubric } from './rubric/schema';
import { draftIssues, schemaIssues, targetIssue, unsafeIssues, type ValidationIssue } from './validate';

export type ProjectValidation =
  | { success: true; data: ProjectEvaluation; issues: [] }
  | { success: false; data: ProjectEvaluation | null; issues: ValidationIssue[] };

function semanticIssues(doc: ProjectEvaluation, rubric: Rubric | null): ValidationIssue[] {
  const issues = [...draftIssues(doc.drafts, PROJECT_FIELDS), ...unsafeIssues(doc, PROJECT_FIELDS)];
  if (!rubric) issues.push({ path: 'rubric', message: `未知的评分标准：${doc.rubric}` });
  else if (rubric.scope !== 'project')
    issues.push({ path: 'rubric', message: `评分标准「${rubric.name}」不是项目支出绩效评价标准` });
  doc.indicators.forEach((ind, i) => {
    issues.push(...targetIssue(ind.target, `indicators.${i}.target`));
    issues.push(...targetIssue(ind.adjustedTarget, `indicators.${i}.adjustedTarget`));
  });
  return issues;
}

/**
 * Validate a parsed JSON value as a complete project self-evaluation, every problem with its path.
 * @example validateProjectEvaluation({ schema: 'jixiao/project-evaluation@1', year: 2022, project: { name: '' } }, findRubric).issues[0].message // '项目名称不能为空'
 */
export function validateProjectEvaluation(
  input: unknown,
  findRubric: (id: string) => Rubric | null,
): ProjectValidation {
  const parsed = ProjectEvaluationSchema.safeParse(input);
  if (!parsed.success) return { success: false, data: null, issues: schemaIssues(parsed.error) };
  const issues = semanticIssues(parsed.data, findRubric(parsed.data.rubric));
  return issues.length
    ? { success: false, data: parsed.data, issues }
    : { success: true, data: parsed.data, issues: [] };
}

export type ProjectDraftValidation =
  | { success: true; data: ProjectEvaluation; problems: ValidationIssue[] }
  | { success: false; issues: ValidationIssue[] };

/** Validate a project draft: strict about structure, its incompleteness listed as problems that do not stop saving. */
export function validateProjectDraft(
  input: unknown,
  findRubric: (id: string) => Rubric | null,
): ProjectDraftValidation {
  const parsed = ProjectEvaluationDraft.safeParse(input);
  if (!parsed.success) return { success: false, issues: schemaIssues(parsed.error) };
  const full = validateProjectEvaluation(parsed.data, findRubric);
  return { success: true, data: parsed.data, problems: full.issues };
}
