import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli';

const HISTORY = [2019, 2020, 2021].map((y) => `test/fixtures/goals/xinhua-${y}.json`);

describe('jixiao lint', () => {
  it('flags 新华 2022 居民使用场室人次 (≥28,000) as far above its made-up past actuals, and only with them', async () => {
    const alone = await runCli(['lint', 'examples/goals/xinhua-2022.json']);
    expect(alone.code).toBe(0);
    expect(alone.out).toContain('未发现问题：各项目标符合设置要求。');
    const r = await runCli(['lint', 'examples/goals/xinhua-2022.json', ...HISTORY, '--json']);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out) as {
      findings: Array<{ code: string; path: string; message: string }>;
      calibration: Array<{ name?: string; suggested?: unknown }>;
    };
    expect(body.findings.map((f) => `${f.code}@${f.path}`)).toEqual(['goal_too_hard@indicators[13].target']);
    expect(body.findings[0]!.message).toContain('居民使用场室人次');
    expect(body.calibration.length).toBeGreaterThan(0);
  });

  it('refuses a file that is not a declaration, each problem at its path', async () => {
    const r = await runCli(['lint', 'g.json'], {
      'g.json': JSON.stringify({ schema: 'jixiao/goals@1', year: 'x' }),
    });
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/year: /);
  });
});
