import { describe, expect, it } from 'vitest';
import { runCli as run } from '../../test/cli';

describe('jixiao CLI', () => {
  it('score --json prints the tree with total and grade at the top (seed 004: 91.46)', async () => {
    const r = await run(['score', 'examples/nanzhou-2023.json', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ total: 91.46, grade: '优', complete: true });
    const names = (
      n: { name: string; score: number; children?: unknown[] },
      acc: Record<string, number> = {},
    ) => {
      acc[n.name] = n.score;
      for (const c of (n.children ?? []) as (typeof n)[]) names(c, acc);
      return acc;
    };
    expect(names(j.root)).toMatchObject({
      产出指标: 20,
      预算资金支出率: 9.96,
      绩效管理: 9,
      资产管理: 7.5,
      资产管理合规性: 0.5,
    });
  });

  it('score prints a readable Chinese table with the reasons for lost points', async () => {
    const r = await run(['score', 'examples/nanzhou-2023.json']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('总分 91.46 分，评价等级「优」');
    expect(r.out).toContain('资产盘点情况：得 0 分（满分 1 分），扣 1 分');
  });

  it('validate lists every problem as path: message and exits 1', async () => {
    const bad = JSON.stringify({
      department: { name: '测试' },
      year: 'x',
      rubric: 'gz-dept-2023',
      finance: { budget: -1 },
      management: [{ item: '乱写的项目', score: 1 }],
      indicators: [{ name: 'a', target: '≥abc' }],
    });
    const r = await run(['validate', 'bad.json'], { 'bad.json': bad });
    expect(r.code).toBe(1);
    expect(r.err).toContain('year: 年度应为数字');
    expect(r.err).toContain('finance.budget: 金额不能为负数');
    expect(r.err).toContain('management.0.item: 评分标准 gz-dept-2023 中没有评价项目「乱写的项目」');
    expect(r.err).toContain('indicators.0.target: 无法识别的目标值：≥abc');
  });

  it('validate passes the example and says what it holds', async () => {
    const r = await run(['validate', 'examples/nanzhou-2023.json']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('校验通过');
  });

  it('says clearly when a file is missing or not JSON', async () => {
    expect((await run(['score', 'nope.json'])).err).toMatch(/nope.json: 无法读取文件（ENOENT）/);
    const r = await run(['score', 'x.json'], { 'x.json': '{not json' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/x.json: 不是有效的 JSON/);
  });

  it('rubrics lists the Guangzhou rubrics for 2022-2024 and the national project rubric', async () => {
    const r = await run(['rubrics', '--json']);
    const ids = JSON.parse(r.out).map((x: { id: string }) => x.id);
    expect(ids).toEqual(
      expect.arrayContaining(['gz-dept-2022', 'gz-dept-2023', 'gz-dept-2024', 'national-project-2020']),
    );
  });

  it('an unknown command exits 2', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
  });
});

describe('--json on every command', () => {
  it('validate --json: valid with a summary, or every issue with its path (exit 1)', async () => {
    const ok = await run(['validate', 'examples/nanzhou-2023.json', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out)).toMatchObject({ valid: true, issues: [], summary: { year: 2023 } });
    const bad = await run(['validate', 'b.json', '--json'], {
      'b.json': JSON.stringify({ department: { name: '测试' }, year: 'x', rubric: 'gz-dept-2023' }),
    });
    expect(bad.code).toBe(1);
    const j = JSON.parse(bad.out);
    expect(j.valid).toBe(false);
    expect(j.issues).toContainEqual({ path: 'year', message: '年度应为数字' });
  });

  it('report --json says what was written, with its size', async () => {
    const r = await run([
      'report',
      'examples/nanzhou-2023.json',
      '--format',
      'docx',
      '-o',
      'x.docx',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ format: 'docx', output: 'x.docx' });
    expect(j.bytes).toBe((r.written['x.docx'] as Uint8Array).length);
    const md = JSON.parse(
      (await run(['report', 'examples/nanzhou-2023.json', '--format', 'md', '--json'])).out,
    );
    expect(md.output).toBeNull();
    expect(md.content).toContain('南洲');
  });
});
