/** ECharts options of the dashboard, built from the API figures; pure, so they are tested without a browser. */

import { escapeHtml } from '../../../src/core/html';
import { SEVERITY_LABEL } from '../../../src/core/labels';
import type { Dashboard, DashboardDepartment } from '../api';
import type { ChartOption } from '../charts/echarts';
import { CHANGE_BANDS, changeBand } from './selections';

export const GRADE_COLORS: Record<string, string> = {
  优: '#52c41a',
  良: '#1f5fa8',
  中: '#faad14',
  差: '#f5222d',
};
const GRADES = ['优', '良', '中', '差'] as const satisfies readonly (keyof Dashboard['grades'])[];

/** Many departments: no animation, so 2,000 points draw at once. */
const base = (n: number) => ({
  animation: n <= 300,
  tooltip: {},
  grid: { left: 48, right: 16, top: 24, bottom: 32, containLabel: true },
});

/** Long names shortened on an axis (the tooltip keeps them whole): `广州市海珠区人民政府` adds nothing within a district. */
export function short(s: string, n = 12): string {
  const t = s.replace(/^.{2,4}市.{1,4}区人民政府/, '');
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

export function gradeOption(d: Dashboard): ChartOption {
  return {
    ...base(d.departments.length),
    tooltip: { trigger: 'item', formatter: '{b}：{c} 个部门（{d}%）' },
    legend: { bottom: 0, data: [...GRADES] },
    series: [
      {
        type: 'pie',
        radius: ['40%', '70%'],
        label: { formatter: '{b} {c}' },
        // Empty grades stay in the legend but draw no slice or label.
        data: GRADES.filter((g) => (d.grades[g] ?? 0) > 0).map((g) => ({
          name: g,
          value: d.grades[g],
          itemStyle: { color: GRADE_COLORS[g] },
        })),
      },
    ],
  };
}

export function histogramOption(d: Dashboard): ChartOption {
  return {
    ...base(d.departments.length),
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: d.scoreHistogram.map((b) => b.range),
      name: '得分（分）',
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: { type: 'value', name: '部门数', minInterval: 1 },
    series: [
      {
        type: 'bar',
        barMaxWidth: 36,
        data: d.scoreHistogram.map((b) => b.count),
        itemStyle: { color: '#1f5fa8' },
        label: { show: true, position: 'top' },
      },
    ],
  };
}

/** Each department a point: execution rate across, score up. */
export function scatterOption(d: Dashboard): ChartOption {
  const pts = d.departments.filter((x) => x.total !== null && x.executionRate !== null);
  return {
    ...base(pts.length),
    tooltip: {
      trigger: 'item',
      formatter: (p: { data: { name: string; value: [number, number] } }) =>
        `${escapeHtml(p.data.name)}<br/>执行率 ${p.data.value[0]}%<br/>得分 ${p.data.value[1]}`,
    },
    xAxis: {
      type: 'value',
      name: '预算执行率（%）',
      nameLocation: 'middle',
      nameGap: 28,
      min: (v: { min: number }) => Math.max(0, Math.floor(v.min / 5) * 5 - 5),
      max: (v: { max: number }) => Math.max(100, Math.ceil(v.max)),
    },
    yAxis: {
      type: 'value',
      name: '得分',
      min: (v: { min: number }) => Math.max(0, Math.floor(v.min / 5) * 5 - 5),
      max: 100,
    },
    series: [
      {
        type: 'scatter',
        symbolSize: pts.length > 500 ? 5 : 9,
        large: pts.length > 1000,
        data: pts.map((x) => ({
          name: x.name,
          id: x.id,
          value: [x.executionRate, x.total],
          itemStyle: { color: GRADE_COLORS[x.grade ?? ''] ?? '#999' },
        })),
      },
    ],
  };
}

function horizontalBars(
  n: number,
  names: string[],
  values: number[],
  color: string,
  /** The tooltip's HTML: escape every text in it (`escapeHtml`). */
  tooltip?: (i: number) => string,
): ChartOption {
  return {
    ...base(n),
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      ...(tooltip ? { formatter: (p: Array<{ dataIndex: number }>) => tooltip(p[0]!.dataIndex) } : {}),
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names.map((s) => short(s, 16)), inverse: true },
    series: [
      {
        type: 'bar',
        barMaxWidth: 36,
        data: values,
        itemStyle: { color },
        label: { show: true, position: 'right' },
      },
    ],
  };
}

export function deductionsOption(d: Dashboard): ChartOption {
  const list = d.topDeductions;
  return horizontalBars(
    d.departments.length,
    list.map((x) => x.name),
    list.map((x) => x.count),
    '#fa8c16',
    (i) => `${escapeHtml(list[i]!.name)}<br/>${list[i]!.count} 个部门失分，共 ${list[i]!.points} 分`,
  );
}

export function unmetOption(d: Dashboard): ChartOption {
  const list = d.unmetIndicators;
  return horizontalBars(
    d.departments.length,
    list.map((x) => x.name),
    list.map((x) => x.count),
    '#f5222d',
    (i) => `${escapeHtml(list[i]!.name)}<br/>${list[i]!.count} 个部门未完成`,
  );
}

/** The departments with the most audit findings, errors and warnings stacked. */
export function topFindings(d: Dashboard, n = 12): DashboardDepartment[] {
  return d.departments
    .filter((x) => (x.findings.error ?? 0) + (x.findings.warning ?? 0) > 0)
    .sort(
      (a, b) =>
        (b.findings.error ?? 0) - (a.findings.error ?? 0) ||
        (b.findings.warning ?? 0) - (a.findings.warning ?? 0),
    )
    .slice(0, n);
}

export function findingsOption(d: Dashboard): ChartOption {
  const list = topFindings(d);
  return {
    ...base(d.departments.length),
    grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: Array<{ dataIndex: number }>) => {
        const x = list[p[0]!.dataIndex]!;
        return `${escapeHtml(x.name)}<br/>${SEVERITY_LABEL.error} ${x.findings.error ?? 0} 处，${SEVERITY_LABEL.warning} ${x.findings.warning ?? 0} 处`;
      },
    },
    legend: { top: 0 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: list.map((x) => short(x.name, 14)), inverse: true },
    series: [
      {
        name: SEVERITY_LABEL.error,
        type: 'bar',
        barMaxWidth: 36,
        stack: 'f',
        data: list.map((x) => x.findings.error ?? 0),
        itemStyle: { color: '#f5222d' },
      },
      {
        name: SEVERITY_LABEL.warning,
        type: 'bar',
        barMaxWidth: 36,
        stack: 'f',
        data: list.map((x) => x.findings.warning ?? 0),
        itemStyle: { color: '#faad14' },
      },
    ],
  };
}

export const CHANGE_LABELS = [...CHANGE_BANDS.map((b) => b.label), '无可比数据'];

export function changeOption(d: Dashboard): ChartOption {
  const counts = new Map(CHANGE_LABELS.map((l) => [l, 0]));
  for (const y of d.yearOverYear) {
    const band = changeBand(y.total, y.previous);
    counts.set(band, (counts.get(band) ?? 0) + 1);
  }
  const colors = ['#f5222d', '#ff7a45', '#bfbfbf', '#73d13d', '#389e0d', '#d9d9d9'];
  return {
    ...base(d.departments.length),
    tooltip: { trigger: 'axis' },
    // Two lines per label (`下降` / `5 分以上`) so six bands fit side by side.
    xAxis: {
      type: 'category',
      data: CHANGE_LABELS,
      axisLabel: { interval: 0, fontSize: 11, formatter: (s: string) => s.replace(/^(\S{2})\s*/, '$1\n') },
    },
    yAxis: { type: 'value', name: '部门数', minInterval: 1 },
    series: [
      {
        type: 'bar',
        barMaxWidth: 36,
        data: CHANGE_LABELS.map((l, i) => ({ value: counts.get(l) ?? 0, itemStyle: { color: colors[i] } })),
        label: { show: true, position: 'top' },
      },
    ],
  };
}
