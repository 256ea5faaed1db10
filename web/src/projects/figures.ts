/** The project list's figures as the page shows them: coverage, rates, search, and the grade chart's option. Pure. */
import { round2 } from '../../../src/core/money';
import { GRADES } from '../../../src/core/project-rollup';
import { nameKey } from '../../../src/core/text';
import type { GradeCounts, ProjectCoverage, ProjectListRow } from '../api';
import type { ChartOption } from '../charts/echarts';
import { GRADE_COLORS } from '../dashboard/options';

export { GRADES };

/** Where a department-year's project list is. */
export const projectListPath = (departmentId: number, year: number) =>
  `/departments/${departmentId}/projects?year=${year}`;

/**
 * 自评覆盖率 as the report prints it (`100%`, `0.44%`), or — without projects.
 * @example coverageText({ projects: 228, scored: 1, rate: 0.44 }) // '0.44%'
 */
export function coverageText(c: ProjectCoverage): string {
  return c.rate === null ? '—' : `${c.rate}%`;
}

/** A percent to 2 decimals, or — when unknown. */
export function percentText(v: number | null): string {
  return v === null ? '—' : `${round2(v).toFixed(2)}%`;
}

/**
 * The rows whose name or code contains the search, spaces and widths ignored (`长者 长寿` finds 长者长寿保健金项目).
 * @example searchRows(rows, 'ZX-001')
 */
export function searchRows(rows: readonly ProjectListRow[], search: string): ProjectListRow[] {
  const q = nameKey(search);
  if (!q) return [...rows];
  return rows.filter((r) => nameKey(r.name).includes(q) || (r.code ? nameKey(r.code).includes(q) : false));
}

/** A column's order with blanks last whichever way it is sorted (antd flips the comparator for descending). */
export function compareNullable(a: number | null, b: number | null): number {
  if (a === null && b === null) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a - b;
}

/** The grade distribution as an ECharts bar chart: one bar per grade, in its colour, with its count on top. */
export function distributionOption(d: GradeCounts): ChartOption {
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: '{b}：{c} 个项目' },
    grid: { left: 36, right: 12, top: 24, bottom: 24, containLabel: true },
    xAxis: { type: 'category', data: [...GRADES] },
    yAxis: { type: 'value', minInterval: 1, name: '项目数' },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        label: { show: true, position: 'top' },
        data: GRADES.map((g) => ({ name: g, value: d[g], itemStyle: { color: GRADE_COLORS[g] } })),
      },
    ],
  };
}
