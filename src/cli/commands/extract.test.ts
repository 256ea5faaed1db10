import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli';
import { Evaluation } from '../../core/model';
import { renderReport } from '../../documents/report/render';
import { outputNames } from './_extract-folder';

const nanzhou = Evaluation.parse(JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8')));
const text = (s: string) => new TextEncoder().encode(s);

describe('jixiao extract', () => {
  it('reads a Word report and writes the evaluation file', async () => {
    const docx = await renderReport(nanzhou, 'docx');
    const r = await runCli(['extract', '报告.docx', '-o', 'out.json'], { '报告.docx': docx });
    expect(r.code).toBe(0);
    const e = Evaluation.parse(JSON.parse(String(r.written['out.json'])));
    expect(e.department.name).toBe('广州市海珠区人民政府南洲街道办事处');
    expect(e.extraction?.source).toBe('报告.docx');
    expect(r.out.split('\n')[0]).toBe(
      '广州市海珠区人民政府南洲街道办事处 2023 年度（评分标准 gz-dept-2023）',
    );
    expect(r.out).toContain('自评得分 91.46 分');
    expect(r.out).toContain('已生成 out.json');
  });

  it('prints JSON with --json, and the warnings on stderr', async () => {
    const r = await runCli(['extract', 'a.txt', '--json'], {
      'a.txt': text(
        '2023 年度广州市越秀区人民政府某某街道办事处部门整体支出绩效自评报告\n全年预算数 100 万元。\n全年预算数 120 万元。',
      ),
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).finance.budget).toBe(100);
    expect(r.err).toMatch(/a\.txt: \d+ 处未能确定/);
    expect(r.err).toContain('全年预算数出现不同的数值');
    // A report without indicators says so instead of passing as read.
    expect(r.err).toContain('未能从文件中读出绩效指标');
  });

  it('refuses a file that is not a report, with the reason, exit 1', async () => {
    const r = await runCli(['extract', 'x.bin'], { 'x.bin': new Uint8Array([0, 1, 2, 3, 0xff, 0, 0, 7]) });
    expect(r.code).toBe(1);
    expect(r.err).toBe('x.bin：文件不是文本、Word（.docx）或 PDF 文档，无法读取');
    expect(r.written).toEqual({});
  });

  it('says when the file cannot be read', async () => {
    const r = await runCli(['extract', 'nope.pdf']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('nope.pdf: 无法读取文件（ENOENT）');
  });
});

describe('jixiao extract DIR -o OUTDIR', () => {
  const seed003 = readFileSync('test/fixtures/web/003_0cae153c9ef8c78d.txt');
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jixiao-extract-dir-'));
    writeFileSync(join(dir, '新华街道.txt'), seed003);
    writeFileSync(join(dir, '南洲街道.docx'), await renderReport(nanzhou, 'docx'));
    writeFileSync(join(dir, '说明.md'), '不读这个文件');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every report of the folder in worker threads, one evaluation file each, and a summary table', async () => {
    const out = join(dir, 'out-ok');
    const r = await runCli(['extract', dir, '-o', out]);
    expect(r.code, r.err).toBe(0);
    // Files are written for real (the folder mode writes with the CLI's io, here kept in memory).
    const written = Object.keys(r.written).map((p) => p.slice(out.length + 1));
    expect(written.sort()).toEqual(['南洲街道.json', '新华街道.json']);
    const e003 = Evaluation.parse(JSON.parse(String(r.written[join(out, '新华街道.json')])));
    // Hand-checked facts of seed 003 (../shared/seeds/facts/003_0cae153c9ef8c78d.json).
    expect(e003).toMatchObject({ year: 2022, department: { name: '广州市花都区人民政府新华街道办事处' } });
    expect(e003.indicators).toHaveLength(21);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^文件\s+部门\s+年度\s+读出\s+警告\s+结果$/);
    const row003 = lines.find((l) => l.startsWith('新华街道.txt'));
    expect(row003).toMatch(
      /广州市花都区人民政府新华街道办事处\s+2022\s+指标 21 · 管理 \d+ · 总分 94\s+\d+\s+已读取/,
    );
    expect(lines.find((l) => l.startsWith('南洲街道.docx'))).toContain('总分 91.46');
    expect(lines.at(-1)).toBe('共 2 个文件：已读取 2 个');
    // Not a terminal: one plain progress line per file on stderr.
    expect(r.err.split('\n').filter((l) => /^\[\d\/2\] /.test(l))).toHaveLength(2);
    expect(r.err).not.toContain('\r');
  });

  it('exits 1 naming the file that failed, in Chinese, and still reads the others (-j 1)', async () => {
    writeFileSync(join(dir, '坏.pdf'), 'not a pdf at all');
    try {
      const r = await runCli(['extract', dir, '-o', join(dir, 'out-bad'), '-j', '1']);
      expect(r.code).toBe(1);
      expect(r.out.split('\n').find((l) => l.startsWith('坏.pdf'))).toContain(
        '文件 坏.pdf 的扩展名是 .pdf，但内容不是PDF文件',
      );
      expect(r.out.split('\n').at(-1)).toBe('共 3 个文件：已读取 2 个，失败 1 个');
      expect(Object.keys(r.written)).toHaveLength(2);
    } finally {
      rmSync(join(dir, '坏.pdf'));
    }
  });

  it('prints the results as JSON with --json', async () => {
    const r = await runCli(['extract', dir, '-o', join(dir, 'out-json'), '--json']);
    expect(r.code).toBe(0);
    const { files } = JSON.parse(r.out);
    expect(files.find((f: { file: string }) => f.file === '新华街道.txt')).toMatchObject({
      output: '新华街道.json',
      year: 2022,
      indicators: 21,
      total: 94,
    });
  });

  it('asks for -o and a sensible -j, exit 2', async () => {
    const noOut = await runCli(['extract', dir]);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('是文件夹：请用 -o 指定');
    const badJ = await runCli(['extract', dir, '-o', join(dir, 'x'), '-j', '0']);
    expect(badJ.code).toBe(2);
    expect(badJ.err).toBe('-j 应为 1 至 16 之间的整数（收到“0”）');
  });

  it('keeps both names when two files differ only by extension', () => {
    expect(outputNames(['a.pdf', 'a.DOCX', 'b.txt'])).toEqual(['a.pdf.json', 'a.DOCX.json', 'b.json']);
  });
});
