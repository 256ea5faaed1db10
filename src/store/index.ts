/** Storage: the Store interface and its SQLite and PostgreSQL adapters, chosen by the configuration. */
import type { Config } from '../config';
import { openPostgresStore } from './postgres';
import { openSqliteStore } from './sqlite';
import type { Store } from './types';

export { dropPostgresSchema, openPostgresStore } from './postgres';
export { openSqliteStore } from './sqlite';
export * from './types';

/** Open the configured database and apply pending migrations. */
export async function openStore(database: Config['database']): Promise<Store> {
  const store =
    database.kind === 'postgres'
      ? await openPostgresStore({ url: database.url, schema: database.schema, pool: database.pool })
      : openSqliteStore(database.file);
  try {
    await store.migrate();
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}
