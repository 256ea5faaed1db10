import { describe, expect, it } from 'vitest';
import { ExtractPool } from './pool';
import type { ExtractJob, ExtractLimits } from './run-extract';

const job = (filename: string): ExtractJob => ({
  kind: 'pdf',
  bytes: new Uint8Array(1),
  filename,
  maxPdfPages: 1,
});
const outcome = (name: string) => JSON.stringify({ preview: { title: name } });

/** A runner whose jobs end when the test says so; records which jobs started, in order. */
function controlledRunner() {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  const run = (j: ExtractJob, limits: ExtractLimits) =>
    new Promise<string>((resolve, reject) => {
      started.push(j.filename);
      finish.set(j.filename, () => resolve(outcome(j.filename)));
      limits.signal?.addEventListener('abort', () => reject(new Error('aborted')));
    });
  return { started, run, end: (name: string) => finish.get(name)?.() };
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('ExtractPool', () => {
  it('runs as many jobs as it has workers, queues a few and refuses the next with server_busy', async () => {
    const r = controlledRunner();
    const pool = new ExtractPool({ workers: 2, queue: 1, maxWaitMs: 60_000 }, r.run);
    const a = pool.extract(job('a.pdf'), { timeoutMs: 1000 });
    const b = pool.extract(job('b.pdf'), { timeoutMs: 1000 });
    const c = pool.extract(job('c.pdf'), { timeoutMs: 1000 });
    await tick();
    expect(r.started).toEqual(['a.pdf', 'b.pdf']);
    expect(pool.load).toEqual({ running: 2, queued: 1 });
    expect(() => pool.assertRoom()).toThrow(/服务器正忙：正在读取的文件过多，请 \d+ 秒后重试/);
    await expect(pool.extract(job('d.pdf'), { timeoutMs: 1000 })).rejects.toMatchObject({
      status: 503,
      code: 'server_busy',
      extra: { retryAfter: expect.any(Number) },
    });
    // The queued job starts only when a worker is free: its time limit has not been running while it waited.
    r.end('a.pdf');
    await expect(a).resolves.toEqual(outcome('a.pdf'));
    await tick();
    expect(r.started).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
    r.end('b.pdf');
    r.end('c.pdf');
    await Promise.all([b, c]);
    expect(pool.load).toEqual({ running: 0, queued: 0 });
    expect(() => pool.assertRoom()).not.toThrow();
  });

  it('bounds the wait in the queue on its own and gives a Retry-After between 1 and 60 seconds', async () => {
    const r = controlledRunner();
    const pool = new ExtractPool({ workers: 1, queue: 4, maxWaitMs: 30 }, r.run);
    const first = pool.extract(job('长.pdf'), { timeoutMs: 60_000 });
    const waiting = pool.extract(job('等.pdf'), { timeoutMs: 60_000 });
    await expect(waiting).rejects.toMatchObject({
      code: 'server_busy',
      message: expect.stringMatching(/^服务器正忙：等\.pdf 排队 1 秒仍未轮到读取，请 \d+ 秒后重试$/),
    });
    expect(r.started).toEqual(['长.pdf']);
    expect(pool.load).toEqual({ running: 1, queued: 0 });
    expect(pool.retryAfterSeconds()).toBeGreaterThanOrEqual(1);
    expect(pool.retryAfterSeconds()).toBeLessThanOrEqual(60);
    r.end('长.pdf');
    await first;
  });

  it('on close refuses the waiting jobs and ends the running ones', async () => {
    const r = controlledRunner();
    const pool = new ExtractPool({ workers: 1, queue: 2, maxWaitMs: 60_000 }, r.run);
    const running = pool.extract(job('a.pdf'), { timeoutMs: 60_000 });
    const queued = pool.extract(job('b.pdf'), { timeoutMs: 60_000 });
    await tick();
    pool.close();
    await expect(queued).rejects.toMatchObject({
      code: 'server_busy',
      message: '服务器正在停止，请稍后重试',
    });
    await expect(running).rejects.toThrow('aborted');
    expect(() => pool.assertRoom()).toThrow(/正在停止/);
    expect(r.started).toEqual(['a.pdf']);
  });

  it('refuses a job admitted just as the pool closes without starting it', async () => {
    const r = controlledRunner();
    const pool = new ExtractPool({ workers: 1, queue: 0, maxWaitMs: 60_000 }, r.run);
    const late = pool.extract(job('a.pdf'), { timeoutMs: 60_000 });
    pool.close();
    await expect(late).rejects.toMatchObject({ code: 'server_busy' });
    expect(r.started).toEqual([]);
    expect(pool.load.running).toBe(0);
  });

  it('ends a running job and takes a waiting one off the queue when their own signal fires', async () => {
    const r = controlledRunner();
    const pool = new ExtractPool({ workers: 1, queue: 2, maxWaitMs: 60_000 }, r.run);
    const left = new AbortController();
    const gone = new AbortController();
    const a = pool.extract(job('a.pdf'), { timeoutMs: 1000, signal: left.signal });
    const b = pool.extract(job('b.pdf'), { timeoutMs: 1000, signal: gone.signal });
    const c = pool.extract(job('c.pdf'), { timeoutMs: 1000 });
    await tick();
    expect(pool.load).toEqual({ running: 1, queued: 2 });
    gone.abort();
    await expect(b).rejects.toMatchObject({ code: 'server_busy' });
    expect(pool.load).toEqual({ running: 1, queued: 1 });
    left.abort();
    await expect(a).rejects.toThrow('aborted');
    await tick();
    // The worker went to the next job still wanted; b never ran.
    expect(r.started).toEqual(['a.pdf', 'c.pdf']);
    r.end('c.pdf');
    await expect(c).resolves.toBe(outcome('c.pdf'));
    pool.close();
  });
});
