/** The project rules of the services: the key of a project, the list's filters and coverage, the gate, staff limits. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkProjectSubmission as gate } from '../../core/gate-project';
import { findRubric } from '../../rubrics';
import { type Derived, type EvaluationSummaryRow, openSqliteStore } from '../../store';
import { derivedRev } from './derive';
import { documentKind, projectSubject } from './kinds';
import { buildDashboardProjects, keepProject, projectCoverage } from './project-figures';

const checkProjectSubmission = (doc: unknown) => gate(doc, findRubric);

import { refreshStaleDerived } from './seed';
import { findProjectStaffViolation } from './staff-edit';

const changshou = JSON.parse(
  readFileSync(new URL('../../../examples/projects/xinhua-2022-changshou.json', import.meta.url), 'utf8'),
);

const derived = (over: Partial<Derived> = {}): Derived => ({
  total: 90,
  grade: '优',
  executionRate: 95,
  findingsError: 0,
  findingsWarning: 0,
  details: { deductions: [], unmet: [] },
  rev: 'x',
  ...over,
});

const row = (id: number, d: Derived): EvaluationSummaryRow => ({
  id,
  kind: 'project',
  subject: `p${id}`,
  departmentId: 1,
  departmentName: '甲街道',
  district: '海珠区',
  year: 2023,
  status: 'draft',
  version: 1,
  updatedAt: '',
  updatedBy: '',
  derived: d,
});

describe('project rules of the server', () => {
  it.each([
    [{ project: { name: '长者 长寿保健金（项目）', code: ' 2023001 ' } }, '2023001'],
    [{ project: { name: '长者 长寿保健金（项目）', code: '' } }, '长者长寿保健金项目'],
    [{ project: { name: '长者长寿保健金项目' } }, '长者长寿保健金项目'],
    [{}, ''],
  ])('keys a project by its code, else its normalised name: %j → %s', (doc, key) => {
    expect(projectSubject(doc)).toBe(key);
  });

  it('filters unscored, unmet and low-execution projects (under 80%)', () => {
    const rows = [
      row(1, derived({ total: null, grade: null })),
      row(2, derived({ details: { deductions: [], unmet: ['指标甲'] } })),
      row(3, derived({ executionRate: 79.99 })),
      row(4, derived({ executionRate: 80 })),
    ];
    const ids = (f: Parameters<typeof keepProject>[1]) =>
      rows.filter((r) => keepProject(r, f)).map((r) => r.id);
    expect(ids(undefined)).toEqual([1, 2, 3, 4]);
    expect(ids('unscored')).toEqual([1]);
    expect(ids('unmet')).toEqual([2]);
    expect(ids('low_execution')).toEqual([3]);
  });

  it('gives 自评覆盖率 in percent with 2 decimals, none without projects', () => {
    expect(projectCoverage({ count: 228, scored: 228 })).toEqual({ projects: 228, scored: 228, rate: 100 });
    expect(projectCoverage({ count: 3, scored: 2 })).toEqual({ projects: 3, scored: 2, rate: 66.67 });
    expect(projectCoverage(undefined)).toEqual({ projects: 0, scored: 0, rate: null });
  });

  it('names the dashboard’s lowest projects by their name, skipping unscored ones', () => {
    const facts = {
      name: '环境卫生保洁服务',
      code: null,
      category: null,
      owner: null,
      budget: 1,
      executed: 1,
    };
    const low = row(
      7,
      derived({ total: 58, grade: '差', details: { deductions: [], unmet: [], project: facts } }),
    );
    const out = buildDashboardProjects([], [low, row(8, derived({ total: null }))]);
    expect(out.lowest).toEqual([
      {
        evaluationId: 7,
        name: '环境卫生保洁服务',
        departmentId: 1,
        departmentName: '甲街道',
        total: 58,
        grade: '差',
      },
    ]);
  });

  it('lets 新华’s 长者长寿保健金项目 through the gate and stops it without its money', () => {
    expect(checkProjectSubmission(changshou)).toMatchObject({ ok: true, blocking: [] });
    const bare = { ...changshou, finance: { bySource: [] } };
    const codes = checkProjectSubmission(bare).blocking.map((b) => b.code);
    expect(codes).toEqual(expect.arrayContaining(['budget_empty', 'executed_empty']));
  });

  it('scores it 100 (优) with execution 100%, as the seed prints 809.28 of 809.28 万元', () => {
    const d = documentKind('project').derive(changshou, 'x');
    expect(d).toMatchObject({ total: 100, grade: '优', executionRate: 100 });
    expect(d.details.project).toMatchObject({ name: '长者长寿保健金项目', budget: 809.28, executed: 809.28 });
  });

  it('recomputes a stale project row by its kind: scored on the project rubric, its list columns kept', async () => {
    const store = openSqliteStore(':memory:');
    try {
      await store.migrate();
      const dept = await store.createDepartment(
        { name: '新华', district: '花都区' },
        { userId: null, username: 't' },
      );
      const row = await store.createEvaluation(
        {
          departmentId: dept.id,
          year: 2022,
          kind: 'project',
          subject: projectSubject(changshou),
          data: changshou,
          derived: derived({ total: null, grade: null, rev: 'old' }),
        },
        { userId: null, username: 't' },
      );
      expect(await refreshStaleDerived(store, derivedRev())).toBe(1);
      const after = await store.getEvaluation(row!.id);
      expect(after?.derived).toMatchObject({ total: 100, grade: '优', rev: derivedRev() });
      expect(after?.derived.details.project?.name).toBe('长者长寿保健金项目');
    } finally {
      await store.close();
    }
  });

  it('scores 228 filled-in projects of a department (measured, printed)', () => {
    const docs = Array.from({ length: 228 }, (_, i) => ({
      ...changshou,
      project: { ...changshou.project, name: `项目${i}` },
      finance: { ...changshou.finance, executed: 809.28 - (i % 50) },
    }));
    const kind = documentKind('project');
    const t0 = performance.now();
    const totals = docs.map((d) => kind.derive(d, 'x').total);
    const ms = performance.now() - t0;
    console.log(`评分 228 份填写完整的项目自评：${ms.toFixed(1)} ms`);
    expect(totals.every((t) => t !== null && t <= 100)).toBe(true);
    expect(totals[0]).toBe(100);
  });

  it('lets a project’s owner change all but its owner; others only their own indicators', () => {
    const doc = {
      project: { name: 'x', owner: 'li' },
      indicators: [{ name: '甲', owner: 'wang' }, { name: '乙' }],
      conclusion: null,
    };
    const edit = (f: (d: typeof doc) => void) => {
      const d = structuredClone(doc);
      f(d);
      return d;
    };
    const li = { username: 'li', name: '李明' };
    const wang = { username: 'wang', name: '王芳' };
    const conclude = edit((d) => Object.assign(d, { conclusion: '好' }));
    const check = (after: unknown, who: typeof li, before: unknown = doc) =>
      findProjectStaffViolation(before, after, who);
    expect(check(conclude, li)).toBeNull();
    expect(check(conclude, wang)).toBe('conclusion');
    expect(
      check(
        edit((d) => Object.assign(d.project, { owner: 'wang' })),
        li,
      ),
    ).toBe('project.owner');
    expect(
      check(
        edit((d) => Object.assign(d.indicators[0]!, { actual: '1' })),
        wang,
      ),
    ).toBeNull();
    expect(
      check(
        edit((d) => Object.assign(d.indicators[1]!, { actual: '1' })),
        wang,
      ),
    ).toBe('indicators[1]');
    // A list from the budget system names the 项目负责人 as a person: the display name owns it too.
    const named = { ...doc, project: { name: 'x', owner: '李明' } };
    expect(check({ ...named, conclusion: '好' }, li, named)).toBeNull();
    expect(check({ ...named, conclusion: '好' }, wang, named)).toBe('conclusion');
  });
});
