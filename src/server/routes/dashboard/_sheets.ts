/** The bureau's workbooks: the ranking of a district's year and the evaluation list, numbers as numbers. */
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { Dashboard } from '../../../api';
import { STATUS_LABEL, STATUSES, type Status } from '../../../core/labels';
import { xmlSafeDeep } from '../../../core/safe-text';
import type { EvaluationSummaryRow } from '../../../store';

type DashboardResponse = z.output<typeof Dashboard>;
type Department = DashboardResponse['departments'][number];

interface Column<T> {
  header: string;
  width: number;
  value: (row: T) => string | number | null;
  /** Excel number format of a numeric column. */
  numFmt?: string;
}

const SCORE = '0.00';
const CHANGE = '+0.00;-0.00;0.00';
const COUNT = '0';
const FONT = { name: '宋体', size: 11 };
const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** 已提交、已审核、已公开 */
export const statusNames = (ss: readonly Status[]) => ss.map((s) => STATUS_LABEL[s]).join('、');

/**
 * A sheet with a title, a note under it, one header row and the rows: numbers are stored as numbers with their
 * format, the header stays in view and repeats on every printed page (A4 landscape, fitted to the width).
 */
function addTable<T>(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  notes: string[],
  columns: Column<T>[],
  rows: readonly T[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  const last = columns.length;
  const lines = [title, ...notes];
  lines.forEach((text, i) => {
    const r = ws.getRow(i + 1);
    r.getCell(1).value = text;
    r.getCell(1).font = i === 0 ? { ...FONT, size: 14, bold: true } : { ...FONT, size: 10 };
    r.getCell(1).alignment = { vertical: 'middle', horizontal: i === 0 ? 'center' : 'left', wrapText: true };
    if (i === 0) r.height = 24;
    ws.mergeCells(i + 1, 1, i + 1, last);
  });
  const headerAt = lines.length + 1;
  const header = ws.getRow(headerAt);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF6' } };
    cell.border = BORDER;
    ws.getColumn(i + 1).width = c.width;
  });
  rows.forEach((row, n) => {
    const r = ws.getRow(headerAt + 1 + n);
    columns.forEach((c, i) => {
      const cell = r.getCell(i + 1);
      const v = c.value(row);
      cell.value = v;
      cell.font = FONT;
      cell.border = BORDER;
      if (typeof v === 'number' && c.numFmt) cell.numFmt = c.numFmt;
      cell.alignment = { vertical: 'middle', horizontal: typeof v === 'number' ? 'right' : 'left' };
    });
  });
  ws.views = [{ state: 'frozen', ySplit: headerAt }];
  ws.pageSetup.printTitlesRow = `${headerAt}:${headerAt}`;
  if (rows.length > 0)
    ws.autoFilter = { from: { row: headerAt, column: 1 }, to: { row: headerAt + rows.length, column: last } };
  return ws;
}

const departmentColumns = (previous: Map<number, number | null>): Column<Department>[] => [
  { header: '部门', width: 44, value: (d) => d.name },
  { header: '得分', width: 10, value: (d) => d.total, numFmt: SCORE },
  { header: '等级', width: 8, value: (d) => d.grade },
  { header: '预算执行率（%）', width: 14, value: (d) => d.executionRate, numFmt: SCORE },
  { header: '上年得分', width: 10, value: (d) => previous.get(d.id) ?? null, numFmt: SCORE },
  {
    header: '同比变化',
    width: 10,
    value: (d) => {
      const p = previous.get(d.id);
      return d.total === null || p === null || p === undefined ? null : Math.round((d.total - p) * 100) / 100;
    },
    numFmt: CHANGE,
  },
  { header: '审核错误', width: 10, value: (d) => d.findings.error, numFmt: COUNT },
  { header: '审核警告', width: 10, value: (d) => d.findings.warning, numFmt: COUNT },
  { header: '状态', width: 10, value: (d) => STATUS_LABEL[d.status] },
];

/** 草稿 2 份、退回 1 份 */
export function uncountedSummary(d: Pick<DashboardResponse, 'uncounted'>): string {
  const by = new Map<Status, number>();
  for (const u of d.uncounted) by.set(u.status, (by.get(u.status) ?? 0) + 1);
  return STATUSES.filter((s) => by.has(s))
    .map((s) => `${STATUS_LABEL[s]} ${by.get(s)} 份`)
    .join('、');
}

/** The ranking of a district's year as the dashboard shows it (same filter), with the uncounted ones apart. */
export async function writeRankingWorkbook(stored: DashboardResponse, storedPlace: string): Promise<Buffer> {
  // Names stored before input was checked may hold characters XML cannot: dropped, so the workbook still opens.
  const d = xmlSafeDeep(stored);
  const place = xmlSafeDeep(storedPlace);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  const previous = new Map(d.yearOverYear.map((y) => [y.departmentId, y.previous]));
  const columns: Column<Department>[] = [
    { header: '排名', width: 7, value: (x) => x.rank, numFmt: COUNT },
    ...departmentColumns(previous),
  ];
  const notes = [
    `计入排名和平均分：${statusNames(d.counted)}` +
      (d.statuses.length < 5 ? `；筛选状态：${statusNames(d.statuses)}` : '') +
      (d.uncounted.length ? `；未计入：${uncountedSummary(d)}（见“未计入”表）` : ''),
    `参评部门 ${d.departments.length} 个，已算出得分 ${d.averages.scored} 个；平均得分 ${
      d.averages.total === null ? '—' : d.averages.total.toFixed(2)
    } 分，平均预算执行率 ${d.averages.executionRate === null ? '—' : `${d.averages.executionRate.toFixed(2)}%`}`,
  ];
  addTable(wb, '排名', `${place} ${d.year} 年度部门整体支出绩效自评排名`, notes, columns, d.departments);
  if (d.uncounted.length) {
    addTable(
      wb,
      '未计入',
      `${place} ${d.year} 年度未计入排名的自评`,
      [
        `以下自评的状态为${statusNames(STATUSES.filter((s) => d.uncounted.some((u) => u.status === s)))}，未计入排名和平均分`,
      ],
      departmentColumns(new Map()).filter((c) => c.header !== '上年得分' && c.header !== '同比变化'),
      d.uncounted,
    );
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const listColumns: Column<EvaluationSummaryRow>[] = [
  { header: '部门', width: 44, value: (r) => r.departmentName },
  { header: '所属区', width: 10, value: (r) => r.district },
  { header: '年度', width: 8, value: (r) => r.year, numFmt: COUNT },
  { header: '状态', width: 10, value: (r) => STATUS_LABEL[r.status] },
  { header: '得分', width: 10, value: (r) => r.derived.total, numFmt: SCORE },
  { header: '等级', width: 8, value: (r) => r.derived.grade },
  { header: '预算执行率（%）', width: 14, value: (r) => r.derived.executionRate, numFmt: SCORE },
  { header: '审核错误', width: 10, value: (r) => r.derived.findingsError, numFmt: COUNT },
  { header: '审核警告', width: 10, value: (r) => r.derived.findingsWarning, numFmt: COUNT },
  { header: '版本', width: 7, value: (r) => r.version, numFmt: COUNT },
  { header: '更新时间', width: 20, value: (r) => formatTime(r.updatedAt) },
];

/** `2024-03-05 14:07`, in China's time, whatever the server's zone. */
function formatTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The evaluation list with the list's filter, one row per evaluation. */
export async function writeListWorkbook(
  stored: readonly EvaluationSummaryRow[],
  storedTitle: string,
  filterNote: string,
): Promise<Buffer> {
  const rows = xmlSafeDeep(stored);
  const title = xmlSafeDeep(storedTitle);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  addTable(wb, '自评列表', title, [`${filterNote}；共 ${rows.length} 份`], listColumns, rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
