/** Helpers shared by the routes: typed app, id parameters, loading an evaluation the user may read. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Evaluation, type ProjectEvaluation } from '../../core/model';
import type { EvaluationRow } from '../../store';
import { currentUser } from '../auth';
import type { ServerContext } from '../context';
import { AppError, notFound } from '../errors';
import { canReadEvaluation } from '../policies';
import { documentKind } from '../services/kinds';

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

/** A stored department document as the Evaluation type (stored documents were validated when written). */
export function storedDocument(
  row: Pick<EvaluationRow, 'data'> & Partial<Pick<EvaluationRow, 'kind'>>,
): Evaluation {
  if (row.kind === 'project')
    throw new AppError(
      'invalid_document',
      '这是一份项目支出绩效自评，不是部门整体支出绩效自评，不能这样使用',
    );
  const parsed = Evaluation.safeParse(row.data);
  if (!parsed.success) throw new AppError('invalid_document', '已保存的文档不符合当前格式，请重新编辑保存');
  return parsed.data;
}

/** A stored project self-evaluation (`jixiao/project-evaluation@1`). */
export function storedProjectDocument(row: Pick<EvaluationRow, 'data' | 'kind'>): ProjectEvaluation {
  if (row.kind !== 'project')
    throw new AppError('invalid_document', '这是一份部门整体支出绩效自评，不是项目自评');
  const parsed = documentKind('project').parseStored(row.data);
  if (!parsed.success)
    throw new AppError('invalid_document', '已保存的项目自评不符合当前格式，请重新编辑保存');
  return parsed.data as ProjectEvaluation;
}

/**
 * The stored document of either kind, for what reads both alike (`ctx.scoreAt` and `safeScore` tell them apart by the
 * document's schema id), typed as the department's.
 */
export const storedAnyDocument = (row: Pick<EvaluationRow, 'data' | 'kind'>): Evaluation =>
  row.kind === 'project' ? (storedProjectDocument(row) as unknown as Evaluation) : storedDocument(row);
