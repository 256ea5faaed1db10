/**
 * Workflow transitions: submit (through the gate, with explanations of audit errors), withdraw, return and reopen
 * (with a reason), approve, publish; a step the workflow does not allow is 409, a submission the gate stops 422.
 */
import type { Explanation, GateResult } from '../../../core/gate';
import { ACTION_LABEL } from '../../../core/labels';
import type { SubmissionExplanation } from '../../../store';
import { actorOf, currentUser } from '../../auth';
import { AppError, authorize, notFound } from '../../errors';
import { canTransition } from '../../policies';
import { presentEvaluation } from '../../presenters';
import { documentKind } from '../../services/kinds';
import {
  REASON_REQUIRED,
  STATUS_LABELS,
  type TransitionAction,
  transitionFor,
} from '../../services/workflow';
import { IdParams, loadReadable, type RouteRegistrar, typed } from '../_shared';
import { TransitionBody } from './schema';

const REASON_MESSAGE: Partial<Record<TransitionAction, string>> = {
  return: '退回时必须填写意见',
  reopen: '重新打开时必须填写理由',
};

/** The gate's verdict as a refusal: the message names the first few blockers, `gate` carries the whole checklist. */
function blocked(gate: GateResult): AppError {
  const first = gate.blocking
    .slice(0, 3)
    .map((b) => b.message)
    .join('；');
  const more = gate.blocking.length > 3 ? ` 等 ${gate.blocking.length} 项` : '';
  return new AppError('submission_blocked', `不能提交：${first}${more}`, { gate });
}

/** The explanations kept with a submission: the explained audit errors, each as it read. */
const keptExplanations = (gate: GateResult): SubmissionExplanation[] =>
  gate.explained.map((x) => ({ code: x.code, path: x.path, message: x.message, text: x.explanation ?? '' }));

export const registerTransitionRoutes: RouteRegistrar = (app, ctx) => {
  typed(app).post(
    '/api/evaluations/:id/transitions',
    {
      schema: {
        tags: ['evaluations'],
        summary: '流转：提交、撤回、退回、审核、公开、重新打开',
        params: IdParams,
        body: TransitionBody,
      },
    },
    async (req) => {
      const user = currentUser(req);
      const action = req.body.action as TransitionAction;
      const row = await loadReadable(ctx, req, req.params.id);
      authorize(canTransition(user, row, action), `无权${ACTION_LABEL[action]}该自评`);
      const t = transitionFor(row.status, action);
      if (!t) {
        throw new AppError(
          'invalid_transition',
          `自评当前为“${STATUS_LABELS[row.status]}”，不能${ACTION_LABEL[action]}`,
        );
      }
      const comment = req.body.comment?.trim();
      const reasonMessage = REASON_MESSAGE[action];
      if (REASON_REQUIRED.has(action) && !comment && reasonMessage)
        throw new AppError('comment_required', reasonMessage);
      if (req.body.version !== undefined && req.body.version !== row.version) {
        throw new AppError(
          'version_conflict',
          `该自评已被 ${row.updatedByName} 修改（当前第 ${row.version} 版），请刷新后再${ACTION_LABEL[action]}`,
          { current: presentEvaluation(row, user) },
        );
      }
      let submission: { explanations: SubmissionExplanation[] } | undefined;
      if (action === 'submit') {
        const explanations = (req.body.explanations ?? []) as Explanation[];
        const gate = documentKind(row.kind).gate(row.data, explanations);
        if (!gate.ok) throw blocked(gate);
        submission = { explanations: keptExplanations(gate) };
      }
      const explainedNote = submission?.explanations.length
        ? `（附 ${submission.explanations.length} 条说明）`
        : '';
      const result = await ctx.store.writeEvaluation(
        {
          id: row.id,
          expectedStatus: row.status,
          // The gate checked this version of the document: a save meanwhile makes the submission stale.
          ...(action === 'submit' ? { expectedVersion: row.version } : {}),
          status: t.to,
          summary: `${t.label}${explainedNote}${comment ? `：${comment}` : ''}`,
          ...(comment ? { comment: { body: comment, path: null, role: user.role } } : {}),
          ...(submission ? { submission } : {}),
        },
        actorOf(req),
      );
      if (result.ok) return { evaluation: presentEvaluation(result.evaluation, user) };
      if (result.reason === 'not_found') throw notFound('该自评');
      throw new AppError('invalid_transition', '自评刚被他人改变，请刷新后重试', {
        current: result.reason === 'conflict' ? presentEvaluation(result.current, user) : null,
      });
    },
  );
};
