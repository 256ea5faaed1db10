/** Migrations kept in the repository, handed to Kysely's Migrator by an in-code provider. */
import { type Kysely, type MigrationProvider, Migrator } from 'kysely';
import { migration001 } from './001-initial';
import { migration002 } from './002-accounts';
import { migration003 } from './003-submission';
import { migration004 } from './004-limits';
import { migration005 } from './005-history';
import { migration006 } from './006-projects';

export type DialectKind = 'sqlite' | 'postgres';

export function migrationProvider(kind: DialectKind): MigrationProvider {
  return {
    getMigrations: async () => ({
      '001_initial': migration001(kind),
      '002_accounts': migration002(),
      '003_submission': migration003(),
      '004_limits': migration004(kind),
      '005_history': migration005(kind),
      '006_projects': migration006(kind),
    }),
  };
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
