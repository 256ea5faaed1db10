import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { prepareServer } from '../start';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('prints a random administrator password once, at the first start, and seeds the examples once', async () => {
  const config = loadConfig({ JIXIAO_DATA_DIR: dir, JIXIAO_ARGON2_MEMORY_KIB: '64', LOG_LEVEL: 'silent' });
  const first: string[] = [];
  const a = await prepareServer(config, (l) => first.push(l));
  const departments = await a.store.countDepartments();
  await a.close();
  const password = /初始密码：(\S+)/.exec(first.join('\n'))?.[1];
  expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
  expect(first.join('\n')).toMatch(/已载入示例数据：\d+ 个部门/);

  const second: string[] = [];
  const b = await prepareServer(config, (l) => second.push(l));
  try {
    expect(second).toEqual([]);
    expect(await b.store.countDepartments()).toBe(departments);
    const res = await b.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password },
    });
    expect(res.statusCode).toBe(200);
  } finally {
    await b.close();
  }
});
