/**
 * Migration 006: an evaluation row is a department's self-evaluation or one project's (`kind`), a project keyed by
 * `subject` (its 项目编码, else its normalised name); the unique key becomes (department, year, kind, subject).
 * SQLite cannot drop a table constraint, so there the table is rebuilt with every id kept, foreign keys off while the
 * old table is dropped (a DROP with them on would cascade into documents, versions and comments), in one transaction.
 */
import { type Kysely, type Migration, sql } from 'kysely';
import type { DialectKind } from './index';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not the current types
type AnyDb = Kysely<any>;

const OLD_UNIQUE = 'evaluations_department_year';
const NEW_UNIQUE = 'evaluations_department_year_kind_subject';

/** The columns of `evaluations` after migrations 001 and 003, in order, and the two this one adds. */
const COLUMNS = [
  'id',
  'department_id',
  'year',
  'status',
  'version',
  'total',
  'grade',
  'execution_rate',
  'findings_error',
  'findings_warning',
  'details',
  'derived_rev',
  'created_at',
  'updated_at',
  'updated_by',
  'submission',
];

async function hasKindColumn(db: AnyDb): Promise<boolean> {
  const r = await sql<{ name: string }>`select name from pragma_table_info('evaluations')`.execute(db);
  return r.rows.some((c) => c.name === 'kind');
}

/** The rebuild, statement by statement, inside a transaction the caller opened. */
async function rebuildSqlite(db: AnyDb): Promise<void> {
  const real = 'double precision';
  await db.schema
    .createTable('evaluations_006')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
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
    .addColumn('submission', 'text')
    .addColumn('kind', 'text', (c) =>
      c.notNull().defaultTo('department').check(sql`kind in ('department', 'project')`),
    )
    .addColumn('subject', 'text', (c) => c.notNull().defaultTo(''))
    .addUniqueConstraint(NEW_UNIQUE, ['department_id', 'year', 'kind', 'subject'])
    .execute();
  const cols = sql.join(COLUMNS.map((c) => sql.ref(c)));
  const before = await sql<{ n: number }>`select count(*) as n from evaluations`.execute(db);
  await sql`insert into evaluations_006 (${cols}) select ${cols} from evaluations`.execute(db);
  // AUTOINCREMENT never reuses an id, even of a deleted row: carry the sequence over, not just max(id).
  const seq = await sql<{ seq: number }>`select seq from sqlite_sequence where name = 'evaluations'`.execute(
    db,
  );
  await sql`drop table evaluations`.execute(db);
  await sql`alter table evaluations_006 rename to evaluations`.execute(db);
  if (seq.rows[0])
    await sql`update sqlite_sequence set seq = max(seq, ${seq.rows[0].seq}) where name = 'evaluations'`.execute(
      db,
    );
  const after = await sql<{ n: number }>`select count(*) as n from evaluations`.execute(db);
  if (Number(after.rows[0]?.n) !== Number(before.rows[0]?.n)) throw new Error('自评表重建前后行数不一致');
  const broken = await sql`pragma foreign_key_check`.execute(db);
  if (broken.rows.length > 0) throw new Error(`自评表重建后有 ${broken.rows.length} 处外键不成立`);
}

async function migrateSqlite(db: AnyDb): Promise<void> {
  // Run again after a crash between the rebuild's commit and the migration's record: nothing left to do.
  if (await hasKindColumn(db)) return;
  // Kysely runs SQLite migrations outside a transaction (no transactional DDL), on one connection held throughout:
  // the pragma takes effect (it is a no-op inside a transaction), then the rebuild is one transaction of its own.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin immediate`.execute(db);
    try {
      await rebuildSqlite(db);
      await sql`commit`.execute(db);
    } catch (e) {
      await sql`rollback`.execute(db);
      throw e;
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}

async function migratePostgres(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('evaluations')
    .addColumn('kind', 'text', (c) =>
      c.notNull().defaultTo('department').check(sql`kind in ('department', 'project')`),
    )
    .execute();
  await db.schema
    .alterTable('evaluations')
    .addColumn('subject', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('evaluations').dropConstraint(OLD_UNIQUE).execute();
  await db.schema
    .alterTable('evaluations')
    .addUniqueConstraint(NEW_UNIQUE, ['department_id', 'year', 'kind', 'subject'])
    .execute();
}

export function migration006(kind: DialectKind): Migration {
  return { up: (db: AnyDb) => (kind === 'postgres' ? migratePostgres(db) : migrateSqlite(db)) };
}
