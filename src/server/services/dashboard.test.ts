import { describe, expect, it } from 'vitest';
import type { Status } from '../../core/labels';
import type { Derived, EvaluationSummaryRow } from '../../store';
import { buildDashboard, countedStatuses, rankRows, splitRows } from './dashboard';

const derived = (total: number | null, executionRate: number | null = 90, unmet: string[] = []): Derived => ({
  total,
  grade: total === null ? null : total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差',
  executionRate,
  findingsError: 0,
  findingsWarning: 1,
  details: { deductions: [], unmet },
  rev: 'x',
});

const row = (id: number, status: Status, d: Derived, year = 2023): EvaluationSummaryRow => ({
  id: id * 10000 + year,
  kind: 'department',
  subject: '',
  departmentId: id,
  departmentName: `部门${id}`,
  district: '海珠区',
  year,
  status,
  version: 1,
  updatedAt: '',
  updatedBy: '',
  derived: d,
});

/** Two submitted, one approved, one published; a draft with the best score and a returned one with the worst. */
const rows = [
  row(1, 'submitted', derived(88, 95, ['甲'])),
  row(2, 'approved', derived(92, 85)),
  row(3, 'published', derived(null, null)),
  row(4, 'submitted', derived(70, 60)),
  row(5, 'draft', derived(99, 100, ['乙'])),
  row(6, 'returned', derived(40, 10)),
];

describe('buildDashboard: what counts', () => {
  it('counts only submitted, approved and published evaluations by default, drafts and returned apart', () => {
    const d = buildDashboard(rows, []);
    expect(d.counted).toEqual(['submitted', 'approved', 'published']);
    expect(d.departments.map((x) => x.id)).toEqual([2, 1, 4, 3]);
    expect(d.uncounted.map((x) => [x.id, x.status])).toEqual([
      [5, 'draft'],
      [6, 'returned'],
    ]);
    expect(d.statusCounts).toEqual({ draft: 1, submitted: 2, returned: 1, approved: 1, published: 1 });
    // (92 + 88 + 70) / 3 and (85 + 95 + 60) / 3; the published one has no score and no rate.
    expect(d.averages).toEqual({ scored: 3, total: 83.33, executionRate: 80 });
    expect(d.grades).toEqual({ 优: 1, 良: 1, 中: 1, 差: 0 });
    expect(d.scoreHistogram.map((b) => b.count)).toEqual([0, 0, 1, 1, 1]);
    expect(d.unmetIndicators.map((u) => u.name)).toEqual(['甲']);
    expect(d.uncounted.every((u) => u.rank === null)).toBe(true);
  });

  it('counts drafts and returned ones too when asked', () => {
    const d = buildDashboard(rows, [], { statuses: null, includeDrafts: true });
    expect(d.counted).toEqual(countedStatuses(true));
    expect(d.departments.map((x) => [x.id, x.rank])).toEqual([
      [5, 1],
      [2, 2],
      [1, 3],
      [4, 4],
      [6, 5],
      [3, null],
    ]);
    expect(d.uncounted).toEqual([]);
    expect(d.averages).toEqual({ scored: 5, total: 77.8, executionRate: 70 });
    expect(d.unmetIndicators.map((u) => u.name).sort()).toEqual(['乙', '甲']);
  });

  it('shows only the statuses asked for, and still keeps a draft out of the figures', () => {
    const d = buildDashboard(rows, [], { statuses: ['approved', 'draft'], includeDrafts: false });
    expect(d.statuses).toEqual(['draft', 'approved']);
    expect(d.departments.map((x) => x.id)).toEqual([2]);
    expect(d.uncounted.map((x) => x.id)).toEqual([5]);
    expect(d.statusCounts).toEqual({ draft: 1, submitted: 0, returned: 0, approved: 1, published: 0 });
    expect(d.averages.total).toBe(92);
  });

  it('compares with last year only when last year counts by the same rule', () => {
    const previous = [row(1, 'approved', derived(80), 2022), row(2, 'draft', derived(75), 2022)];
    const d = buildDashboard(rows, previous);
    const prev = (id: number) => d.yearOverYear.find((y) => y.departmentId === id)?.previous;
    expect(prev(1)).toBe(80);
    expect(prev(2)).toBeNull();
    const all = buildDashboard(rows, previous, { statuses: null, includeDrafts: true });
    expect(all.yearOverYear.find((y) => y.departmentId === 2)?.previous).toBe(75);
  });
});

describe('rankRows', () => {
  it('gives equal printed scores one place and leaves unscored ones unranked', () => {
    const r = rankRows([
      row(1, 'submitted', derived(80)),
      row(2, 'submitted', derived(90.004)),
      row(3, 'submitted', derived(null)),
      row(4, 'submitted', derived(89.996)),
      row(5, 'submitted', derived(95)),
    ]);
    expect(r.map((x) => [x.id, x.rank])).toEqual([
      [5, 1],
      [2, 2],
      [4, 2],
      [1, 4],
      [3, null],
    ]);
  });
});

describe('splitRows', () => {
  it('filters by status before splitting', () => {
    const s = splitRows(rows, { statuses: ['returned', 'submitted'], includeDrafts: false });
    expect(s.shown.map((x) => x.departmentId)).toEqual([1, 4, 6]);
    expect(s.counted.map((x) => x.departmentId)).toEqual([1, 4]);
    expect(s.uncounted.map((x) => x.departmentId)).toEqual([6]);
  });
});
