/** Migration 003: an evaluation keeps its last submission's explanations of audit errors, for the reviewer. */
import type { Kysely, Migration } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the current types
type AnyDb = Kysely<any>;

export function migration003(): Migration {
  return {
    async up(db: AnyDb) {
      // JSON text: { version, at, by, explanations: [{ code, path, message, text }] }; null before any submission.
      await db.schema.alterTable('evaluations').addColumn('submission', 'text').execute();
    },
  };
}
