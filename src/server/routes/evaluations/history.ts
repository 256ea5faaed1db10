/** Version history of an evaluation: who changed it and when, and any earlier version in full. */

import { round2 } from '../../../core/money';
import { currentUser } from '../../auth';
import { notFound } from '../../errors';
import { presentEvaluation, presentVersion } from '../../presenters';
import { IdParams, loadReadable, type RouteRegistrar, storedDocument, typed } from '../_shared';
import { VersionParams } from './schema';

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
      };
      // That version's own score, not today's; an old version is for reading, so no actions apply to it.
      let score: ReturnType<typeof ctx.scoreAt> = null;
      try {
        score = ctx.scoreAt(row.id, v.version, () => storedDocument(old));
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
};
