import { describe, expect, it } from 'vitest';
import type { Dashboard } from '../api';
import { byChangeBand, byGrade, byScoreRange, changeBand, inRange } from './selections';

const dep = (id: number, total: number | null, grade: string | null) => ({
  id,
  evaluationId: id + 100,
  name: `部门${id}`,
  rank: null,
  total,
  grade,
  executionRate: null,
  status: 'submitted' as const,
  findings: { error: 0, warning: 0 },
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
  departments: [dep(1, 91.46, '优'), dep(2, 85, '良'), dep(3, 59.9, '差'), dep(4, null, null)],
  grades: { 优: 1, 良: 1, 中: 0, 差: 1 },
  scoreHistogram: [],
  topDeductions: [],
  unmetIndicators: [],
  yearOverYear: [
    { departmentId: 1, name: '部门1', year: 2023, total: 91.46, previous: 94 },
    { departmentId: 2, name: '部门2', year: 2023, total: 85, previous: 85 },
    { departmentId: 3, name: '部门3', year: 2023, total: 59.9, previous: null },
  ],
};

describe('dashboard selections', () => {
  it.each([
    [59.99, '<60', true],
    [60, '<60', false],
    [60, '60-70', true],
    [90, '80-90', false],
    [100, '90-100', true],
  ])('%d in %s is %s', (total, range, yes) => {
    expect(inRange(total, range)).toBe(yes);
  });

  it('selects the departments of a grade and of a score range', () => {
    expect([...byGrade(d, '优').ids]).toEqual([1]);
    expect([...byScoreRange(d, '80-90').ids]).toEqual([2]);
    expect([...byScoreRange(d, '<60').ids]).toEqual([3]);
  });

  it('bands the year-over-year change', () => {
    expect(changeBand(91.46, 94)).toBe('下降 0–5 分');
    expect(changeBand(85, 85)).toBe('基本持平');
    expect(changeBand(70, null)).toBe('无可比数据');
    expect([...byChangeBand(d, '无可比数据').ids]).toEqual([3]);
  });
});
