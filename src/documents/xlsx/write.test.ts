import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_004_ITEMS, SEED_004_SUBSECTIONS, SEED_004_TOTAL } from '../../../test/golden';
import { Evaluation } from '../../core/model';
import { renderReport } from '../report/render';
import { SHEET_ITEMS, SHEET_MAIN } from './_layout';

const nanzhou = Evaluation.parse(JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8')));

function itemRows(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Row> {
  const rows = new Map<string, ExcelJS.Row>();
  ws.eachRow((r) => {
    rows.set(String(r.getCell(3).value ?? ''), r);
  });
  return rows;
}

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
    // the total as printed: 91.46 stored, not the engine's 91.4558…, with the grade of 91.46
    expect(main.getCell('H3').value).toBe(91.46);
    expect(main.getCell('H3').numFmt).toBe('0.00');
    expect(main.getCell('I3').value).toBe('优');
  });

  it('names the rubric in Chinese, never by its id', () => {
    expect(main.getCell('B3').value).toBe('广州市部门整体支出绩效自评指标体系（2023 年度）');
    const texts: string[] = [];
    for (const ws of [main, items])
      ws.eachRow((r) => {
        r.eachCell((c) => {
          texts.push(String(c.value ?? ''));
        });
      });
    expect(texts.filter((t) => /gz-dept-\d{4}|national-project/.test(t))).toEqual([]);
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
    // 20 points over 7 产出 indicators, all met: 2.857… stored as printed, 2.86
    expect(main.getCell('D10').value).toBe(2.86);
    expect(main.getCell('D10').numFmt).toBe('0.00');
    expect(main.getCell('H10').value).toBe(2.86);
  });

  it('stores every score as printed, with 2 decimals at most', () => {
    const scores: number[] = [];
    main.eachRow((r, n) => {
      if (n > 9)
        for (const c of [4, 8])
          if (typeof r.getCell(c).value === 'number') scores.push(r.getCell(c).value as number);
    });
    items.eachRow((r, n) => {
      if (n > 2)
        for (const c of [4, 6])
          if (typeof r.getCell(c).value === 'number') scores.push(r.getCell(c).value as number);
    });
    expect(scores.length).toBeGreaterThan(40);
    expect(scores.filter((x) => Math.abs(x * 100 - Math.round(x * 100)) > 1e-6)).toEqual([]);
  });

  it('prints the earned points, not the stated ones', async () => {
    const stated = {
      ...nanzhou,
      reported: { ...nanzhou.reported, total: 93, scores: { ...nanzhou.reported.scores, 产出指标: 19 } },
      indicators: nanzhou.indicators.map((i) => ({ ...i, reportedScore: 1 })),
    };
    const wb2 = await open(await renderReport(stated, 'xlsx'));
    const m = wb2.getWorksheet(SHEET_MAIN) as ExcelJS.Worksheet;
    expect(m.getCell('H3').value).toBe(91.46);
    expect(m.getCell('H10').value).toBe(2.86);
    const rows = itemRows(wb2.getWorksheet(SHEET_ITEMS) as ExcelJS.Worksheet);
    expect(rows.get('产出指标')?.getCell(6).value).toBe(20);
    expect(rows.get('合计')?.getCell(6).value).toBe(91.46);
  });

  it('grades the total as printed: 89.9998… prints as 90.00 and is 优', async () => {
    // 绩效管理制度执行 entered as 4.544 instead of 6: 91.4558… − 1.456 = 89.9998…
    const e = {
      ...nanzhou,
      management: nanzhou.management.map((m) => (m.item === '绩效管理制度执行' ? { ...m, score: 4.544 } : m)),
    };
    const wb2 = await open(await renderReport(e, 'xlsx'));
    const m = wb2.getWorksheet(SHEET_MAIN) as ExcelJS.Worksheet;
    expect(m.getCell('H3').value).toBe(90);
    expect(m.getCell('I3').value).toBe('优');
    expect(
      itemRows(wb2.getWorksheet(SHEET_ITEMS) as ExcelJS.Worksheet)
        .get('绩效管理制度执行')
        ?.getCell(6).value,
    ).toBe(4.54);
  });

  it('gives each rubric item one score, the seed score: 资产管理合规性 0.5 of 2, 预算资金支出率 9.96, total 91.46', () => {
    const rows = new Map<string, ExcelJS.Row>();
    items.eachRow((r) => {
      rows.set(String(r.getCell(3).value ?? ''), r);
    });
    expect(items.getRow(2).values).toEqual([
      undefined,
      '一级指标',
      '二级指标',
      '评价项目',
      '分值',
      '指标值（%）',
      '自评得分',
      '实际完成值',
      '扣分原因',
      '得分来源',
      '计分依据',
    ]);
    const row = rows.get('资产管理合规性');
    expect(row?.getCell(4).value).toBe(2);
    expect(row?.getCell(6).value).toBe(SEED_004_ITEMS.资产管理合规性);
    expect(row?.getCell(8).value).toBe('仍存在资产管理问题，部分已整改完毕');
    expect(rows.get('结转结余率')?.getCell(5).value).toBe(2.33);
    expect(rows.get('预算资金支出率')?.getCell(6).value).toBe(SEED_004_SUBSECTIONS.预算资金支出率);
    expect(rows.get('合计')?.getCell(6).value).toBe(SEED_004_TOTAL);
    for (const [name, points] of Object.entries(SEED_004_ITEMS))
      expect([name, rows.get(name)?.getCell(6).value]).toEqual([name, points]);
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
