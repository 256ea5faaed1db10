/**
 * The national 项目支出绩效自评表 (财预〔2020〕10号 附件) as data: its nine columns, its blocks of rows and the cells of
 * each row with their spans. The .xlsx and .docx writers draw it, and the reader finds its rows by these labels.
 */

/** Column widths in Excel units (a digit's width); the .docx gives each column the same share of the page. */
export const COLUMN_WIDTHS = [10, 10, 11, 22, 15, 26, 8, 9, 22] as const;
export const COLUMN_COUNT = COLUMN_WIDTHS.length;

export const TITLE = '项目支出绩效自评表';
/** 「（2022年度）」. */
export const yearLine = (year: number): string => `（${year}年度）`;
export const YEAR_LINE = /(\d{4})\s*年度/;

export const LABEL = {
  name: '项目名称',
  department: '主管部门',
  implementer: '实施单位',
  funds: '项目资金（万元）',
  fundsTotal: '年度资金总额',
  /** Before the first source of funds: 「其中：财政拨款」. */
  ofWhich: '其中：',
  goal: '年度总体目标',
  goalExpected: '预期目标',
  goalActual: '实际完成情况',
  indicators: '绩效指标',
  total: '总分',
  rubric: '评分标准',
} as const;

/** What the cell holds: a fixed label, or a value of the kind the writers format and the reader parses. */
export type CellKind = 'label' | 'text' | 'amount' | 'percent' | 'score' | 'dash';

export interface ColumnSpec {
  key: string;
  header: string;
  /** 1-based column. */
  col: number;
  kind: CellKind;
  /** Other headers a hand-made table may use for this column. */
  aliases?: readonly string[];
}

/** The 项目资金 block: a header row, 年度资金总额, then one row per source of funds. Label in B–C. */
export const FUND_LABEL_COLS = { from: 2, to: 3 } as const;
export const FUND_COLUMNS: readonly ColumnSpec[] = [
  { key: 'initial', header: '年初预算数', col: 4, kind: 'amount', aliases: ['年初预算'] },
  {
    key: 'budget',
    header: '全年预算数',
    col: 5,
    kind: 'amount',
    aliases: ['全年预算', '年度预算数', '调整后预算数'],
  },
  {
    key: 'executed',
    header: '全年执行数',
    col: 6,
    kind: 'amount',
    aliases: ['全年执行', '执行数', '年度执行数'],
  },
  { key: 'max', header: '分值', col: 7, kind: 'score' },
  { key: 'rate', header: '执行率', col: 8, kind: 'percent', aliases: ['预算执行率'] },
  { key: 'score', header: '得分', col: 9, kind: 'score' },
];

/** 年度总体目标: a header row (预期目标 B–E, 实际完成情况 F–I) and a row of text under it. */
export const GOAL_COLS = {
  expected: { from: 2, to: 5 },
  actual: { from: 6, to: 9 },
} as const;

/** The indicator table, one indicator a row, 一级 and 二级 merged down over their rows. */
export const INDICATOR_COLUMNS: readonly ColumnSpec[] = [
  { key: 'level1', header: '一级指标', col: 2, kind: 'text' },
  { key: 'level2', header: '二级指标', col: 3, kind: 'text' },
  { key: 'name', header: '三级指标', col: 4, kind: 'text', aliases: ['指标名称', '三级指标名称'] },
  { key: 'target', header: '年度指标值', col: 5, kind: 'text', aliases: ['年度目标值', '指标值', '目标值'] },
  {
    key: 'actual',
    header: '实际完成值',
    col: 6,
    kind: 'text',
    aliases: ['实际完成指标值', '全年实际值', '实际值'],
  },
  { key: 'points', header: '分值', col: 7, kind: 'score' },
  { key: 'reportedScore', header: '得分', col: 8, kind: 'score' },
  {
    key: 'deviationReason',
    header: '偏差原因分析及改进措施',
    col: 9,
    kind: 'text',
    aliases: ['偏差原因分析', '偏差原因', '偏差原因及改进措施'],
  },
];

/**
 * Columns the national table does not have but hand-made ones often add (the seeds' 完成率): read when present,
 * never written.
 */
export const EXTRA_INDICATOR_COLUMNS: readonly ColumnSpec[] = [
  { key: 'status', header: '完成情况', col: 0, kind: 'text', aliases: ['是否完成'] },
  {
    key: 'completion',
    header: '完成率',
    col: 0,
    kind: 'text',
    aliases: ['完成率(%)', '指标完成率', '完成比例'],
  },
];

/** 总分: label over A–F, then 100 (分值), the score and its grade. */
export const TOTAL_COLS = { label: { from: 1, to: 6 }, max: 7, score: 8, grade: 9 } as const;

/** One cell of a drawn table: where it starts, how far it spans, what it holds. */
export interface GridCell {
  col: number;
  colSpan: number;
  rowSpan: number;
  kind: CellKind;
  value: string | number | null;
  /** Centred (labels, figures, short codes) or left (prose). */
  align: 'center' | 'left';
  bold?: boolean;
  size?: 'title' | 'subtitle';
}

/** One row: its role (for row heights and for tests) and its cells, left to right; cells covered by a span are absent. */
export interface GridRow {
  role:
    | 'title'
    | 'year'
    | 'name'
    | 'department'
    | 'fundsHeader'
    | 'fundsTotal'
    | 'fundsSource'
    | 'goalHeader'
    | 'goal'
    | 'indicatorHeader'
    | 'indicator'
    | 'total'
    | 'rubric';
  cells: GridCell[];
}

/** A cell of the table, centred unless it is prose. */
export function cell(
  col: number,
  kind: CellKind,
  value: string | number | null,
  over: Partial<Omit<GridCell, 'col' | 'kind' | 'value'>> = {},
): GridCell {
  const align = kind === 'text' ? 'left' : 'center';
  return { col, colSpan: 1, rowSpan: 1, kind, value, align, bold: kind === 'label', ...over };
}

/** Columns `from`–`to` as one cell. */
export function spanCell(
  range: { from: number; to: number },
  kind: CellKind,
  value: string | number | null,
  over: Partial<Omit<GridCell, 'col' | 'kind' | 'value'>> = {},
): GridCell {
  return cell(range.from, kind, value, { colSpan: range.to - range.from + 1, ...over });
}
