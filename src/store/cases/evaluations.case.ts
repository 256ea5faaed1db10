/** Conformance cases of evaluations: versions, history, status changes, submissions, concurrent writes, batches. */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../types';
import { actor, buildDerived, fixtures } from './_shared';

export function evaluationCases(held: { store: Store }): void {
  describe('evaluations and their versions', () => {
    const { newDepartment, newEvaluation } = fixtures(held);
    let store: Store;
    beforeAll(() => {
      store = held.store;
    });

    it('creates an evaluation at version 1 and refuses a second one for the same department and year', async () => {
      const e = await newEvaluation({ title: '首版' });
      expect(e).toMatchObject({
        version: 1,
        status: 'draft',
        year: 2023,
        data: { title: '首版' },
        updatedBy: 'tester',
      });
      expect(e.derived).toEqual(buildDerived());
      const again = await store.createEvaluation(
        { departmentId: e.departmentId, year: 2023, data: {}, derived: buildDerived() },
        actor,
      );
      expect(again).toBeNull();
      expect(await store.listVersions(e.id)).toHaveLength(1);
    });

    it('lands a write against the current version and refuses a stale one with the current row', async () => {
      const e = await newEvaluation();
      const w = await store.writeEvaluation(
        { id: e.id, expectedVersion: 1, data: { title: 'v2' }, summary: '修改' },
        actor,
      );
      expect(w.ok && w.evaluation.version).toBe(2);
      const stale = await store.writeEvaluation(
        { id: e.id, expectedVersion: 1, data: { title: 'lost?' }, summary: 'x' },
        actor,
      );
      expect(stale.ok).toBe(false);
      if (!stale.ok && stale.reason === 'conflict')
        expect(stale.current).toMatchObject({ version: 2, data: { title: 'v2' } });
      else throw new Error('expected a conflict');
      expect((await store.getEvaluation(e.id))?.data).toEqual({ title: 'v2' });
      const missing = await store.writeEvaluation({ id: 999_999, expectedVersion: 1, summary: 'x' }, actor);
      expect(missing).toEqual({ ok: false, reason: 'not_found' });
    });

    it('keeps every version with who and when', async () => {
      const e = await newEvaluation({ title: 'a' });
      await store.writeEvaluation(
        { id: e.id, expectedVersion: 1, data: { title: 'b' }, summary: '改标题' },
        { ...actor, username: 'zhang' },
      );
      const h = await store.listVersions(e.id);
      expect(h.map((v) => [v.version, v.by, v.summary])).toEqual([
        [2, 'zhang', '改标题'],
        [1, 'tester', '创建'],
      ]);
      expect(h[0]?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect((await store.getVersion(e.id, 1))?.data).toEqual({ title: 'a' });
      expect(await store.getVersion(e.id, 9)).toBeNull();
    });

    it('gives back every version of a history of random edits exactly (versions are stored as patches)', async () => {
      type Doc = { title: string; indicators: { name: string; actual: unknown }[]; [k: string]: unknown };
      const base: Doc = {
        title: '自评',
        indicators: Array.from({ length: 30 }, (_, i) => ({ name: `指标${i}`, actual: `${90 + (i % 10)}%` })),
      };
      const edit = fc.oneof(
        fc.record({ op: fc.constant('actual' as const), at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
        fc.record({ op: fc.constant('insert' as const), at: fc.nat(), name: fc.string() }),
        fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
        fc.record({
          op: fc.constant('key' as const),
          key: fc.string(),
          value: fc.jsonValue({ maxDepth: 3 }),
        }),
        fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
        fc.record({ op: fc.constant('status' as const) }),
        fc.record({ op: fc.constant('whole' as const), value: fc.jsonValue({ maxDepth: 3 }) }),
      );
      type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;
      /** The document after the edit; undefined for a write that changes only the status. */
      const apply = (doc: Doc, e: Edit): Doc | undefined => {
        const next = structuredClone(doc);
        const rows = next.indicators;
        switch (e.op) {
          case 'actual':
            if (rows.length) rows[e.at % rows.length]!.actual = e.value;
            return next;
          case 'insert':
            rows.splice(e.at % (rows.length + 1), 0, { name: e.name, actual: null });
            return next;
          case 'remove':
            if (rows.length) rows.splice(e.at % rows.length, 1);
            return next;
          case 'key':
            next[`k${e.key}`] = e.value;
            return next;
          case 'drop': {
            const keys = Object.keys(next).filter((k) => k.startsWith('k'));
            if (keys.length) delete next[keys[e.at % keys.length]!];
            return next;
          }
          case 'whole':
            return { title: '重写', indicators: [], value: e.value };
          default:
            return undefined;
        }
      };
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 20, maxLength: 40 }), async (edits) => {
          const e = await newEvaluation(base);
          const expected: unknown[] = [base];
          let doc = base;
          for (const ed of edits) {
            const next = apply(doc, ed);
            const r = await store.writeEvaluation(
              next === undefined
                ? { id: e.id, summary: '仅改状态', status: expected.length % 2 ? 'submitted' : 'draft' }
                : { id: e.id, data: next, summary: '随机修改' },
              actor,
            );
            expect(r.ok).toBe(true);
            if (next !== undefined) doc = next;
            expected.push(JSON.parse(JSON.stringify(doc)));
          }
          // Every version, read newest to oldest, is the document exactly as it was written.
          for (let v = expected.length; v >= 1; v--) {
            const got = await store.getVersion(e.id, v);
            expect(JSON.stringify(got?.data)).toBe(JSON.stringify(expected[v - 1]));
          }
          expect((await store.getEvaluation(e.id))?.data).toEqual(expected.at(-1));
        }),
        { numRuns: 4 },
      );
    });

    it('changes status only from the expected one, with the comment in the same transaction', async () => {
      const e = await newEvaluation();
      const sub = await store.writeEvaluation(
        { id: e.id, expectedStatus: 'draft', status: 'submitted', summary: '提交' },
        actor,
      );
      expect(sub.ok && sub.evaluation.status).toBe('submitted');
      const again = await store.writeEvaluation(
        { id: e.id, expectedStatus: 'draft', status: 'submitted', summary: '提交' },
        actor,
      );
      expect(again.ok).toBe(false);
      const ret = await store.writeEvaluation(
        {
          id: e.id,
          expectedStatus: 'submitted',
          status: 'returned',
          summary: '退回',
          comment: { body: '请补充', path: null, role: 'reviewer' },
        },
        actor,
      );
      expect(ret.ok && ret.evaluation.version).toBe(3);
      expect((await store.listComments(e.id)).map((c) => [c.body, c.role, c.author])).toEqual([
        ['请补充', 'reviewer', 'tester'],
      ]);
      const log = await store.listAudit({ entity: 'evaluation', entityId: String(e.id) });
      expect(log.map((l) => l.action)).toEqual(['status:returned', 'status:submitted', 'create']);
    });

    it('keeps a submission with its explanations until the next one replaces it', async () => {
      const e = await newEvaluation();
      expect(e.submission).toBeNull();
      const explanation = {
        code: 'x_mismatch',
        path: 'finance.income',
        message: '合计不符',
        text: '口径不同',
      };
      const sub = await store.writeEvaluation(
        {
          id: e.id,
          expectedStatus: 'draft',
          status: 'submitted',
          summary: '提交',
          submission: { explanations: [explanation] },
        },
        { ...actor, username: 'zhang' },
      );
      if (!sub.ok) throw new Error('expected the submission to land');
      expect(sub.evaluation.submission).toEqual({
        version: 2,
        at: sub.evaluation.updatedAt,
        by: 'zhang',
        byName: 'zhang',
        explanations: [explanation],
      });
      // A withdrawal keeps it (the department may submit again with the same words); the next submission replaces it.
      await store.writeEvaluation(
        { id: e.id, expectedStatus: 'submitted', status: 'draft', summary: '撤回' },
        actor,
      );
      expect((await store.getEvaluation(e.id))?.submission?.explanations).toEqual([explanation]);
      await store.writeEvaluation(
        {
          id: e.id,
          expectedStatus: 'draft',
          status: 'submitted',
          summary: '提交',
          submission: { explanations: [] },
        },
        actor,
      );
      expect((await store.getEvaluation(e.id))?.submission).toMatchObject({ version: 4, explanations: [] });
      const log = await store.listAudit({ entity: 'evaluation', entityId: String(e.id) });
      expect(log.at(-2)?.detail).toMatchObject({ explanations: [explanation] });
    });

    it('lets exactly one of 20 simultaneous writes on the same version land', async () => {
      const e = await newEvaluation();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.writeEvaluation(
            { id: e.id, expectedVersion: 1, data: { title: `w${i}` }, summary: `w${i}` },
            actor,
          ),
        ),
      );
      const landed = results.filter((r) => r.ok);
      expect(landed).toHaveLength(1);
      const final = await store.getEvaluation(e.id);
      expect(final?.version).toBe(2);
      expect(final?.data).toEqual(landed[0]?.ok ? landed[0].evaluation.data : null);
      expect(await store.listVersions(e.id)).toHaveLength(2);
    });

    it('refuses a change of year onto a year the department already has', async () => {
      const e = await newEvaluation();
      await store.createEvaluation(
        { departmentId: e.departmentId, year: 2024, data: {}, derived: buildDerived() },
        actor,
      );
      const r = await store.writeEvaluation(
        { id: e.id, expectedVersion: 1, year: 2024, data: {}, summary: 'x' },
        actor,
      );
      expect(r).toEqual({ ok: false, reason: 'exists' });
      expect((await store.getEvaluation(e.id))?.year).toBe(2023);
    });

    it('rolls a failed batch back whole', async () => {
      const d = await newDepartment();
      const before = (await store.listEvaluations({ departmentIds: [d.id] })).length;
      await expect(
        store.createEvaluations(
          [
            { departmentId: d.id, year: 2020, data: {}, derived: buildDerived() },
            { departmentId: 999_999, year: 2020, data: {}, derived: buildDerived() },
          ],
          actor,
        ),
      ).rejects.toThrow();
      expect(await store.listEvaluations({ departmentIds: [d.id] })).toHaveLength(before);
      const n = await store.createEvaluations(
        [
          { departmentId: d.id, year: 2021, data: {}, derived: buildDerived() },
          { departmentId: d.id, year: 2021, data: {}, derived: buildDerived() },
        ],
        actor,
      );
      expect(n).toBe(1);
    });
  });
}
