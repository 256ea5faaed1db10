/** What the store's method groups share: the database, the clock and the audit-log writer. */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';
import type { Actor } from './types';

export type Db = Kysely<Database> | Transaction<Database>;

export interface StoreContext {
  db: Kysely<Database>;
  /** Now, as ISO text. */
  stamp: () => string;
  /** Append to the audit log inside the caller's transaction. */
  audit: (
    tx: Db,
    actor: Actor,
    action: string,
    entity: string,
    entityId: string | number | null,
    detail?: Record<string, unknown>,
  ) => Promise<unknown>;
}

export function createStoreContext(db: Kysely<Database>, now?: () => Date): StoreContext {
  const stamp = () => (now ? now() : new Date()).toISOString();
  const audit: StoreContext['audit'] = (
    tx: Db,
    actor: Actor,
    action: string,
    entity: string,
    entityId: string | number | null,
    detail = {},
  ) =>
    tx
      .insertInto('audit_log')
      .values({
        at: stamp(),
        user_id: actor.userId,
        username: actor.username,
        name: actor.name ?? null,
        action,
        entity,
        entity_id: entityId === null ? null : String(entityId),
        detail: JSON.stringify(detail),
        ip: actor.ip ?? null,
      })
      .execute();
  return { db, stamp, audit };
}
