/** The 自评表 workbook layout as data: sheet names, fixed cells and columns, shared by the writer and the reader. */

export const SHEET_MAIN = '自评表';
export const SHEET_ITEMS = '评分明细';

/** Fixed cells of the 自评表 sheet: a label and the value cell beside it. */
export const MAIN_CELLS = {
  title: { range: 'A1:I1' },
  name: { label: 'A2', labelText: '单位名称', value: 'B2', range: 'B2:F2' },
  year: { label: 'G2', labelText: '年度', value: 'H2', range: 'H2:I2' },
  rubric: { label: 'A3', labelText: '评分标准', value: 'B3', range: 'B3:F3' },
  total: { label: 'G3', labelText: '自评得分', value: 'H3', grade: 'I3' },
  financeHead: { label: 'A4', labelText: '年度部门整体支出规模', range: 'A4:I4' },
  financeCols: [
    { cell: 'A5', range: 'A5:C5', text: '项目' },
    { cell: 'D5', range: 'D5:E5', text: '全年预算数（万元）' },
    { cell: 'F5', range: 'F5:G5', text: '执行数（万元）' },
    { cell: 'H5', range: 'H5:I5', text: '执行率' },
  ],
  financeRow: {
    label: 'A6',
    labelRange: 'A6:C6',
    labelText: '部门整体支出',
    budget: 'D6',
    budgetRange: 'D6:E6',
    executed: 'F6',
    executedRange: 'F6:G6',
    rate: 'H6',
    rateRange: 'H6:I6',
  },
  goal: { label: 'A7', labelRange: 'A7:C7', labelText: '年度整体绩效目标', value: 'D7', range: 'D7:I7' },
  indicatorHead: { label: 'A8', labelText: '绩效指标完成情况', range: 'A8:I8' },
} as const;

export interface ColumnSpec {
  key: string;
  header: string;
  width: number;
  kind: 'text' | 'number';
  numFmt?: string;
}

/** The indicator table of the 自评表 sheet: header in row 9, one indicator a row from row 10. */
export const INDICATOR_HEADER_ROW = 9;
export const INDICATOR_COLUMNS: readonly ColumnSpec[] = [
  { key: 'level1', header: '一级指标', width: 10, kind: 'text' },
  { key: 'level2', header: '二级指标', width: 12, kind: 'text' },
  { key: 'name', header: '三级指标', width: 26, kind: 'text' },
  { key: 'points', header: '分值', width: 8, kind: 'number', numFmt: '0.00' },
  { key: 'target', header: '年度目标值', width: 14, kind: 'text' },
  { key: 'actual', header: '实际完成值', width: 40, kind: 'text' },
  { key: 'status', header: '完成情况', width: 10, kind: 'text' },
  { key: 'reportedScore', header: '得分', width: 8, kind: 'number', numFmt: '0.00' },
  { key: 'deviationReason', header: '偏差原因分析及改进措施', width: 26, kind: 'text' },
];

/**
 * The 评分明细 sheet: header in row 2, one rubric item a row from row 3, then 合计. One score per item: the one the
 * documents print (`printedScore`), which for a judged item is what the person entered.
 */
export const ITEM_HEADER_ROW = 2;
export const ITEM_COLUMNS: readonly ColumnSpec[] = [
  { key: 'level1', header: '一级指标', width: 10, kind: 'text' },
  { key: 'level2', header: '二级指标', width: 10, kind: 'text' },
  { key: 'item', header: '评价项目', width: 26, kind: 'text' },
  { key: 'max', header: '分值', width: 8, kind: 'number', numFmt: '0.00' },
  { key: 'value', header: '指标值（%）', width: 10, kind: 'number', numFmt: '0.00' },
  { key: 'score', header: '自评得分', width: 9, kind: 'number', numFmt: '0.00' },
  { key: 'evidence', header: '实际完成值', width: 44, kind: 'text' },
  { key: 'reason', header: '扣分原因', width: 28, kind: 'text' },
];

/**
 * Written to the right of the item columns and ignored on import (they are derived from the score): where each
 * item's points come from (计算 / 人工) and the figures or the entry behind them; the 合计 row holds the split.
 */
export const ITEM_ORIGIN_COLUMNS: readonly ColumnSpec[] = [
  { key: 'origin', header: '得分来源', width: 10, kind: 'text' },
  { key: 'basis', header: '计分依据', width: 40, kind: 'text' },
];

export const TOTAL_LABEL = '合计';

export const FMT = { amount: '#,##0.00', percent: '0.00%', score: '0.00', year: '0' } as const;

/** Column letter of a 1-based column number. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
