import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../api';
import { ApiError } from '../api/client';
import { LineReader } from './api';
import {
  busyRetrySeconds,
  type ImportItem,
  ImportRunner,
  mergeWarnings,
  type ReadFile,
} from './use-import-queue';

describe('mergeWarnings', () => {
  it('keeps each warning once, in order', () => {
    const a = { code: 'table_split', message: '表格跨页', line: 12 };
    const b = { code: 'number_unreadable', message: '数字无法识别', line: 40 };
    expect(mergeWarnings([a], [{ ...a }, b])).toEqual([a, b]);
  });
});

describe('LineReader', () => {
  it('returns whole lines only, keeping a cut line for the next chunk', () => {
    const r = new LineReader();
    expect(r.next('{"type":"started"}\n{"type":"prog')).toEqual(['{"type":"started"}']);
    expect(r.next('{"type":"started"}\n{"type":"progress"}\n')).toEqual(['{"type":"progress"}']);
    expect(r.next('{"type":"started"}\n{"type":"progress"}\n')).toEqual([]);
  });
});

describe('busyRetrySeconds', () => {
  it('waits what the server said for a 503, and nothing is retried for other errors', () => {
    expect(busyRetrySeconds(new ApiError(503, 'server_busy', '服务器正忙', { retryAfter: 7 }))).toBe(7);
    expect(busyRetrySeconds(new ApiError(503, 'http_503', '服务器正忙'))).toBe(2);
    expect(busyRetrySeconds(new ApiError(400, 'unreadable_file', '无法读取'))).toBeNull();
  });
});

/** The example document as a server's answer. */
const preview = JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8'));
const answer = (): ImportResult => ({ preview, warnings: [], source: null, places: null });
const item = (n: number): ImportItem => ({
  key: `k${n}`,
  file: new File(['x'], `报告${n}.pdf`),
  status: 'waiting',
  progress: 0,
});

describe('ImportRunner', () => {
  it('reads five files two at a time, each ending read, with the pages the reader sends', async () => {
    const rows = new Map<string, Partial<ImportItem>>();
    const patch = (k: string, p: Partial<ImportItem>) => rows.set(k, { ...rows.get(k), ...p });
    let running = 0;
    let most = 0;
    const read: ReadFile = async (_file, ev) => {
      running++;
      most = Math.max(most, running);
      ev.onStarted?.();
      for (let p = 1; p <= 3; p++) {
        await new Promise((r) => setTimeout(r, 5));
        ev.onPages?.(p, 3);
      }
      running--;
      return answer();
    };
    const runner = new ImportRunner({ read, patch });
    runner.add([1, 2, 3, 4, 5].map(item));
    expect(runner.running).toBe(2);
    await expect.poll(() => [...rows.values()].filter((r) => r.status === 'done').length).toBe(5);
    expect(most).toBe(2);
    expect(rows.get('k1')).toMatchObject({ status: 'done', pages: { done: 3, total: 3 } });
    expect(rows.get('k1')?.preview?.department.name).toBe('广州市海珠区人民政府南洲街道办事处');
  });

  it('sends a file again after Retry-After when the server is busy, without marking it failed', async () => {
    const states: string[] = [];
    const waits: number[] = [];
    let calls = 0;
    const read: ReadFile = async () => {
      calls++;
      if (calls === 1) throw new ApiError(503, 'server_busy', '服务器正忙', { retryAfter: 3 });
      return answer();
    };
    const runner = new ImportRunner({
      read,
      patch: (_k, p) => p.status && states.push(p.status),
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    runner.add([item(1)]);
    await expect.poll(() => states.at(-1)).toBe('done');
    expect(waits).toEqual([3000]);
    expect(states).not.toContain('error');
    expect(states).toEqual(['uploading', 'waiting', 'uploading', 'done']);
  });

  it('shows the server’s Chinese reason when a file cannot be read', async () => {
    const rows = new Map<string, Partial<ImportItem>>();
    const read: ReadFile = async () => {
      throw new ApiError(400, 'unreadable_file', '文件 报告1.pdf 无法读取：读取程序意外出错');
    };
    const runner = new ImportRunner({ read, patch: (k, p) => rows.set(k, { ...rows.get(k), ...p }) });
    runner.add([item(1)]);
    await expect.poll(() => rows.get('k1')?.status).toBe('error');
    expect(rows.get('k1')?.error).toBe('文件 报告1.pdf 无法读取：读取程序意外出错');
  });

  it('does not read a file removed while it waits', async () => {
    const read_: string[] = [];
    const read: ReadFile = async (f) => {
      read_.push(f.name);
      await new Promise((r) => setTimeout(r, 5));
      return answer();
    };
    const runner = new ImportRunner({ read, patch: () => {}, parallel: 1 });
    runner.add([item(1), item(2)]);
    runner.remove('k2');
    await expect.poll(() => runner.running).toBe(0);
    expect(read_).toEqual(['报告1.pdf']);
  });
});
