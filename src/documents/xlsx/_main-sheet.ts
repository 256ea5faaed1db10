/** The 自评表 sheet: department, year, rubric, the budget and executed totals, the goal and the indicator table. */
import type ExcelJS from 'exceljs';
import { resultLabel } from '../../core/messages';
import type { Evaluation } from '../../core/model';
import { ratioWan } from '../../core/money';
import { printedScore, printedTotal, type Rubric, type ScoreResult } from '../../core/rubric';
import { judgeIndicator } from '../../core/target/judge';
import { border, FONT, headerRow, mergeRuns, printSetup, put, type Value } from './_cells-style';
import {
  type ColumnSpec,
  FMT,
  INDICATOR_COLUMNS,
  INDICATOR_HEADER_ROW,
  MAIN_CELLS as M,
  SHEET_MAIN,
} from './_layout';
import { fitRowHeights } from './_row-heights';
import { indicatorShares } from './_shares';

export function mainSheet(
  wb: ExcelJS.Workbook,
  e: Evaluation,
  score: ScoreResult | null,
  rubric: Rubric | null,
): void {
  const ws = wb.addWorksheet(SHEET_MAIN, { views: [{ state: 'frozen', ySplit: INDICATOR_HEADER_ROW }] });
  ws.columns = INDICATOR_COLUMNS.map((c) => ({ width: c.width }));
  for (const range of [
    M.title.range,
    M.name.range,
    M.year.range,
    M.rubric.range,
    M.financeHead.range,
    M.goal.range,
    M.indicatorHead.range,
  ])
    ws.mergeCells(range);
  for (const c of M.financeCols) ws.mergeCells(c.range);
  for (const range of [
    M.financeRow.labelRange,
    M.financeRow.budgetRange,
    M.financeRow.executedRange,
    M.financeRow.rateRange,
    M.goal.labelRange,
  ])
    ws.mergeCells(range);

  put(ws, 'A1', `${e.year} 年度部门整体支出绩效自评表`, { align: 'center' });
  ws.getCell('A1').font = { ...FONT, size: 16, bold: true };
  ws.getRow(1).height = 30;
  put(ws, M.name.label, M.name.labelText, { label: true });
  put(ws, M.name.value, e.department.name);
  put(ws, M.year.label, M.year.labelText, { label: true });
  put(ws, M.year.value, e.year, { numFmt: FMT.year, align: 'center' });
  put(ws, M.rubric.label, M.rubric.labelText, { label: true });
  // the rubric by its name; an unknown one as it was given, since there is no name to show
  put(ws, M.rubric.value, rubric?.name ?? e.rubric);
  put(ws, M.total.label, M.total.labelText, { label: true });
  const { total, grade } = score ? printedTotal(score) : { total: null, grade: null };
  put(ws, M.total.value, total, { numFmt: FMT.score, align: 'center' });
  put(ws, M.total.grade, grade ?? (rubric ? '' : '评分标准未收录'), { align: 'center' });
  put(ws, M.financeHead.label, M.financeHead.labelText, { label: true });
  for (const c of M.financeCols) put(ws, c.cell, c.text, { label: true });
  const f = e.finance;
  const R = M.financeRow;
  put(ws, R.label, R.labelText, { align: 'center' });
  put(ws, R.budget, f.budget, { numFmt: FMT.amount, align: 'center' });
  put(ws, R.executed, f.executed, { numFmt: FMT.amount, align: 'center' });
  const rate =
    f.budget != null && f.executed != null
      ? ratioWan(f.executed, f.budget)
      : f.executionRate != null
        ? f.executionRate / 100
        : null;
  // a formula, so that the rate follows when someone corrects an amount; the cached result is our own figure
  const formula =
    f.budget != null && f.executed != null
      ? { formula: `IF(${R.budget}=0,"",${R.executed}/${R.budget})`, result: rate ?? '' }
      : null;
  put(ws, R.rate, null, { numFmt: FMT.percent, align: 'center' });
  ws.getCell(R.rate).value = formula ?? rate;
  put(ws, M.goal.label, M.goal.labelText, { label: true });
  put(ws, M.goal.value, e.goal);
  put(ws, M.indicatorHead.label, M.indicatorHead.labelText, { label: true });
  headerRow(ws, INDICATOR_HEADER_ROW, INDICATOR_COLUMNS);

  const shares = indicatorShares(e, score);
  const first = INDICATOR_HEADER_ROW + 1;
  e.indicators.forEach((ind, i) => {
    const r = first + i;
    const share = shares[i];
    const values: Value[] = [
      ind.level1,
      ind.level2,
      ind.name,
      printedScore(ind.points ?? share?.weight),
      ind.target,
      ind.actual,
      ind.status || resultLabel(judgeIndicator(ind).result),
      // what the indicator earned in the score tree, as printed; a stated score is the audit's business
      printedScore(share?.earned),
      ind.deviationReason,
    ];
    values.forEach((v, c) => {
      const col = INDICATOR_COLUMNS[c] as ColumnSpec;
      put(ws, `${String.fromCharCode(65 + c)}${r}`, v, {
        numFmt: col.numFmt,
        align: col.kind === 'number' || c <= 1 || c === 4 || c === 6 ? 'center' : 'left',
      });
    });
  });
  const l1 = e.indicators.map((i) => i.level1 ?? '');
  mergeRuns(ws, 1, first, l1);
  mergeRuns(
    ws,
    2,
    first,
    e.indicators.map((i, k) => (i.level2 ? `${l1[k]}\u0000${i.level2}` : '')),
  );
  const last = Math.max(first - 1, first + e.indicators.length - 1);
  border(ws, 2, last, INDICATOR_COLUMNS.length);
  fitRowHeights(ws, 1, last, INDICATOR_COLUMNS.length);
  printSetup(ws, INDICATOR_HEADER_ROW, true);
}
