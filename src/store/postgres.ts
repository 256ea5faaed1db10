/** The PostgreSQL adapter: a pg pool whose connections work inside one schema. */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
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
  await pool.query(`create schema if not exists "${schema}"`);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return createKyselyStore(db, {
    kind: 'postgres',
    schema,
    ...(opts.now ? { now: opts.now } : {}),
    optimize: async (k) => {
      await sql`analyze`.execute(k);
    },
    // PostgreSQL keeps no page-level check without extensions; a round trip shows the server answers.
    integrity: async (k) =>
      (await sql<{ ok: number }>`select 1 as ok`.execute(k)).rows[0]?.ok === 1 ? 'ok' : 'no answer',
  });
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
