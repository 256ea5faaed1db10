import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Evaluation } from '../../core/model';
import { renderReport } from '../report/render';
import { SHEET_ITEMS, SHEET_MAIN } from './_layout';

const nanzhou = Evaluation.parse(JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8')));

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('renderXlsx: the 南洲 2023 自评表 (seed 004)', () => {
  let wb: ExcelJS.Workbook;
  let main: ExcelJS.Worksheet;
  let items: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await open(await renderReport(nanzhou, 'xlsx'));
    main = wb.getWorksheet(SHEET_MAIN) as ExcelJS.Worksheet;
    items = wb.getWorksheet(SHEET_ITEMS) as ExcelJS.Worksheet;
  });

  it('has the department table and the sheet of rubric items', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['自评表', '评分明细']);
    expect(main.getCell('B2').value).toBe('广州市海珠区人民政府南洲街道办事处');
    expect(main.getCell('H2').value).toBe(2023);
    expect(main.getCell('H2').numFmt).toBe('0');
  });

  it('stores amounts as numbers with #,##0.00 and the rate as a formula formatted 0.00%', () => {
    expect(main.getCell('D6').value).toBe(23135.18);
    expect(main.getCell('D6').numFmt).toBe('#,##0.00');
    expect(main.getCell('F6').value).toBe(23033.06);
    const rate = main.getCell('H6').value as { formula: string; result: number };
    expect(rate.formula).toBe('IF(D6=0,"",F6/D6)');
    expect(rate.result).toBeCloseTo(0.9956, 4);
    expect(main.getCell('H6').numFmt).toBe('0.00%');
    expect(main.getCell('H3').value).toBeCloseTo(91.46, 2);
  });

  it('lists the indicators with 一级/二级 merged down their rows (产出 7 = 数量 6 + 质量 1; 效益 5 = 社会 4 + 生态 1)', () => {
    const merges = (main.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A10:A16', 'B10:B15', 'A17:A21', 'B17:B20']));
    expect(main.getRow(9).values).toEqual([
      undefined,
      '一级指标',
      '二级指标',
      '三级指标',
      '分值',
      '年度目标值',
      '实际完成值',
      '完成情况',
      '得分',
      '偏差原因分析及改进措施',
    ]);
    expect(main.getCell('C21').value).toBe('全街环卫保洁水平');
    expect(main.getCell('E15').value).toBe('≧10个');
    // 20 points over 7 产出 indicators, all met
    expect(main.getCell('D10').value).toBeCloseTo(20 / 7, 6);
    expect(main.getCell('D10').numFmt).toBe('0.00');
    expect(main.getCell('H10').value).toBeCloseTo(20 / 7, 6);
  });

  it('gives each rubric item its own score and the computed one: 资产管理合规性 0.5 of 2, total 91.46', () => {
    const rows = new Map<string, ExcelJS.Row>();
    items.eachRow((r) => {
      rows.set(String(r.getCell(3).value ?? ''), r);
    });
    const row = rows.get('资产管理合规性');
    expect(row?.getCell(4).value).toBe(2);
    expect(row?.getCell(6).value).toBe(0.5);
    expect(row?.getCell(7).value).toBe(0.5);
    expect(row?.getCell(9).value).toBe('仍存在资产管理问题，部分已整改完毕');
    expect(rows.get('结转结余率')?.getCell(5).value).toBe(2.33);
    expect(rows.get('预算资金支出率')?.getCell(7).value).toBeCloseTo(9.96, 2);
    expect(rows.get('合计')?.getCell(7).value).toBeCloseTo(91.46, 2);
    expect(rows.get('合计')?.getCell(6).value).toBe(91.46);
  });

  it('is set up to print on A4, landscape, one page wide, the header row repeated', () => {
    for (const ws of [main, items]) {
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.fitToWidth).toBe(1);
    }
    expect(main.pageSetup.printTitlesRow).toBe('9:9');
    expect(items.pageSetup.printTitlesRow).toBe('2:2');
  });
});
