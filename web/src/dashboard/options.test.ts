import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../api';
import {
  changeOption,
  deductionsOption,
  findingsOption,
  gradeOption,
  scatterOption,
  short,
  topFindings,
  unmetOption,
} from './options';

const dep = (id: number, total: number | null, grade: string | null, error: number, warning: number) => ({
  id,
  evaluationId: id + 100,
  name: `部门${id}`,
  rank: null,
  total,
  grade,
  executionRate: total === null ? null : 95,
  status: 'submitted' as const,
  findings: { error, warning },
});

const d: Dashboard = {
  district: '海珠区',
  year: 2023,
  statuses: ['draft', 'submitted', 'returned', 'approved', 'published'],
  includeDrafts: false,
  counted: ['submitted', 'approved', 'published'],
  statusCounts: { draft: 0, submitted: 4, returned: 0, approved: 0, published: 0 },
  uncounted: [],
  averages: { scored: 0, total: null, executionRate: null },
  departments: [dep(1, 91.46, '优', 0, 2), dep(2, 85, '良', 1, 0), dep(3, null, null, 3, 1)],
  grades: { 优: 1, 良: 1, 中: 0, 差: 0 },
  scoreHistogram: [],
  topDeductions: [],
  unmetIndicators: [],
  yearOverYear: [
    { departmentId: 1, name: '部门1', year: 2023, total: 91.46, previous: 80 },
    { departmentId: 2, name: '部门2', year: 2023, total: 85, previous: null },
  ],
};

type Series = { data: Array<{ name?: string; value: unknown }> }[];

describe('dashboard options', () => {
  it('draws one pie slice per grade that has departments', () => {
    const s = (gradeOption(d) as { series: Series }).series[0]!.data;
    expect(s.map((x) => [x.name, x.value])).toEqual([
      ['优', 1],
      ['良', 1],
    ]);
  });

  it('plots only departments with both a score and a rate', () => {
    const s = (scatterOption(d) as { series: Series }).series[0]!.data;
    expect(s.map((x) => x.value)).toEqual([
      [95, 91.46],
      [95, 85],
    ]);
  });

  it('ranks departments by errors, then warnings', () => {
    expect(topFindings(d).map((x) => x.id)).toEqual([3, 2, 1]);
  });

  it('counts year-over-year bands', () => {
    const s = (changeOption(d) as { series: Series }).series[0]!.data;
    expect(s.map((x) => x.value)).toEqual([0, 0, 0, 0, 1, 1]);
  });

  it('drops the city and district government from axis names', () => {
    expect(short('广州市海珠区人民政府南华西街道办事处')).toBe('南华西街道办事处');
    expect(short('某某单位名称很长很长很长很长很长', 6)).toBe('某某单位名称…');
  });

  it('tooltips show names as text: no element from a hostile department or indicator name', () => {
    const evil = '<meta http-equiv="refresh" content="0;url=/boom"><img src=x onerror=window.__x=1>';
    const hostile: Dashboard = {
      ...d,
      departments: d.departments.map((x) => ({ ...x, name: `${evil}${x.id}` })),
      topDeductions: [{ name: evil, count: 2, points: 1.5, departmentIds: [1, 2] }],
      unmetIndicators: [{ name: evil, count: 3, departmentIds: [1, 2, 3] }],
    };
    type Tip = { tooltip: { formatter: (p: unknown) => string } };
    const tips = [
      (scatterOption(hostile) as unknown as Tip).tooltip.formatter({
        data: { name: `${evil}1`, value: [95, 91.46] },
      }),
      (deductionsOption(hostile) as unknown as Tip).tooltip.formatter([{ dataIndex: 0 }]),
      (unmetOption(hostile) as unknown as Tip).tooltip.formatter([{ dataIndex: 0 }]),
      (findingsOption(hostile) as unknown as Tip).tooltip.formatter([{ dataIndex: 0 }]),
    ];
    for (const tip of tips) {
      // The only tag left is the line break the option writes itself.
      expect(tip.replace(/<br\/>/g, '')).not.toMatch(/[<>"]/);
      expect(tip).toContain('&lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=/boom&quot;&gt;');
    }
    expect(tips[1]).toContain('2 个部门失分，共 1.5 分');
    expect(tips[3]).toContain('&lt;img src=x onerror=window.__x=1&gt;3<br/>');
  });
});
