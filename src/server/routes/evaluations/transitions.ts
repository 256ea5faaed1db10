/** Workflow transitions: submit, return (with a comment), approve, publish; anything else is 409. */
import { actorOf, currentUser } from '../../auth';
import { AppError, authorize, notFound } from '../../errors';
import { canTransition } from '../../policies';
import { presentEvaluation } from '../../presenters';
import { STATUS_LABELS, type TransitionAction, transitionFor } from '../../services/workflow';
import { IdParams, loadReadable, type RouteRegistrar, typed } from '../_shared';
import { TransitionBody } from './schema';

export const registerTransitionRoutes: RouteRegistrar = (app, ctx) => {
  typed(app).post(
    '/api/evaluations/:id/transitions',
    {
      schema: {
        tags: ['evaluations'],
        summary: '流转：提交、退回、审核、公开',
        params: IdParams,
        body: TransitionBody,
      },
    },
    async (req) => {
      const user = currentUser(req);
      const action = req.body.action as TransitionAction;
      const row = await loadReadable(ctx, req, req.params.id);
      authorize(canTransition(user, row, action), '无权执行此流转');
      const t = transitionFor(row.status, action);
      if (!t) {
        throw new AppError(
          'invalid_transition',
          `自评当前为“${STATUS_LABELS[row.status]}”，不能${actionLabel(action)}`,
        );
      }
      const comment = req.body.comment?.trim();
      if (action === 'return' && !comment) throw new AppError('comment_required', '退回时必须填写意见');
      const result = await ctx.store.writeEvaluation(
        {
          id: row.id,
          expectedStatus: row.status,
          status: t.to,
          summary: comment ? `${t.label}：${comment}` : t.label,
          ...(comment ? { comment: { body: comment, path: null, role: user.role } } : {}),
        },
        actorOf(req),
      );
      if (result.ok) return { evaluation: presentEvaluation(result.evaluation, user) };
      if (result.reason === 'not_found') throw notFound('该自评');
      throw new AppError('invalid_transition', '自评状态刚被他人改变，请刷新后重试', {
        current: result.reason === 'conflict' ? presentEvaluation(result.current, user) : null,
      });
    },
  );
};

const actionLabel = (a: TransitionAction) =>
  ({ submit: '提交', return: '退回', approve: '审核通过', publish: '公开' })[a];
