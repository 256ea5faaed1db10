/** Conformance cases of project self-evaluations: kind and subject, their uniqueness, bulk creation, lists, summary. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Derived, NewEvaluation, Store } from '../types';
import { actor, buildDerived, fixtures, unique } from './_shared';

const GRADE_OF = (total: number | null) =>
  total === null ? null : total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';

function projectDerived(total: number | null): Derived {
  return { ...buildDerived(total), grade: GRADE_OF(total) };
}

export function projectCases(held: { store: Store }): void {
  describe('project self-evaluations', () => {
    const { newDepartment } = fixtures(held);
    let store: Store;
    beforeAll(() => {
      store = held.store;
    });

    const project = (departmentId: number, subject: string, total: number | null = 90): NewEvaluation => ({
      departmentId,
      year: 2023,
      kind: 'project',
      subject,
      data: { project: { name: subject } },
      derived: projectDerived(total),
    });

    it('keeps a department evaluation and its projects apart: one of each subject per department-year', async () => {
      const d = await newDepartment();
      const dept = await store.createEvaluation(
        { departmentId: d.id, year: 2023, data: {}, derived: buildDerived() },
        actor,
      );
      expect(dept).toMatchObject({ kind: 'department', subject: '' });
      const a = await store.createEvaluation(project(d.id, 'XM-001'), actor);
      expect(a).toMatchObject({ kind: 'project', subject: 'XM-001', version: 1, status: 'draft' });
      expect(await store.createEvaluation(project(d.id, 'XM-001'), actor)).toBeNull();
      expect(await store.createEvaluation(project(d.id, 'XM-002'), actor)).not.toBeNull();
      // A second department evaluation of the year is still refused.
      const again = await store.createEvaluation(
        { departmentId: d.id, year: 2023, data: {}, derived: buildDerived() },
        actor,
      );
      expect(again).toBeNull();
    });

    it('lists departments by default and projects only when asked', async () => {
      const district = unique('区');
      const d = await newDepartment(district);
      await store.createEvaluation(
        { departmentId: d.id, year: 2023, data: {}, derived: buildDerived(88) },
        actor,
      );
      await store.createEvaluation(project(d.id, 'B'), actor);
      await store.createEvaluation(project(d.id, 'A'), actor);
      const plain = await store.listEvaluations({ district });
      expect(plain.map((r) => r.kind)).toEqual(['department']);
      const projects = await store.listEvaluations({ district, kind: 'project', year: 2023 });
      expect(projects.map((r) => r.subject)).toEqual(['B', 'A']);
      expect(await store.listEvaluations({ departmentIds: [d.id], kind: 'project', year: 2022 })).toEqual([]);
    });

    it('creates 228 projects at once, skipping those that exist and repeats within the batch', async () => {
      const d = await newDepartment();
      await store.createEvaluation(project(d.id, 'P-0005'), actor);
      const inputs = Array.from({ length: 228 }, (_, i) => project(d.id, `P-${String(i).padStart(4, '0')}`));
      const n = await store.createEvaluations([...inputs, inputs[7]!], actor);
      expect(n).toBe(227);
      const rows = await store.listEvaluations({ departmentIds: [d.id], kind: 'project' });
      expect(rows).toHaveLength(228);
      expect(new Set(rows.map((r) => r.subject)).size).toBe(228);
      expect(await store.createEvaluations(inputs, actor)).toBe(0);
    });

    it('creates each project once when the same list is imported twice at the same time', async () => {
      const d = await newDepartment();
      const inputs = Array.from({ length: 40 }, (_, i) => project(d.id, `C-${i}`));
      const counts = await Promise.all([
        store.createEvaluations(inputs, actor),
        store.createEvaluations([...inputs].reverse(), actor),
      ]);
      expect(counts[0]! + counts[1]!).toBe(40);
      expect(await store.listEvaluations({ departmentIds: [d.id], kind: 'project' })).toHaveLength(40);
    });

    it('refuses to rename a project onto a subject its department already has', async () => {
      const d = await newDepartment();
      const a = (await store.createEvaluation(project(d.id, 'A'), actor))!;
      await store.createEvaluation(project(d.id, 'B'), actor);
      const clash = await store.writeEvaluation(
        { id: a.id, expectedVersion: 1, subject: 'B', summary: 'x' },
        actor,
      );
      expect(clash).toEqual({ ok: false, reason: 'exists' });
      const ok = await store.writeEvaluation(
        { id: a.id, expectedVersion: 1, subject: 'C', summary: 'x' },
        actor,
      );
      expect(ok.ok && ok.evaluation.subject).toBe('C');
    });

    it('summarizes a department-year: count, scored and grades, per department', async () => {
      const district = unique('区');
      const d1 = await newDepartment(district);
      const d2 = await newDepartment(district);
      await store.createEvaluations(
        [
          project(d1.id, 'a', 95),
          project(d1.id, 'b', 85),
          project(d1.id, 'c', 85.5),
          project(d1.id, 'd', 59.99),
          project(d1.id, 'e', null),
          project(d2.id, 'a', 70),
          { ...project(d2.id, 'old', 99), year: 2022 },
        ],
        actor,
      );
      // The department's own evaluation is not a project.
      await store.createEvaluation(
        { departmentId: d1.id, year: 2023, data: {}, derived: buildDerived(91) },
        actor,
      );
      const rows = await store.summarizeProjects({ year: 2023, district });
      expect(rows).toEqual([
        {
          departmentId: d1.id,
          departmentName: d1.name,
          year: 2023,
          count: 5,
          scored: 4,
          grades: { 优: 1, 良: 2, 中: 0, 差: 1 },
        },
        {
          departmentId: d2.id,
          departmentName: d2.name,
          year: 2023,
          count: 1,
          scored: 1,
          grades: { 优: 0, 良: 0, 中: 1, 差: 0 },
        },
      ]);
      const lowest = await store.listLowestProjects({ year: 2023, district }, 3);
      expect(lowest.map((r) => [r.departmentId, r.subject, r.derived.total])).toEqual([
        [d1.id, 'd', 59.99],
        [d2.id, 'a', 70],
        [d1.id, 'b', 85],
      ]);
      expect(await store.summarizeProjects({ year: 2023, departmentIds: [d2.id] })).toHaveLength(1);
      expect(await store.summarizeProjects({ year: 2023, departmentIds: [] })).toEqual([]);
    });

    it('lists stale rows of every kind with their kind', async () => {
      const d = await newDepartment();
      const p = (await store.createEvaluation(
        { ...project(d.id, 'stale'), derived: buildDerived(1, 'old') },
        actor,
      ))!;
      const stale = await store.listStaleDerived('test', 100_000);
      expect(stale.find((s) => s.id === p.id)).toMatchObject({
        kind: 'project',
        data: { project: { name: 'stale' } },
      });
    });
  });
}
