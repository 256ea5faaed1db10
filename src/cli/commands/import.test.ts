import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli';
import { Evaluation } from '../../core/model';
import { renderReport } from '../../documents/report/render';

const nanzhou = Evaluation.parse(JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8')));

describe('jixiao import', () => {
  it('reads a 自评表 into an evaluation file', async () => {
    const xlsx = await renderReport(nanzhou, 'xlsx');
    const r = await runCli(['import', '自评表.xlsx', '-o', 'out.json'], { '自评表.xlsx': xlsx });
    expect(r.code).toBe(0);
    const e = Evaluation.parse(JSON.parse(String(r.written['out.json'])));
    expect(e.department.name).toBe('广州市海珠区人民政府南洲街道办事处');
    expect(e.finance.budget).toBe(23135.18);
    expect(e.management).toHaveLength(23);
    expect(r.out).toContain('已导入 out.json');
  });

  it('prints each error as sheet!Cell: message, exits 1 and writes nothing', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderReport(nanzhou, 'xlsx')) as unknown as ArrayBuffer);
    (wb.getWorksheet('自评表') as ExcelJS.Worksheet).getCell('F6').value = '两万三';
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await runCli(['import', 'bad.xlsx', '-o', 'out.json'], { 'bad.xlsx': bytes });
    expect(r.code).toBe(1);
    expect(r.written).toEqual({});
    expect(r.err.split('\n')).toEqual([
      'bad.xlsx: 共 1 处问题，未生成评价文件',
      '自评表!F6: 应为数字，实为文字“两万三”',
    ]);
  });

  it('says which file cannot be read', async () => {
    const r = await runCli(['import', 'test/fixtures/report/empty.xlsx']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('empty.xlsx：不是 .xlsx 工作簿');
  });
});
