/**
 * Benchmark: whole-process times as a user meets them, each the median of several runs after a warm-up: the Node
 * start alone, `jixiao score`, `jixiao report --format docx` beside `pandoc` turning the same report's Markdown into
 * .docx (runs interleaved, so both see the same machine), and the server until it answers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuild } from '../scripts/build.mjs';
import { ensureWebBuild } from '../scripts/build-web';

const BIN = new URL('../bin/jixiao.js', import.meta.url).pathname;
const EXAMPLE = new URL('../examples/nanzhou-2023.json', import.meta.url).pathname;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (x: number) => Math.round(x);

/** Wall time of one run of a command; throws when it fails. */
function time(cmd: string, args: string[]): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return elapsed;
}

/** Medians of commands run in turn, `runs` rounds after one warm-up round. */
function interleaved(commands: Record<string, [string, string[]]>, runs = 9): Record<string, number> {
  const times: Record<string, number[]> = {};
  for (let round = -1; round < runs; round++) {
    for (const [name, [cmd, args]] of Object.entries(commands)) {
      const t = time(cmd, args);
      if (round < 0) continue;
      times[name] ??= [];
      times[name].push(t);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/** From spawning `jixiao serve` to its line saying it listens (the database is ready and seeded by then). */
function serverReady(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const proc = spawn(process.execPath, [BIN, 'serve'], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        JIXIAO_DATA_DIR: dataDir,
        JIXIAO_ADMIN_PASSWORD: 'bench-password-1',
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('已启动')) {
        const elapsed = performance.now() - t;
        proc.kill('SIGTERM');
        proc.once('exit', () => resolve(elapsed));
      }
    });
    proc.once('exit', (code) => {
      if (!out.includes('已启动')) reject(new Error(`server exited (${code}) before it listened:\n${out}`));
    });
  });
}

export async function benchStartup(): Promise<Record<string, string | number>> {
  await ensureBuild({ quiet: true });
  ensureWebBuild();
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-start-'));
  try {
    const md = spawnSync(process.execPath, [BIN, 'report', EXAMPLE, '--format', 'md'], { encoding: 'utf8' });
    const input = join(dir, 'nanzhou.md');
    writeFileSync(input, md.stdout);
    const havePandoc = spawnSync('sh', ['-c', 'command -v pandoc']).status === 0;
    const node = process.execPath;
    const t = interleaved({
      node: [node, ['-e', '0']],
      score: [node, [BIN, 'score', EXAMPLE]],
      docx: [node, [BIN, 'report', EXAMPLE, '--format', 'docx', '-o', join(dir, 'jixiao.docx')]],
      ...(havePandoc
        ? { pandoc: ['pandoc', [input, '-f', 'markdown', '-o', join(dir, 'pandoc.docx')]] }
        : {}),
    } as Record<string, [string, string[]]>);
    const first: number[] = [];
    const again: number[] = [];
    for (let i = 0; i < 3; i++) {
      const data = join(dir, `data-${i}`);
      first.push(await serverReady(data));
      again.push(await serverReady(data));
    }
    const out: Record<string, string | number> = {
      'node -e 0（仅 Node 启动）毫秒': ms(t.node as number),
      'jixiao score 整个进程 毫秒（目标 ≤ 200）': ms(t.score as number),
      'jixiao report --format docx 整个进程 毫秒': ms(t.docx as number),
    };
    if (havePandoc) {
      out['pandoc 同一报告 md→docx 毫秒'] = ms(t.pandoc as number);
      out['jixiao docx ÷ pandoc（目标 ≤ 1.0）'] =
        Math.round(((t.docx as number) / (t.pandoc as number)) * 100) / 100;
    } else out.pandoc = '未安装（apt-get install pandoc）';
    out['服务就绪 毫秒：新数据库（建库、导入示例）'] = ms(median(first));
    out['服务就绪 毫秒：已有数据库（目标 ≤ 2000）'] = ms(median(again));
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
