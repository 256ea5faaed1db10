/** The 项目支出绩效自评表 as an .xlsx sheet: the layout's rows drawn with the departmental 自评表's cell styles. */
import ExcelJS from 'exceljs';
import type { ProjectEvaluation } from '../../core/model';
import type { ScoreResult } from '../../core/rubric';
import { xmlSafeDeep } from '../../core/safe-text';
import { border, FONT, printSetup, put } from '../xlsx/_cells-style';
import { columnLetter, FMT } from '../xlsx/_layout';
import { fitRowHeights } from '../xlsx/_row-heights';
import { renderProjectGrid } from './_grid';
import { COLUMN_COUNT, COLUMN_WIDTHS, type GridCell, TITLE } from './layout';

const NUM_FMT: Partial<Record<GridCell['kind'], string>> = {
  amount: FMT.amount,
  percent: FMT.percent,
  score: FMT.score,
};

/** Draw one project's table on a new sheet of `wb`. */
export function addProjectSheet(
  wb: ExcelJS.Workbook,
  sheetName: string,
  stored: ProjectEvaluation,
  scored: ScoreResult | null,
): ExcelJS.Worksheet {
  // a stored document may hold characters XML cannot: dropped, so the workbook still opens
  const doc = xmlSafeDeep(stored);
  const score = xmlSafeDeep(scored);
  const ws = wb.addWorksheet(sheetName);
  ws.columns = COLUMN_WIDTHS.map((width) => ({ width }));
  const grid = renderProjectGrid(doc, score);
  let headerRow = 1;
  grid.forEach((row, i) => {
    const r = i + 1;
    if (row.role === 'indicatorHeader') headerRow = r;
    for (const c of row.cells) {
      const addr = `${columnLetter(c.col)}${r}`;
      if (c.colSpan > 1 || c.rowSpan > 1) ws.mergeCells(r, c.col, r + c.rowSpan - 1, c.col + c.colSpan - 1);
      put(ws, addr, c.value, {
        label: c.kind === 'label' && !c.size,
        numFmt: NUM_FMT[c.kind],
        align: c.align,
      });
      const x = ws.getCell(addr);
      if (c.size) x.font = { ...FONT, size: c.size === 'title' ? 16 : 12, bold: c.bold !== false };
      else if (c.bold && c.kind !== 'label') x.font = { ...FONT, bold: true };
    }
  });
  ws.getRow(1).height = 30;
  border(ws, 3, grid.length, COLUMN_COUNT);
  fitRowHeights(ws, 1, grid.length, COLUMN_COUNT);
  printSetup(ws, headerRow, true);
  return ws;
}

/** Workbook bytes. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * One project's 项目支出绩效自评表 as .xlsx bytes, numbers stored as numbers with formats.
 * @example await writeProjectTableXlsx(doc, scoreProjectEvaluation(doc, getRubric(doc.rubric))) // Uint8Array (PK…)
 */
export async function writeProjectTableXlsx(
  doc: ProjectEvaluation,
  score: ScoreResult | null,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  wb.title = `${doc.year} 年度${doc.project.name}${TITLE}`;
  addProjectSheet(wb, TITLE, doc, score);
  return workbookBytes(wb);
}
