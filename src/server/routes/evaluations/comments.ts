/** Comments on an evaluation, by reviewers and the department alike, read a page at a time. */
import { actorOf, currentUser } from '../../auth';
import { authorize } from '../../errors';
import { canComment } from '../../policies';
import { presentComment } from '../../presenters';
import { IdParams, loadReadable, type RouteRegistrar, typed } from '../_shared';
import { CommentBody, CommentsQuery } from './schema';

export const registerCommentRoutes: RouteRegistrar = (app, ctx) => {
  const r = typed(app);
  r.get(
    '/api/evaluations/:id/comments',
    {
      schema: {
        tags: ['evaluations'],
        summary: '意见列表（分页，最新的在前一页）',
        params: IdParams,
        querystring: CommentsQuery,
      },
    },
    async (req) => {
      await loadReadable(ctx, req, req.params.id);
      const { limit, before } = req.query;
      const page = await ctx.store.pageComments(req.params.id, {
        limit,
        ...(before !== undefined ? { before } : {}),
      });
      return { ...page, comments: page.comments.map(presentComment) };
    },
  );

  r.post(
    '/api/evaluations/:id/comments',
    { schema: { tags: ['evaluations'], summary: '提出意见', params: IdParams, body: CommentBody } },
    async (req, reply) => {
      const user = currentUser(req);
      const row = await loadReadable(ctx, req, req.params.id);
      authorize(canComment(user, row), '无权对该自评提出意见');
      const c = await ctx.store.addComment(
        { evaluationId: row.id, path: req.body.path ?? null, body: req.body.body, role: user.role },
        actorOf(req),
      );
      return reply.code(201).send({ comment: presentComment(c) });
    },
  );
};
