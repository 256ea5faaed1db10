/** Storage: the Store interface and its SQLite and PostgreSQL adapters, chosen by the configuration. */
import type { Config } from '../config';
import { openSqliteStore } from './sqlite';
import type { Store } from './types';

// The PostgreSQL adapter (and `pg`) is loaded only when the configuration asks for it: import it from './postgres'.
export { storedJson } from './_rows';
export { openSqliteStore } from './sqlite';
export * from './types';

/** Open the configured database and apply pending migrations. */
export async function openStore(database: Config['database']): Promise<Store> {
  const store =
    database.kind === 'postgres'
      ? await (await import('./postgres')).openPostgresStore({
          url: database.url,
          schema: database.schema,
          pool: database.pool,
        })
      : openSqliteStore(database.file);
  try {
    // However many instances start together, one migrates while the others wait, then find nothing to do.
    await store.exclusive('startup', () => store.migrate());
  } catch (e) {
    await store.close();
    throw e;
  }
  return store;
}
