import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Evaluation } from '../../core/model';
import { printedScore, printedTotal, type ScoreNode } from '../../core/rubric';
import { renderReport, scoreForReport } from '../report/render';
import { SHEET_ITEMS, SHEET_MAIN } from './_layout';
import { formatImportError, importWorkbook } from './read';

const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.json'));
const load = (f: string) => Evaluation.parse(JSON.parse(readFileSync(`examples/${f}`, 'utf8')));
const nanzhou = load('nanzhou-2023.json');
const isItemKind = (k: string) => ['judgement', 'threshold_at_most', 'threshold_at_least'].includes(k);
const nodesOf = (n: ScoreNode): ScoreNode[] => [n, ...(n.children ?? []).flatMap(nodesOf)];
const rubricLeavesOf = (r: ReturnType<typeof scoreForReport>) =>
  r ? nodesOf(r.root).filter((n) => !n.children?.length) : [];
const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/report/${name}`));

/** The 南洲 workbook with one change made as a person would make it in Excel. */
let base: Promise<Uint8Array> | null = null;
async function edited(change: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  base ??= renderReport(nanzhou, 'xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await base) as unknown as ArrayBuffer);
  change(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;
const itemRow = (ws: ExcelJS.Worksheet, name: string) => {
  let found = 0;
  ws.eachRow((r, n) => {
    if (r.getCell(3).value === name) found = n;
  });
  return found;
};

describe('importWorkbook: round trip', () => {
  it.each(EXAMPLES)(
    '%s: report --format xlsx then import gives back every field the workbook holds',
    async (f) => {
      const e = load(f);
      const r = await importWorkbook(await renderReport(e, 'xlsx'), f);
      if (!r.success) throw new Error(r.errors.map((x) => formatImportError(x)).join('\n'));
      const b = r.evaluation;
      expect(b.department.name).toBe(e.department.name);
      expect(b.year).toBe(e.year);
      expect(b.rubric).toBe(e.rubric);
      expect(b.goal ?? null).toBe(e.goal ?? null);
      expect(b.finance.budget ?? null).toBe(e.finance.budget ?? null);
      expect(b.finance.executed ?? null).toBe(e.finance.executed ?? null);
      const ind = (x: Evaluation) =>
        x.indicators.map((i) => [
          i.level1 ?? null,
          i.level2 ?? null,
          i.name,
          i.target ?? null,
          i.actual ?? null,
        ]);
      expect(ind(b)).toEqual(ind(e));
      // what a person wrote of each item comes back; rows the sheet adds for scored rubric items carry only a score
      const written = (x: Evaluation) =>
        x.management.map((m) => [m.item, m.value ?? null, m.evidence ?? null, m.reason ?? null]);
      const names = new Set(e.management.map((m) => m.item));
      expect(written(b).filter(([name]) => names.has(name as string))).toEqual(written(e));
      expect(
        written(b).filter(([name, ...rest]) => !names.has(name as string) && rest.some((v) => v !== null)),
      ).toEqual([]);
      // the one score per item the sheet prints scores the evaluation as before, and its total is the printed one
      const before = scoreForReport(e);
      const after = scoreForReport(b);
      const leaves = (r: ReturnType<typeof scoreForReport>) =>
        rubricLeavesOf(r).flatMap((n) => (isItemKind(n.kind) ? [[n.path, printedScore(n.score)]] : []));
      expect(leaves(after)).toEqual(leaves(before));
      expect(b.reported.total ?? null).toBe(before ? printedTotal(before).total : null);
    },
  );

  it('reads the rubric from its Chinese name, as the sheet prints it (an id is read too)', async () => {
    const bytes = await edited((wb) => {
      expect(sheet(wb, SHEET_MAIN).getCell('B3').value).toBe(
        '广州市部门整体支出绩效自评指标体系（2023 年度）',
      );
    });
    const r = await importWorkbook(bytes);
    expect(r.success && r.evaluation.rubric).toBe('gz-dept-2023');
    const byId = await edited((wb) => {
      sheet(wb, SHEET_MAIN).getCell('B3').value = 'gz-dept-2022';
    });
    const r2 = await importWorkbook(byId);
    expect(r2.success && r2.evaluation.rubric).toBe('gz-dept-2022');
  });

  it('keeps a stated execution rate when the amounts are not given (金花 2024: 95%)', async () => {
    const r = await importWorkbook(await renderReport(load('jinhua-2024.json'), 'xlsx'));
    expect(r.success && r.evaluation.finance.executionRate).toBe(95);
  });

  it('reads what a person types: 23,135.18 as text, a target formatted as a percentage, unmerged level cells', async () => {
    const bytes = await edited((wb) => {
      const ws = sheet(wb, SHEET_MAIN);
      ws.getCell('D6').value = ' 23,135.18 ';
      ws.getCell('E10').value = 1;
      ws.getCell('E10').numFmt = '0%';
      ws.unMergeCells('A10:A16');
    });
    const r = await importWorkbook(bytes);
    if (!r.success) throw new Error(JSON.stringify(r.errors));
    expect(r.evaluation.finance.budget).toBe(23135.18);
    expect(r.evaluation.indicators[0]?.target).toBe('100%');
    expect(r.evaluation.indicators[0]?.level1).toBe('产出指标');
    expect(r.evaluation.indicators[1]?.level1 ?? null).toBeNull();
  });
});

describe('importWorkbook: errors name the sheet, row and column, and nothing is returned', () => {
  it('text in a number cell', async () => {
    const bytes = await edited((wb) => {
      sheet(wb, SHEET_MAIN).getCell('D6').value = '约两万三千';
      const items = sheet(wb, SHEET_ITEMS);
      items.getCell(itemRow(items, '结转结余率'), 6).value = '满分';
    });
    const r = await importWorkbook(bytes);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.errors).toEqual([
      { sheet: '自评表', row: 6, column: 'D', message: '应为数字，实为文字“约两万三千”' },
      { sheet: '评分明细', row: 7, column: 'F', message: '应为数字，实为文字“满分”' },
    ]);
    expect(formatImportError(r.errors[0] as (typeof r.errors)[number])).toBe(
      '自评表!D6: 应为数字，实为文字“约两万三千”',
    );
  });

  it('a missing sheet', async () => {
    const bytes = await edited((wb) => {
      wb.removeWorksheet(sheet(wb, SHEET_ITEMS).id);
    });
    const r = await importWorkbook(bytes);
    expect(r).toEqual({
      success: false,
      errors: [
        {
          sheet: '评分明细',
          row: null,
          column: null,
          message: '缺少工作表“评分明细”（工作簿中有：“自评表”）',
        },
      ],
    });
  });

  it('an extra column', async () => {
    const bytes = await edited((wb) => {
      const ws = sheet(wb, SHEET_MAIN);
      ws.getCell('J9').value = '备注';
      ws.getCell('J12').value = '已核实';
    });
    const r = await importWorkbook(bytes);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.errors).toEqual([
      { sheet: '自评表', row: 9, column: 'J', message: '多出一列“备注”：自评表只有 A–I 共 9 列' },
    ]);
  });

  it('a moved column: the header no longer reads as the template', async () => {
    const bytes = await edited((wb) => {
      sheet(wb, SHEET_MAIN).getCell('E9').value = '目标';
    });
    const r = await importWorkbook(bytes);
    expect(!r.success && r.errors).toEqual([
      {
        sheet: '自评表',
        row: 9,
        column: 'E',
        message: '应为“年度目标值”，实为“目标”：表格结构与自评表模板不一致',
      },
    ]);
  });

  it('a value the schema refuses points at its cell: a negative amount, an empty name, a year out of range', async () => {
    const bytes = await edited((wb) => {
      const ws = sheet(wb, SHEET_MAIN);
      ws.getCell('F6').value = -5;
      ws.getCell('B2').value = null;
      ws.getCell('H2').value = 1899;
    });
    const r = await importWorkbook(bytes);
    expect(!r.success && r.errors.map((e) => `${e.sheet}!${e.column}${e.row}`).sort()).toEqual([
      '自评表!B2',
      '自评表!F6',
      '自评表!H2',
    ]);
    expect(!r.success && r.errors.find((e) => e.column === 'F')?.message).toBe('金额不能为负数');
  });

  it.each([
    ['empty.xlsx', '不是 .xlsx 工作簿'],
    ['corrupt.xlsx', '无法读取工作簿'],
  ])('%s cannot be read', async (name, message) => {
    const r = await importWorkbook(fixture(name), name);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.sheet).toBeNull();
    expect(r.errors[0]?.message).toContain(message);
  });

  it('a workbook that is not a 自评表 lacks both sheets', async () => {
    const r = await importWorkbook(fixture('not-a-template.xlsx'));
    expect(!r.success && r.errors.map((e) => e.sheet)).toEqual(['自评表', '评分明细']);
  });
});
