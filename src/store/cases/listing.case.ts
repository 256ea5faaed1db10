/** Conformance cases of lists, comments and the audit log. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../types';
import { actor, buildDerived, fixtures, unique } from './_shared';

export function listingCases(held: { store: Store }): void {
  describe('lists, comments and the audit log', () => {
    const { newDepartment, newEvaluation } = fixtures(held);
    let store: Store;
    beforeAll(() => {
      store = held.store;
    });

    it('lists evaluations by department, district, year and status with their derived figures', async () => {
      const district = unique('区');
      const d1 = await newDepartment(district);
      const d2 = await newDepartment(district);
      await store.createEvaluation(
        { departmentId: d1.id, year: 2022, data: {}, derived: buildDerived(80) },
        actor,
      );
      const e2 = await store.createEvaluation(
        { departmentId: d2.id, year: 2023, data: {}, derived: buildDerived(95) },
        actor,
      );
      expect((await store.listEvaluations({ district })).map((e) => e.year)).toEqual([2022, 2023]);
      const y = await store.listEvaluations({ district, year: 2023 });
      expect(y).toHaveLength(1);
      expect(y[0]).toMatchObject({ departmentName: d2.name, district, derived: { total: 95, grade: '优' } });
      expect(await store.listEvaluations({ district, status: 'submitted' })).toEqual([]);
      expect(await store.listEvaluations({ departmentIds: [] })).toEqual([]);
      await store.refreshDerived(e2!.id, buildDerived(70, 'new'));
      const stale = await store.listStaleDerived('new', 10_000);
      expect(stale.some((s) => s.id === e2!.id)).toBe(false);
      expect((await store.getEvaluation(e2!.id))?.derived.total).toBe(70);
    });

    it('adds comments and appends to the audit log', async () => {
      const e = await newEvaluation();
      const c = await store.addComment(
        { evaluationId: e.id, path: 'indicators[0]', body: '请核实', role: 'reviewer' },
        actor,
      );
      expect(c).toMatchObject({
        evaluationId: e.id,
        path: 'indicators[0]',
        body: '请核实',
        author: 'tester',
      });
      await store.appendAudit(
        { action: 'login', entity: 'session', entityId: null, detail: { ok: true } },
        actor,
      );
      const log = await store.listAudit({ entity: 'session', limit: 1 });
      expect(log[0]).toMatchObject({
        action: 'login',
        username: 'tester',
        ip: '127.0.0.1',
        detail: { ok: true },
      });
    });
  });
}
