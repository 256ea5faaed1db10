/** Store methods for comments and the audit log. */

import type { StoreContext } from './_context';
import { toAudit, toComment } from './_rows';
import type { Store } from './types';

type JournalMethods = Pick<
  Store,
  'listComments' | 'pageComments' | 'addComment' | 'appendAudit' | 'listAudit'
>;

export function journalMethods({ db, stamp, audit }: StoreContext): JournalMethods {
  return {
    async listComments(evaluationId) {
      const rows = await db
        .selectFrom('comments as c')
        .leftJoin('users as u', 'u.username', 'c.author')
        .selectAll('c')
        .select('u.name as author_name')
        .where('c.evaluation_id', '=', evaluationId)
        .orderBy('c.id')
        .execute();
      return rows.map(toComment);
    },
    async pageComments(evaluationId, { limit, before }) {
      let q = db
        .selectFrom('comments as c')
        .leftJoin('users as u', 'u.username', 'c.author')
        .selectAll('c')
        .select('u.name as author_name')
        .where('c.evaluation_id', '=', evaluationId)
        .orderBy('c.id', 'desc')
        .limit(limit + 1);
      if (before !== undefined) q = q.where('c.id', '<', before);
      const [rows, count] = await Promise.all([
        q.execute(),
        db
          .selectFrom('comments')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('evaluation_id', '=', evaluationId)
          .executeTakeFirst(),
      ]);
      const page = rows.slice(0, limit).reverse().map(toComment);
      return {
        comments: page,
        next: rows.length > limit && page[0] ? page[0].id : null,
        total: Number(count?.n ?? 0),
      };
    },
    addComment(input, actor) {
      return db.transaction().execute(async (tx) => {
        const r = await tx
          .insertInto('comments')
          .values({
            evaluation_id: input.evaluationId,
            path: input.path,
            body: input.body,
            author: actor.username,
            role: input.role,
            at: stamp(),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(tx, actor, 'comment', 'evaluation', input.evaluationId, {
          commentId: r.id,
          path: r.path,
        });
        return toComment({ ...r, author_name: actor.name ?? null });
      });
    },

    async appendAudit(entry, actor) {
      await db
        .transaction()
        .execute((tx) => audit(tx, actor, entry.action, entry.entity, entry.entityId, entry.detail));
    },
    async listAudit(filter) {
      let q = db
        .selectFrom('audit_log')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(filter.limit ?? 100);
      if (filter.entity !== undefined) q = q.where('entity', '=', filter.entity);
      if (filter.entityId !== undefined) q = q.where('entity_id', '=', filter.entityId);
      return (await q.execute()).map(toAudit);
    },
  };
}
