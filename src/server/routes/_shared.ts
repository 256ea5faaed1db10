/** Helpers shared by the routes: typed app, id parameters, loading an evaluation the user may read. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Evaluation } from '../../core/model';
import type { EvaluationRow } from '../../store';
import { currentUser } from '../auth';
import type { ServerContext } from '../context';
import { AppError, notFound } from '../errors';
import { canReadEvaluation } from '../policies';

export type RouteRegistrar = (app: FastifyInstance, ctx: ServerContext) => void;

export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

export const IdParams = z.object({ id: z.coerce.number().int().positive({ error: '编号应为正整数' }) });

/**
 * The evaluation with this id, after checking the user may read it: one the user may not read is answered exactly
 * as a missing one (404), so that ids of other departments' evaluations cannot be probed.
 */
export async function loadReadable(
  ctx: ServerContext,
  req: FastifyRequest,
  id: number,
): Promise<EvaluationRow> {
  const user = currentUser(req);
  const row = await ctx.store.getEvaluation(id);
  if (!row || !canReadEvaluation(user, row)) throw notFound('该自评');
  return row;
}

/** A stored document as the Evaluation type (stored documents were validated when written). */
export function storedDocument(row: Pick<EvaluationRow, 'data'>): Evaluation {
  const parsed = Evaluation.safeParse(row.data);
  if (!parsed.success) throw new AppError('invalid_document', '已保存的文档不符合当前格式，请重新编辑保存');
  return parsed.data;
}
