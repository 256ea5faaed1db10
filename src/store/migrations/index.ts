/** Migrations kept in the repository, handed to Kysely's Migrator by an in-code provider. */
import { type Kysely, type MigrationProvider, Migrator } from 'kysely';
import { migration001 } from './001-initial';

export type DialectKind = 'sqlite' | 'postgres';

export function migrationProvider(kind: DialectKind): MigrationProvider {
  return { getMigrations: async () => ({ '001_initial': migration001(kind) }) };
}

/** Bring the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest<T>(db: Kysely<T>, kind: DialectKind, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(kind),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
    throw new Error(`数据库迁移 ${failed} 失败：${error instanceof Error ? error.message : String(error)}`);
  }
}
