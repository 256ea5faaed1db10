import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLimitTests } from './limits.case';
import { openSqliteStore } from './sqlite';
import { runStoreTests } from './store.case';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-store-'));

runStoreTests(
  'sqlite',
  async () => {
    const store = openSqliteStore(join(dir, 'nested', 'jixiao.db'));
    await store.migrate();
    return store;
  },
  async () => rmSync(dir, { recursive: true, force: true }),
);

runLimitTests('sqlite', async () => {
  const store = openSqliteStore(join(dir, 'limits.db'));
  await store.migrate();
  return store;
});
