import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli';
import { Evaluation } from '../../core/model';
import { renderReport } from '../../documents/report/render';

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
    expect(r.err).toContain('1 处未能确定');
    expect(r.err).toContain('全年预算数出现不同的数值');
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
