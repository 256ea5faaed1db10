/** Scores and audit findings of a stored evaluation, or of a document sent in the request. */
import { type Finding, renderFinding } from '../../../core/audit';
import { renderTrace } from '../../../core/messages';
import { type Evaluation, isProjectEvaluation, type ProjectEvaluation } from '../../../core/model';
import { findRubric } from '../../../rubrics';
import { AppError } from '../../errors';
import { safeAudit, safeAuditProject, safeScore } from '../../services/derive';
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

  const audit = (doc: Evaluation) => {
    // A project self-evaluation has its own audit rules (none written yet): its seam in services/derive.ts.
    const findings = isProjectEvaluation(doc)
      ? safeAuditProject(doc as unknown as ProjectEvaluation)
      : safeAudit(doc);
    if (!findings) throw new AppError('invalid_document', '无法审核该文档');
    return { findings: findings.map(presentFinding) };
  };

  r.get(
    '/api/evaluations/:id/audit',
    { schema: { tags: ['score'], summary: '审核发现', params: IdParams } },
    async (req) => {
      return audit(storedAnyDocument(await loadReadable(ctx, req, req.params.id)));
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
