/** Migration 001: departments, users, sessions, evaluations with versions, comments and the audit log. */
import { type Kysely, type Migration, sql } from 'kysely';
import type { DialectKind } from './index';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the current types
type AnyDb = Kysely<any>;

export function migration001(kind: DialectKind): Migration {
  const idType = kind === 'postgres' ? 'serial' : 'integer';
  const real = 'double precision';
  return {
    async up(db: AnyDb) {
      const id = (b: ReturnType<AnyDb['schema']['createTable']>) =>
        b.addColumn('id', idType, (c) =>
          kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        );

      await id(db.schema.createTable('departments'))
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('district', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('departments_district').on('departments').column('district').execute();

      await id(db.schema.createTable('users'))
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) =>
          c.notNull().check(sql`role in ('admin', 'reviewer', 'editor', 'staff')`),
        )
        .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
        .addColumn('district', 'text')
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await id(db.schema.createTable('evaluations'))
        .addColumn('department_id', 'integer', (c) => c.notNull().references('departments.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('total', real)
        .addColumn('grade', 'text')
        .addColumn('execution_rate', real)
        .addColumn('findings_error', 'integer')
        .addColumn('findings_warning', 'integer')
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('derived_rev', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .addUniqueConstraint('evaluations_department_year', ['department_id', 'year'])
        .execute();
      // No index on year alone: without statistics SQLite would pick it over district → (department, year).

      // Documents apart: a list or dashboard over thousands of evaluations never reads their 20 KB of JSON.
      await db.schema
        .createTable('evaluation_documents')
        .addColumn('evaluation_id', 'integer', (c) =>
          c.primaryKey().references('evaluations.id').onDelete('cascade'),
        )
        .addColumn('data', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('evaluation_versions')
        .addColumn('evaluation_id', 'integer', (c) =>
          c.notNull().references('evaluations.id').onDelete('cascade'),
        )
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('by', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('evaluation_versions_pk', ['evaluation_id', 'version'])
        .execute();

      await id(db.schema.createTable('comments'))
        .addColumn('evaluation_id', 'integer', (c) =>
          c.notNull().references('evaluations.id').onDelete('cascade'),
        )
        .addColumn('path', 'text')
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('comments_evaluation').on('comments').column('evaluation_id').execute();

      await id(db.schema.createTable('audit_log'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer')
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text')
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('ip', 'text')
        .execute();
      await db.schema
        .createIndex('audit_log_entity')
        .on('audit_log')
        .columns(['entity', 'entity_id'])
        .execute();
    },
  };
}
