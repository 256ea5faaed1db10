/** The real `jixiao extract DIR` process: Ctrl-C stops it cleanly with what was read; a closed pipe ends it quietly. */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = new URL('../../../bin/jixiao.js', import.meta.url).pathname;
const SEED = 'test/fixtures/web/003_0cae153c9ef8c78d.txt';
const COUNT = 60;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-extract-proc-'));
  for (let i = 0; i < COUNT; i++) copyFileSync(SEED, join(dir, `报告${String(i).padStart(2, '0')}.txt`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jixiao extract DIR as a process', () => {
  it('stops at Ctrl-C: the files read are kept, the rest listed as not read, exit 130', async () => {
    const out = join(dir, 'out-int');
    const child = spawn('node', [BIN, 'extract', dir, '-o', out, '-j', '1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (d) => {
        stderr += d;
        // Not a terminal: one line per file; interrupt once the second file is read.
        if (/\[2\/\d+\]/.test(stderr) && !child.killed) child.kill('SIGINT');
      });
      child.on('exit', (c) => resolve(c));
    });
    expect(code).toBe(130);
    expect(stderr).toContain('已中断：正在停止读取');
    const tail = stdout.trimEnd().split('\n').at(-1) ?? '';
    expect(tail).toMatch(new RegExp(`^共 ${COUNT} 个文件：已读取 (\\d+) 个，因中断未读取 \\d+ 个$`));
    const read = Number(/已读取 (\d+) 个/.exec(tail)?.[1]);
    expect(read).toBeGreaterThanOrEqual(2);
    expect(read).toBeLessThan(COUNT);
    expect(readdirSync(out)).toHaveLength(read);
  }, 60_000);

  it('`extract DIR … | head -2` ends quietly when the reader closes the pipe', () => {
    const r = spawnSync(
      'bash',
      ['-c', `node ${BIN} extract ${dir} -o ${join(dir, 'out-pipe')} | head -2; exit "\${PIPESTATUS[0]}"`],
      { encoding: 'utf8' },
    );
    expect(r.stdout.split('\n')[0]).toMatch(/^文件\s+部门/);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.status).toBe(0);
  }, 60_000);
});
