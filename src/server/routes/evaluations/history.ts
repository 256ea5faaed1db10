/**
 * Version history of an evaluation: who changed it and when, any earlier version in full, what each version changed
 * field by field, and restoring an earlier version as a new one.
 */
import { diffDocuments } from '../../../core/diff';
import type { Evaluation } from '../../../core/model';
import { round2 } from '../../../core/money';
import { actorOf, currentUser } from '../../auth';
import { AppError, authorize, notFound } from '../../errors';
import { canRestoreVersion } from '../../policies';
import { presentEvaluation, presentVersion } from '../../presenters';
import { documentKind } from '../../services/kinds';
import { EDITABLE_STATUSES, STATUS_LABELS } from '../../services/workflow';
import { IdParams, loadReadable, type RouteRegistrar, storedAnyDocument, typed } from '../_shared';
import { RestoreBody, VersionParams } from './schema';

export const registerHistoryRoutes: RouteRegistrar = (app, ctx) => {
  const r = typed(app);
  r.get(
    '/api/evaluations/:id/history',
    { schema: { tags: ['evaluations'], summary: '版本历史', params: IdParams } },
    async (req) => {
      await loadReadable(ctx, req, req.params.id);
      return { versions: (await ctx.store.listVersions(req.params.id)).map(presentVersion) };
    },
  );

  r.get(
    '/api/evaluations/:id/versions/:v',
    { schema: { tags: ['evaluations'], summary: '读取某一版本', params: VersionParams } },
    async (req) => {
      const row = await loadReadable(ctx, req, req.params.id);
      const v = await ctx.store.getVersion(row.id, req.params.v);
      if (!v) throw notFound(`第 ${req.params.v} 版`);
      const old = {
        ...row,
        version: v.version,
        status: v.status,
        data: v.data,
        updatedAt: v.at,
        updatedBy: v.by,
        updatedByName: v.byName,
      };
      // That version's own score, not today's; an old version is for reading, so no actions apply to it.
      let score: ReturnType<typeof ctx.scoreAt> = null;
      try {
        score = ctx.scoreAt(row.id, v.version, () => storedAnyDocument(old));
      } catch {
        // A version written under an older document format still reads; it just has no score.
      }
      const figures = {
        total: score?.total == null ? null : round2(score.total),
        grade: score?.grade ?? null,
      };
      return { evaluation: { ...presentEvaluation(old, currentUser(req)), ...figures, allowedActions: [] } };
    },
  );

  r.get(
    '/api/evaluations/:id/versions/:v/changes',
    { schema: { tags: ['evaluations'], summary: '某一版本修改了哪些字段', params: VersionParams } },
    async (req) => {
      const row = await loadReadable(ctx, req, req.params.id);
      const v = await ctx.store.getVersion(row.id, req.params.v);
      if (!v) throw notFound(`第 ${req.params.v} 版`);
      const prev = v.version > 1 ? await ctx.store.getVersion(row.id, v.version - 1) : null;
      const describe = documentKind(row.kind).describeChange;
      const changes = prev
        ? diffDocuments(prev.data, v.data).map((c) => ({ ...c, ...describe(c, prev.data, v.data) }))
        : [];
      return { version: presentVersion(v), previous: prev?.version ?? null, changes };
    },
  );

  r.post(
    '/api/evaluations/:id/versions/:v/restore',
    {
      schema: {
        tags: ['evaluations'],
        summary: '恢复某一版本（作为新版本保存）',
        params: VersionParams,
        body: RestoreBody,
      },
    },
    async (req) => {
      const user = currentUser(req);
      const row = await loadReadable(ctx, req, req.params.id);
      authorize(canRestoreVersion(user, row), '只有本部门填报人或管理员可以恢复历史版本');
      if (!EDITABLE_STATUSES.includes(row.status))
        throw new AppError('evaluation_locked', `自评${STATUS_LABELS[row.status]}，已锁定，不能恢复历史版本`);
      const conflict = (current: typeof row) =>
        new AppError(
          'version_conflict',
          `该自评已被 ${current.updatedByName} 修改（当前第 ${current.version} 版），请刷新后再恢复`,
          { current: presentEvaluation(current, user) },
        );
      if (row.version !== req.body.version) throw conflict(row);
      const n = req.params.v;
      if (n >= row.version)
        throw new AppError(
          'invalid_request',
          `第 ${n} 版${n === row.version ? '就是当前版本' : '不存在'}，无需恢复`,
        );
      const v = await ctx.store.getVersion(row.id, n);
      if (!v) throw notFound(`第 ${n} 版`);
      // What a save accepts, a restore accepts: a draft with its problems listed, never one of another structure.
      const kind = documentKind(row.kind);
      const parsed = kind.parseDraft(v.data);
      if (!parsed.success) throw new AppError('invalid_document', `第 ${n} 版的内容不符合当前格式，不能恢复`);
      const data = parsed.data as Evaluation;
      const result = await ctx.store.writeEvaluation(
        {
          id: row.id,
          expectedVersion: row.version,
          expectedStatus: row.status,
          data,
          year: data.year,
          ...(row.kind === 'project' ? { subject: kind.subject(data) } : {}),
          derived: kind.derive(data, ctx.rev),
          summary: `恢复自第 ${n} 版`,
        },
        actorOf(req),
      );
      if (result.ok) return { evaluation: presentEvaluation(result.evaluation, user) };
      if (result.reason === 'not_found') throw notFound('该自评');
      if (result.reason === 'exists')
        throw new AppError('evaluation_exists', `该部门 ${data.year} 年度的自评已存在，不能恢复为该年度`);
      throw conflict(result.current);
    },
  );
};
