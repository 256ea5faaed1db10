/** The SQLite file's permissions: the folder jixiao creates 0700, the database and its -wal and -shm files 0600. */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from './sqlite';
import type { Actor } from './types';

const ACTOR: Actor = { userId: null, username: 'test', name: null };

describe('the SQLite file is private to the server account', () => {
  const own = mkdtempSync(join(tmpdir(), 'jixiao-mode-'));
  afterAll(() => rmSync(own, { recursive: true, force: true }));
  it('creates the folder 0700 and the database with its -wal and -shm files 0600', async () => {
    const file = join(own, 'private', 'deep', 'jixiao.db');
    const store = openSqliteStore(file);
    await store.migrate();
    await store.createDepartment({ name: '权限测试部门', district: '越秀区' }, ACTOR);
    try {
      expect(statSync(join(own, 'private')).mode & 0o777).toBe(0o700);
      expect(statSync(join(own, 'private', 'deep')).mode & 0o777).toBe(0o700);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) {
        expect(existsSync(f), f).toBe(true);
        expect([f, statSync(f).mode & 0o777]).toEqual([f, 0o600]);
      }
    } finally {
      await store.close();
    }
  });

  it('narrows a database left readable by others, and leaves a folder it did not create as it was', async () => {
    const folder = join(own, 'existing');
    mkdirSync(folder, { mode: 0o755 });
    chmodSync(folder, 0o755);
    const file = join(folder, 'jixiao.db');
    writeFileSync(file, '');
    chmodSync(file, 0o644);
    const store = openSqliteStore(file);
    await store.migrate();
    try {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(folder).mode & 0o777).toBe(0o755);
    } finally {
      await store.close();
    }
  });
});
