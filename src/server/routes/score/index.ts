/** Scores and audit findings of a stored evaluation, or of a document sent in the request. */

import { type Finding, renderFinding } from '../../../core/audit';
import { auditProjectRollup } from '../../../core/audit/rollup';
import { renderTrace } from '../../../core/messages';
import { type Evaluation, isProjectEvaluation, type ProjectEvaluation } from '../../../core/model';
import type { ProjectSummary } from '../../../core/project-rollup';
import { findRubric } from '../../../rubrics';
import { AppError } from '../../errors';
import { safeAudit, safeAuditProject, safeScore } from '../../services/derive';
import { projectSummaryOf } from '../../services/project-figures';
import { IdParams, loadReadable, type RouteRegistrar, storedAnyDocument, typed } from '../_shared';
import { DocumentBody } from './schema';

/** `{score, messages}`; a document whose rubric is unknown or cannot be scored is a 400. */
function scoreBody(score: ReturnType<typeof safeScore>, rubricId: () => string) {
  if (!score) {
    const id = rubricId();
    throw new AppError('invalid_document', findRubric(id) ? '无法计算得分' : `未知的评分标准：${id}`);
  }
  return { score, messages: score.trace.map(renderTrace) };
}

const presentFinding = (f: Finding) => ({ ...f, message: renderFinding(f) });

export const registerScoreRoutes: RouteRegistrar = (app, ctx) => {
  const r = typed(app);
  r.get(
    '/api/evaluations/:id/score',
    { schema: { tags: ['score'], summary: '得分', params: IdParams } },
    async (req) => {
      const row = await loadReadable(ctx, req, req.params.id);
      // The document is parsed only when the score of this version is not cached yet.
      const score = ctx.scoreAt(row.id, row.version, () => storedAnyDocument(row));
      return scoreBody(score, () => storedAnyDocument(row).rubric);
    },
  );

  r.post(
    '/api/score',
    { schema: { tags: ['score'], summary: '为未保存的文档评分', body: DocumentBody } },
    async (req) => {
      const doc = req.body.data as Evaluation;
      return scoreBody(safeScore(doc), () => doc.rubric);
    },
  );

  /** The findings of a document; a stored department's also against its projects' self-evaluations of the year. */
  const audit = (doc: Evaluation, projects: readonly ProjectSummary[] | null = null) => {
    const findings = isProjectEvaluation(doc)
      ? safeAuditProject(doc as unknown as ProjectEvaluation)
      : safeAudit(doc);
    if (!findings) throw new AppError('invalid_document', '无法审核该文档');
    const rollup = projects?.length ? auditProjectRollup(doc, projects) : [];
    return { findings: [...findings, ...rollup].map(presentFinding) };
  };

  r.get(
    '/api/evaluations/:id/audit',
    { schema: { tags: ['score'], summary: '审核发现', params: IdParams } },
    async (req) => {
      const row = await loadReadable(ctx, req, req.params.id);
      const projects =
        row.kind === 'department'
          ? await ctx.store.listEvaluations({
              departmentIds: [row.departmentId],
              year: row.year,
              kind: 'project',
            })
          : [];
      return audit(storedAnyDocument(row), projects.map(projectSummaryOf));
    },
  );

  r.post(
    '/api/audit',
    { schema: { tags: ['score'], summary: '审核未保存的文档', body: DocumentBody } },
    async (req) => {
      return audit(req.body.data as Evaluation);
    },
  );
};
