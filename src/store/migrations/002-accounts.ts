/** Migration 002: departments can be deactivated, a password can be marked temporary, the audit log keeps names. */
import type { Kysely, Migration } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the current types
type AnyDb = Kysely<any>;

export function migration002(): Migration {
  return {
    async up(db: AnyDb) {
      // 1 active, 0 deactivated: kept with its evaluations, offered for no new one.
      await db.schema
        .alterTable('departments')
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      // 1 after an administrator set the password: the user must choose a new one before anything else.
      await db.schema
        .alterTable('users')
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // The actor's display name at the time of the entry (null in entries written before this migration).
      await db.schema.alterTable('audit_log').addColumn('name', 'text').execute();
    },
  };
}
