/** A project draft checked inside a request schema, its problems named by the project's own field labels. */
import type { z } from 'zod';
import { type ProjectEvaluation, ProjectEvaluationDraft } from '../core/model';
import { keysPath } from '../core/model/fields';
import { PROJECT_FIELDS } from '../core/model/project-fields';

type Issues = z.core.$RefinementCtx['issues'];

/**
 * Parse `value` as a project draft; on failure add one issue per problem, each `项目名称：应为文本` (the request's
 * generic field names are the department's: `project` there is 项目支出, here 项目基本信息).
 */
export function parseProjectDraft(value: unknown, issues: Issues): ProjectEvaluation | null {
  const parsed = ProjectEvaluationDraft.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const path = keysPath(issue.path.filter((k): k is string | number => typeof k !== 'symbol'));
    const label = path ? PROJECT_FIELDS.fieldLabel(path) : '';
    issues.push({
      code: 'custom',
      message: label ? `${label}：${issue.message}` : issue.message,
      input: value,
    });
  }
  return null;
}
