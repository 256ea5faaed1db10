import { describe, expect, it } from 'vitest';
import { runCli as run } from '../../../test/cli';

describe('jixiao audit', () => {
  it('prints findings grouped by section in Chinese and exits 1 on an error (seed 003)', async () => {
    const r = await run(['audit', 'examples/xinhua-2022.json']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('【收支情况】');
    expect(r.out).toContain(
      '[错误] 收入表决算数：各行合计 43,715.12 万元，收入合计决算数 43,717.66 万元，相差 2.54 万元',
    );
    expect(r.out.indexOf('【收支情况】')).toBeLessThan(r.out.indexOf('【绩效指标】'));
  });

  it('--json prints {findings, counts}; exit 0 without errors (seed 004)', async () => {
    const r = await run(['audit', 'examples/nanzhou-2023.json', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(j.findings).toEqual([]);
  });

  it('--json gives each finding its code, path and Chinese message (seed 001)', async () => {
    const r = await run(['audit', 'examples/duobao-2023.json', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.findings).toContainEqual(
      expect.objectContaining({
        code: 'execution_rate_rounded',
        severity: 'info',
        path: 'reported.narrativeExecutionRate',
        message: expect.stringContaining('96%'),
      }),
    );
  });

  it('a file that is not JSON gives a clear message and exit 1', async () => {
    const r = await run(['audit', 'bad.json'], { 'bad.json': '{' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.json: 不是有效的 JSON');
  });
});
