import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to SQLite in data/jixiao.db on port 3000', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.database).toEqual({ kind: 'sqlite', file: 'data/jixiao.db' });
    expect(c.adminPassword).toBeNull();
    expect(c.seed).toBe(true);
    expect(c.argon2).toEqual({ memoryCost: 19456, timeCost: 2 });
  });

  it('switches to PostgreSQL with DATABASE_URL', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db', JIXIAO_PG_SCHEMA: 'jx' });
    expect(c.database).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@127.0.0.1:5432/db',
      schema: 'jx',
      pool: 10,
    });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /只支持 postgres/],
    [{ JIXIAO_PG_SCHEMA: 'x' }, /只在设置了 DATABASE_URL/],
    [{ JIXIAO_ADMIN_PASSWORD: 'short' }, /JIXIAO_ADMIN_PASSWORD：至少 8 个字符/],
    [{ JIXIAO_SECURE_COOKIE: 'maybe' }, /JIXIAO_SECURE_COOKIE/],
  ])('rejects %o naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads booleans and sizes', () => {
    const c = loadConfig({ JIXIAO_SECURE_COOKIE: 'yes', JIXIAO_SEED: '0', JIXIAO_UPLOAD_MAX_MB: '2' });
    expect(c.secureCookie).toBe(true);
    expect(c.seed).toBe(false);
    expect(c.upload.maxBytes).toBe(2 * 1024 * 1024);
  });

  it('sizes the pool of extraction workers and its queue', () => {
    expect(loadConfig({}).upload).toMatchObject({ workers: 2, queue: 8 });
    const c = loadConfig({ JIXIAO_EXTRACT_WORKERS: '4', JIXIAO_EXTRACT_QUEUE: '0' });
    expect(c.upload).toMatchObject({ workers: 4, queue: 0 });
    expect(() => loadConfig({ JIXIAO_EXTRACT_WORKERS: '0' })).toThrow(/JIXIAO_EXTRACT_WORKERS/);
  });
});
