/** The store over Kysely: one implementation for SQLite and PostgreSQL, every write in a transaction. */
import type { Kysely } from 'kysely';
import { accountMethods } from './_accounts';
import { createStoreContext } from './_context';
import { evaluationMethods } from './_evaluations';
import { journalMethods } from './_journal';
import { limitMethods } from './_limits';
import { projectMethods } from './_projects';
import { type DialectKind, migrateToLatest } from './migrations';
import type { Database } from './schema';
import type { Store } from './types';

export interface KyselyStoreOptions {
  kind: DialectKind;
  /** PostgreSQL schema holding the tables (and the migration tables). */
  schema?: string;
  /** Clock for timestamps; tests may pin it. */
  now?: () => Date;
  integrity: (db: Kysely<Database>) => Promise<string>;
  optimize: (db: Kysely<Database>) => Promise<void>;
  onClose?: () => Promise<void>;
  /** A lock across instances (PostgreSQL); without it `exclusive` just runs its function. */
  exclusive?: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
}

export function createKyselyStore(db: Kysely<Database>, opts: KyselyStoreOptions): Store {
  const ctx = createStoreContext(db, opts.now);
  return {
    kind: opts.kind,
    migrate: () => migrateToLatest(db, opts.kind, opts.schema),
    async close() {
      await db.destroy();
      await opts.onClose?.();
    },
    checkIntegrity: () => opts.integrity(db),
    optimize: () => opts.optimize(db),
    exclusive: (name, fn) => (opts.exclusive ? opts.exclusive(name, fn) : fn()),

    ...accountMethods(ctx),
    ...evaluationMethods(ctx, opts.kind),
    ...projectMethods(ctx),
    ...journalMethods(ctx),
    ...limitMethods(ctx, opts.kind),
  };
}
