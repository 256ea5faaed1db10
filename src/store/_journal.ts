/** Store methods for comments and the audit log. */

import type { StoreContext } from './_context';
import { toAudit, toComment } from './_rows';
import type { Store } from './types';

type JournalMethods = Pick<Store, 'listComments' | 'addComment' | 'appendAudit' | 'listAudit'>;

export function journalMethods({ db, stamp, audit }: StoreContext): JournalMethods {
  return {
    async listComments(evaluationId) {
      const rows = await db
        .selectFrom('comments')
        .selectAll()
        .where('evaluation_id', '=', evaluationId)
        .orderBy('id')
        .execute();
      return rows.map(toComment);
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
        return toComment(r);
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
