/** The 评分明细 sheet says where each item's points come from, and the import ignores those derived columns. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SEED_004_TOTAL } from '../../../test/golden';
import { Evaluation } from '../../core/model';
import { renderReport } from '../report/render';
import { ITEM_COLUMNS, SHEET_ITEMS } from './_layout';
import { importWorkbook } from './read';

const nanzhou = Evaluation.parse(JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8')));
const ORIGIN = ITEM_COLUMNS.length + 1;
const BASIS = ITEM_COLUMNS.length + 2;

describe('评分明细: 得分来源 and 计分依据 (seed 004)', () => {
  it('tags each item 计算 or 人工 with its figures or reason, and splits the 合计', async () => {
    const bytes = await renderReport(nanzhou, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(SHEET_ITEMS) as ExcelJS.Worksheet;
    const rows = new Map<string, ExcelJS.Row>();
    ws.eachRow((r) => {
      rows.set(String(r.getCell(3).value ?? ''), r);
    });
    const at = (name: string, c: number) => rows.get(name)?.getCell(c).value;
    expect(at('评价项目', ORIGIN)).toBe('得分来源');
    expect(at('评价项目', BASIS)).toBe('计分依据');
    expect(at('预算资金支出率', ORIGIN)).toBe('计算');
    expect(String(at('预算资金支出率', BASIS))).toContain(
      '执行数 23,033.06 万元 ÷ 全年预算数 23,135.18 万元',
    );
    expect(at('资产盘点情况', ORIGIN)).toBe('人工');
    expect(String(at('资产盘点情况', BASIS))).toContain('理由：未完成资产盘点（填报人：填报单位）');
    expect(String(at('结转结余率', BASIS))).toContain('结转结余率 2.33%');
    const split = /按数据计算 ([\d.]+) 分，人工评定 ([\d.]+) 分/.exec(String(at('合计', BASIS)));
    expect(split).not.toBeNull();
    expect(Math.round(Number(split![1]) * 100) + Math.round(Number(split![2]) * 100)).toBe(
      Math.round(SEED_004_TOTAL * 100),
    );
  });

  it('reads the workbook back without complaint about the two derived columns', async () => {
    const r = await importWorkbook(await renderReport(nanzhou, 'xlsx'));
    expect(r.success ? [] : r.errors).toEqual([]);
    expect(r.success && r.evaluation.management).toHaveLength(nanzhou.management.length);
  });
});
