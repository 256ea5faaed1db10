import { describe, it } from 'vitest';
import { runLimitTests } from './limits.case';
import { dropPostgresSchema, openPostgresStore } from './postgres';
import { runStoreTests } from './store.case';

const url = process.env.TEST_DATABASE_URL;

if (url) {
  const schema = `t_store_${process.pid}_${Date.now().toString(36)}`;
  runStoreTests(
    'postgres',
    async () => {
      const store = await openPostgresStore({ url, schema, pool: 25 });
      await store.migrate();
      return store;
    },
    () => dropPostgresSchema(url, schema),
  );
  const limits = `${schema}_limits`;
  runLimitTests(
    'postgres',
    async () => {
      const store = await openPostgresStore({ url, schema: limits, pool: 10 });
      await store.migrate();
      return store;
    },
    () => dropPostgresSchema(url, limits),
  );
} else {
  describe('store conformance: postgres', () => {
    it.skip('skipped: TEST_DATABASE_URL is not set (.ci/run sets it after starting PostgreSQL)', () => {});
  });
}
