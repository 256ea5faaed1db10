import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../_errors';
import { readLayout } from '.';
import { formatNumber, isWorkbook, readXlsx } from './_xlsx';

async function workbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('自评表'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('formatNumber', () => {
  it.each([
    [1234.5, '0.00', '1234.50'],
    [1234.5, '#,##0.00', '1,234.50'],
    [0.9574, '0.00%', '95.74%'],
    [0.1 + 0.2, undefined, '0.30'],
    [95.744, undefined, '95.744'],
    [12, undefined, '12'],
    [7.5, 'General', '7.50'],
  ])('%s with %s shows %s', (v, fmt, shown) => {
    expect(formatNumber(v, fmt)).toBe(shown);
  });
});

describe('readXlsx', () => {
  it('reads each cell as shown, merged cells filled like the Word reader, one table per run of rows', async () => {
    const bytes = await workbook((ws) => {
      ws.getCell('A1').value = '单位名称';
      ws.getCell('B1').value = '某某街道办事处';
      ws.mergeCells('B1:D1');
      ws.getCell('A2').value = '产出指标';
      ws.mergeCells('A2:A3');
      ws.getCell('B2').value = 1234.5;
      ws.getCell('B2').numFmt = '0.00';
      ws.getCell('C2').value = { formula: 'B2/2', result: 617.25 };
      ws.getCell('D2').value = 0.9574;
      ws.getCell('D2').numFmt = '0.00%';
      ws.getCell('B3').value = { richText: [{ text: '≥' }, { text: '95%' }] };
      ws.getCell('A6').value = '自评总分';
      ws.getCell('B6').value = 91.5;
    });
    expect(await isWorkbook(bytes)).toBe(true);
    const doc = await readXlsx(bytes, 'a.xlsx');
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(doc.blocks[0]).toMatchObject({ kind: 'para', text: '自评表', origin: { page: 1 } });
    expect(tables).toHaveLength(2);
    expect(tables[0]).toMatchObject({
      anchor: 'filled',
      origin: { page: 1, line: 1 },
      rows: [
        ['单位名称', '某某街道办事处', '', ''],
        ['产出指标', '1234.50', '617.25', '95.74%'],
        ['产出指标', '≥95%', '', ''],
      ],
    });
    expect(tables[1]).toMatchObject({ origin: { page: 1, line: 6 }, rows: [['自评总分', '91.50']] });
  });

  it('is chosen by readLayout for a workbook and refuses a damaged one', async () => {
    const bytes = await workbook((ws) => {
      ws.getCell('A1').value = '年度';
      ws.getCell('B1').value = 2024;
    });
    const { doc } = await readLayout(bytes, 'x.docx');
    expect(doc.blocks.some((b) => b.kind === 'table' && b.rows[0]?.[1] === '2024')).toBe(true);
    const broken = bytes.slice(0, 200);
    expect(await isWorkbook(broken)).toBe(false);
    await expect(readXlsx(broken, 'x.xlsx')).rejects.toBeInstanceOf(ExtractError);
  });

  it('leaves hidden sheets out and refuses a workbook with nothing in its visible sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('空表');
    const hidden = wb.addWorksheet('隐藏', { state: 'hidden' });
    hidden.getCell('A1').value = '单位名称';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    await expect(readXlsx(bytes, 'e.xlsx')).rejects.toMatchObject({ code: 'not_a_report' });
  });
});
