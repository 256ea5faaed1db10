/** Queries on the hot path built and compiled once, then run with each call's values. */
import type { Compilable, CompiledQuery } from 'kysely';
import type { Db } from './_context';

/** The SQL of every prepared query and its statement name (PostgreSQL keeps it parsed and planned per connection). */
const names = new Map<string, string>();

/** The statement name of a prepared query's SQL; undefined for any other SQL. */
export function statementName(sql: string): string | undefined {
  return names.get(sql);
}

/**
 * `build` is called once with `placeholders` (values no real call uses); its compiled SQL is kept, and each call binds
 * its own values where the placeholders were. Kysely otherwise builds and compiles the query tree on every call, which
 * costs a read of one evaluation about as much as the database does. The SQL depends on the dialect only, so one
 * prepared query serves the store's database and its transactions alike.
 */
export function prepareQuery<A extends readonly (string | number)[], R>(
  build: (db: Db, ...args: A) => Compilable<R>,
  placeholders: A,
): (db: Db, ...args: A) => Promise<R[]> {
  let compiled: CompiledQuery<R> | null = null;
  let slots: (number | { value: unknown })[] = [];
  return async (db, ...args) => {
    if (!compiled) {
      const c = build(db, ...placeholders).compile();
      slots = c.parameters.map((p) => {
        const i = placeholders.indexOf(p as A[number]);
        return i >= 0 ? i : { value: p };
      });
      if (placeholders.some((p) => !c.parameters.includes(p)))
        throw new Error('prepareQuery: every placeholder must be bound in the query');
      if (!names.has(c.sql)) names.set(c.sql, `jixiao_prepared_${names.size + 1}`);
      compiled = c;
    }
    const parameters = slots.map((s) => (typeof s === 'number' ? args[s] : s.value));
    const result = await db.executeQuery<R>({ ...compiled, parameters });
    return result.rows;
  };
}
