/** The PostgreSQL adapter: a pg pool whose connections work inside one schema. */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { statementName } from './_prepared';
import { createKyselyStore } from './kysely-store';
import type { Database } from './schema';
import type { Store } from './types';

export interface PostgresOptions {
  url: string;
  schema?: string;
  pool?: number;
  now?: () => Date;
}

/** Open a PostgreSQL store; the schema is created when absent. */
export async function openPostgresStore(opts: PostgresOptions): Promise<Store> {
  const schema = opts.schema ?? 'public';
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.pool ?? 10,
    options: `-c search_path=${schema}`,
  });
  // The hot queries (`prepareQuery`) run as named statements: parsed and planned once per connection, not per request.
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((text: unknown, values?: unknown, callback?: unknown) => {
      const name = typeof text === 'string' ? statementName(text) : undefined;
      return name ? query({ name, text, values }, callback) : query(text, values, callback);
    }) as typeof client.query;
  });
  const exclusive = <T>(name: string, fn: () => Promise<T>) =>
    withAdvisoryLock(opts.url, `${schema}:${name}`, fn);
  // Instances starting together would race on `create schema if not exists` (it can fail with a duplicate).
  await exclusive('schema', () => pool.query(`create schema if not exists "${schema}"`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return createKyselyStore(db, {
    kind: 'postgres',
    schema,
    exclusive,
    ...(opts.now ? { now: opts.now } : {}),
    optimize: async (k) => {
      await sql`analyze`.execute(k);
    },
    // PostgreSQL keeps no page-level check without extensions; a round trip shows the server answers.
    integrity: async (k) =>
      (await sql<{ ok: number }>`select 1 as ok`.execute(k)).rows[0]?.ok === 1 ? 'ok' : 'no answer',
  });
}

/**
 * Run `fn` holding the session advisory lock `jixiao:<name>`, taken on a connection of its own (not from the pool,
 * so that `fn` may use every pooled connection); other instances wait for it, and a crashed holder's lock ends
 * with its connection.
 */
async function withAdvisoryLock<T>(url: string, name: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [`jixiao:${name}`]);
    return await fn();
  } finally {
    // Ending the session releases the lock.
    await client.end().catch(() => {});
  }
}

/** Drop a schema and everything in it (tests). */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}
