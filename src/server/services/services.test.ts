import { describe, expect, it } from 'vitest';
import type { Evaluation as Doc } from '../../core/model';
import { Evaluation } from '../../core/model';
import type { Derived, EvaluationSummaryRow } from '../../store';
import { summarizeChange } from './change-summary';
import { buildDashboard } from './dashboard';
import { findStaffViolation } from './staff-edit';
import { transitionFor } from './workflow';

describe('transitionFor', () => {
  it.each([
    ['draft', 'submit', 'submitted'],
    ['returned', 'submit', 'submitted'],
    ['submitted', 'return', 'returned'],
    ['submitted', 'approve', 'approved'],
    ['approved', 'publish', 'published'],
    ['submitted', 'withdraw', 'draft'],
    ['approved', 'reopen', 'returned'],
    ['published', 'reopen', 'returned'],
  ] as const)('%s —%s→ %s', (from, action, to) => {
    expect(transitionFor(from, action)?.to).toBe(to);
  });

  it.each([
    ['draft', 'approve'],
    ['draft', 'publish'],
    ['draft', 'return'],
    ['submitted', 'submit'],
    ['submitted', 'publish'],
    ['approved', 'return'],
    ['approved', 'submit'],
    ['published', 'return'],
    ['published', 'submit'],
    ['returned', 'approve'],
    ['draft', 'withdraw'],
    ['returned', 'withdraw'],
    ['approved', 'withdraw'],
    ['draft', 'reopen'],
    ['submitted', 'reopen'],
    ['returned', 'reopen'],
  ] as const)('refuses %s —%s→', (from, action) => {
    expect(transitionFor(from, action)).toBeNull();
  });
});

describe('findStaffViolation', () => {
  const doc = Evaluation.parse({
    department: { name: '甲' },
    year: 2023,
    rubric: 'gz-dept-2023',
    indicators: [
      { name: 'A', owner: 'li' },
      { name: 'B', owner: 'wang' },
    ],
    projects: [{ name: 'P', indicators: [{ name: 'C', owner: 'li' }, { name: 'D' }] }],
  });
  const edit = (f: (d: Doc) => void) => {
    const d = structuredClone(doc);
    f(d);
    return d;
  };

  it.each([
    ['own indicator', (d: Doc) => (d.indicators[0]!.actual = '100%'), null],
    ['own project indicator', (d: Doc) => (d.projects[0]!.indicators[0]!.actual = '5 个'), null],
    ['nothing', () => {}, null],
    ['another indicator', (d: Doc) => (d.indicators[1]!.actual = 'x'), 'indicators[1]'],
    ['an owner', (d: Doc) => (d.indicators[1]!.owner = 'li'), 'indicators[1].owner'],
    ['giving away', (d: Doc) => (d.indicators[0]!.owner = 'wang'), 'indicators[0].owner'],
    [
      'an unowned project indicator',
      (d: Doc) => (d.projects[0]!.indicators[1]!.actual = 'x'),
      'projects[0].indicators[1]',
    ],
    ['adding an indicator', (d: Doc) => d.indicators.push({ ...d.indicators[0]!, name: 'E' }), 'indicators'],
    ['the title', (d: Doc) => (d.title = 'x'), 'title'],
    ['the finance', (d: Doc) => (d.finance.budget = 1), 'finance'],
    ['a project name', (d: Doc) => (d.projects[0]!.name = 'Q'), 'projects'],
  ])('changing %s → %s', (_what, f, expected) => {
    expect(findStaffViolation(doc, edit(f), 'li')).toBe(expected);
  });
});

describe('summarizeChange', () => {
  it('names the changed fields in Chinese, rows by their name', () => {
    const before = { title: 'a', indicators: [{ name: '甲', actual: '1' }], problems: [] };
    const after = { title: 'b', indicators: [{ name: '甲', actual: '2' }], problems: ['新问题'] };
    expect(summarizeChange(before, after)).toBe(
      '修改：报告标题；绩效指标第 1 行「甲」 · 实际完成值；新增 存在问题第 1 行',
    );
    expect(summarizeChange({ title: 'a' }, { title: 'a' })).toBe('未修改内容');
  });

  it('names three fields and counts the rest', () => {
    const before = { finance: { budget: 1, executed: 1, carryover: 1, basic: 1, project: 1 } };
    const after = { finance: { budget: 2, executed: 2, carryover: 2, basic: 2, project: 2 } };
    expect(summarizeChange(before, after)).toBe('修改：全年预算数；执行数（决算数）；年末结转结余 等 5 处');
  });
});

describe('buildDashboard', () => {
  const derived = (
    total: number | null,
    grade: string | null,
    deductions: [string, number][],
    unmet: string[],
  ): Derived => ({
    total,
    grade,
    executionRate: 90,
    findingsError: 1,
    findingsWarning: 0,
    details: { deductions: deductions.map(([name, points]) => ({ name, points })), unmet },
    rev: 'x',
  });
  const row = (id: number, year: number, d: Derived): EvaluationSummaryRow => ({
    id: id * 10 + year,
    kind: 'department',
    subject: '',
    departmentId: id,
    departmentName: `部门${id}`,
    district: '海珠区',
    year,
    status: 'submitted',
    version: 1,
    updatedAt: '',
    updatedBy: '',
    derived: d,
  });

  it('counts grades, bins scores, ranks deductions and unmet indicators, and pairs years', () => {
    const rows = [
      row(
        1,
        2023,
        derived(
          91.46,
          '优',
          [
            ['预算执行率', 0.5],
            ['指标甲', 1],
          ],
          ['指标甲'],
        ),
      ),
      row(2, 2023, derived(85, '良', [['指标甲', 2]], ['指标甲', '指标乙'])),
      row(3, 2023, derived(59.99, '差', [], [])),
      row(4, 2023, derived(null, null, [], [])),
    ];
    const d = buildDashboard(rows, [row(1, 2022, derived(88, '良', [], []))]);
    expect(d.grades).toEqual({ 优: 1, 良: 1, 中: 0, 差: 1 });
    expect(d.scoreHistogram.map((b) => b.count)).toEqual([1, 0, 0, 1, 1]);
    expect(d.topDeductions[0]).toEqual({ name: '指标甲', count: 2, points: 3, departmentIds: [1, 2] });
    expect(d.unmetIndicators).toEqual([
      { name: '指标甲', count: 2, departmentIds: [1, 2] },
      { name: '指标乙', count: 1, departmentIds: [2] },
    ]);
    expect(d.yearOverYear[0]).toEqual({
      departmentId: 1,
      name: '部门1',
      year: 2023,
      total: 91.46,
      previous: 88,
    });
    expect(d.yearOverYear[1]?.previous).toBeNull();
    expect(d.departments[0]?.findings).toEqual({ error: 1, warning: 0 });
  });
});
