import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli';
import { defaultOutput } from './report';

describe('jixiao report', () => {
  it('writes the .docx next to the evaluation by default', async () => {
    const r = await runCli(['report', 'examples/nanzhou-2023.json', '--format', 'docx']);
    expect(r.code).toBe(0);
    const bytes = r.written['examples/nanzhou-2023.docx'] as Uint8Array;
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // a zip
    expect(r.out).toBe('已生成 examples/nanzhou-2023.docx');
  });

  it('prints Markdown to stdout when no -o is given, and writes it with -o', async () => {
    const r = await runCli(['report', 'examples/nanzhou-2023.json', '--format', 'md']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('自评得分 91.46 分，评价等级为“优”');
    expect(r.written).toEqual({});
    const w = await runCli(['report', 'examples/nanzhou-2023.json', '-f', 'html', '-o', 'out/nz.html']);
    expect(w.code).toBe(0);
    expect(String(w.written['out/nz.html'])).toContain(
      '<caption>表 2-1 部门整体支出绩效自评得分情况</caption>',
    );
  });

  it('refuses an unknown format with exit code 2, and a broken file with the path of each problem', async () => {
    const bad = await runCli(['report', 'examples/nanzhou-2023.json', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('不支持的格式：pdf');
    const broken = await runCli(['report', 'x.json', '-f', 'md'], {
      'x.json': JSON.stringify({ department: { name: '' }, year: 2023, rubric: 'gz-dept-2023' }),
    });
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('department.name: 部门名称不能为空');
  });

  it('renders with an unknown rubric and warns that nothing is scored', async () => {
    const r = await runCli(['report', 'x.json', '-f', 'md'], {
      'x.json': JSON.stringify({ department: { name: '测试街道' }, year: 2023, rubric: 'gz-dept-1999' }),
    });
    expect(r.code).toBe(0);
    expect(r.err).toContain('评分标准“gz-dept-1999”未收录');
    expect(r.out).toContain('所选评分标准未收录');
    expect(r.out).not.toContain('gz-dept-1999');
  });

  it.each([
    ['examples/nanzhou-2023.json', 'xlsx', 'examples/nanzhou-2023.xlsx'],
    ['a/b.c/report', 'docx', 'a/b.c/report.docx'],
  ])('defaultOutput(%s, %s)', (file, format, expected) => {
    expect(defaultOutput(file, format)).toBe(expected);
  });
});

describe('jixiao report: a project self-evaluation', () => {
  it('writes its 项目支出绩效自评表 as .xlsx or .docx, and refuses the formats a table has not', async () => {
    const file = 'examples/projects/xinhua-2022-changshou.json';
    const x = await runCli(['report', file, '-f', 'xlsx']);
    expect(x.code).toBe(0);
    expect(x.out).toBe('已生成 examples/projects/xinhua-2022-changshou.xlsx');
    const xlsx = x.written['examples/projects/xinhua-2022-changshou.xlsx'] as Uint8Array;
    const { readProjectTableXlsx } = await import('../../documents/project-table');
    const back = await readProjectTableXlsx(xlsx, 'changshou.xlsx');
    expect(back.doc?.project.name).toBe('长者长寿保健金项目');
    expect(back.doc?.finance.budget).toBe(809.28);
    const d = await runCli(['report', file, '-f', 'docx', '-o', 'out/cs.docx']);
    expect(d.code).toBe(0);
    expect([...(d.written['out/cs.docx'] as Uint8Array).slice(0, 2)]).toEqual([0x50, 0x4b]);
    const md = await runCli(['report', file, '-f', 'md']);
    expect(md.code).toBe(2);
    expect(md.err).toContain('项目支出绩效自评表只能生成 xlsx 或 docx');
  });
});
