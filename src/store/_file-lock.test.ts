import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withFileLock } from './_file-lock';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('withFileLock', () => {
  it('runs holders one after another and removes the lock file after', async () => {
    const file = join(dir, 'a.lock');
    const events: string[] = [];
    const task = (n: string) =>
      withFileLock(file, async () => {
        events.push(`${n}+`);
        await sleep(60);
        events.push(`${n}-`);
        return n;
      });
    expect(await Promise.all([task('a'), task('b'), task('c')])).toEqual(['a', 'b', 'c']);
    expect(events.join()).toMatch(/^(\w)\+,\1-,(\w)\+,\2-,(\w)\+,\3-$/);
    expect(existsSync(file)).toBe(false);
  });

  it('releases the lock when the function throws', async () => {
    const file = join(dir, 'b.lock');
    await expect(withFileLock(file, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(file)).toBe(false);
  });

  it('takes over a lock whose process is gone, and waits for a live one until the time limit', async () => {
    const stale = join(dir, 'c.lock');
    // A pid far above any the kernel hands out here: no such process.
    writeFileSync(stale, '2147483646');
    expect(await withFileLock(stale, async () => 'taken', 1000)).toBe('taken');
    const live = join(dir, 'd.lock');
    writeFileSync(live, String(process.pid));
    await expect(withFileLock(live, async () => 'never', 200)).rejects.toThrow(/等待锁文件 .* 超时/);
  });
});
