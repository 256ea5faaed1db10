/** The real `jixiao` process: pipes, help and start-up, as a user's shell sees them. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/jixiao.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run `jixiao ARGS | READER` in bash; the exit code is jixiao's own (PIPESTATUS[0]). */
function piped(args: string, reader: string) {
  const r = spawnSync('bash', ['-c', `node ${BIN} ${args} | ${reader}; exit "\${PIPESTATUS[0]}"`], {
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('jixiao in a pipe', () => {
  it('`score … | head -3` prints three lines and exits 0', () => {
    const r = piped('score examples/nanzhou-2023.json', 'head -3');
    expect(r.out.trimEnd().split('\n')).toHaveLength(3);
    expect(r.out).toContain('南洲街道办事处');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('a reader that closes at once, on output far larger than the pipe buffer, ends it quietly with 0', () => {
    const e = JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8'));
    const one = e.indicators[0];
    e.indicators = Array.from({ length: 3000 }, (_, i) => ({ ...one, name: `${one.name}${i}` }));
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify(e));
    const md = execFileSync('node', [BIN, 'report', big, '--format', 'md'], { maxBuffer: 64 << 20 });
    expect(md.length).toBeGreaterThan(256 * 1024); // well past any pipe buffer
    const r = piped(`report ${big} --format md`, 'head -c 100 >/dev/null');
    expect(r.err).not.toMatch(/EPIPE|Error/);
    expect(r.code).toBe(0);
  });
});

describe('jixiao --help', () => {
  it('lists every command and documents the exit codes', () => {
    const out = execFileSync('node', [BIN, '--help'], { encoding: 'utf8' });
    for (const c of ['validate', 'score', 'rubrics', 'audit', 'serve', 'report', 'import', 'extract']) {
      expect(out).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
    }
    expect(out).toMatch(/退出码：\n\s+0\s+成功/);
    expect(out).toMatch(/\n\s+1\s+发现问题/);
    expect(out).toMatch(/\n\s+2\s+用法错误/);
  });

  it('every command offers --json', () => {
    for (const c of ['validate', 'score', 'rubrics', 'audit', 'serve', 'report', 'import', 'extract']) {
      const out = execFileSync('node', [BIN, c, '--help'], { encoding: 'utf8' });
      expect(out, c).toContain('--json');
    }
  });
});
