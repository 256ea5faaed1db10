/** The one conformance suite every store adapter runs: `runStoreTests(name, newStore)`. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Derived, Store } from './types';

const actor: Actor = { userId: null, username: 'tester', ip: '127.0.0.1' };

export function buildDerived(total: number | null = 90, rev = 'test'): Derived {
  return {
    total,
    grade: total === null ? null : total >= 90 ? '优' : '良',
    executionRate: 95.5,
    findingsError: 1,
    findingsWarning: 2,
    details: { deductions: [{ name: '预算执行率', points: 1.5 }], unmet: ['指标甲'] },
    rev,
  };
}

let seq = 0;
const unique = (p: string) => `${p}-${Date.now().toString(36)}-${++seq}`;

/**
 * Run the conformance cases against a store; `newStore` returns a migrated, empty store (shared by the cases,
 * which make their own uniquely named rows), `cleanup` runs after.
 */
export function runStoreTests(
  name: string,
  newStore: () => Promise<Store>,
  cleanup?: () => Promise<void>,
): void {
  describe(`store conformance: ${name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await newStore();
    });
    afterAll(async () => {
      await store?.close();
      await cleanup?.();
    });

    const newDepartment = (district = '海珠区') =>
      store.createDepartment({ name: unique('部门'), district }, actor);
    const newEvaluation = async (data: unknown = { title: 'v1' }) => {
      const d = await newDepartment();
      const e = await store.createEvaluation(
        { departmentId: d.id, year: 2023, data, derived: buildDerived() },
        actor,
      );
      if (!e) throw new Error('create failed');
      return e;
    };

    it('migrates again without harm, optimizes and reports integrity ok', async () => {
      await store.migrate();
      await store.optimize();
      expect(await store.checkIntegrity()).toBe('ok');
    });

    it('creates, reads and filters departments', async () => {
      const district = unique('区');
      const a = await store.createDepartment({ name: unique('甲'), district }, actor);
      const b = await store.createDepartment({ name: unique('乙'), district: null }, actor);
      expect(await store.getDepartment(a.id)).toEqual(a);
      expect(await store.getDepartment(999_999)).toBeNull();
      expect((await store.listDepartments({ district })).map((d) => d.id)).toEqual([a.id]);
      expect((await store.listDepartments({ ids: [b.id] })).map((d) => d.name)).toEqual([b.name]);
      expect(await store.listDepartments({ ids: [] })).toEqual([]);
      expect(await store.countDepartments()).toBeGreaterThanOrEqual(2);
      await expect(store.createDepartment({ name: a.name, district }, actor)).rejects.toThrow();
    });

    it('creates users, finds them for login, updates them and audits each change', async () => {
      const username = unique('user');
      const d = await newDepartment();
      const u = await store.createUser(
        {
          username,
          name: '张三',
          passwordHash: 'h1',
          role: 'editor',
          departmentId: d.id,
          district: null,
          active: true,
        },
        actor,
      );
      expect(u).toMatchObject({ username, role: 'editor', departmentId: d.id, active: true });
      expect((await store.findUserForLogin(username))?.passwordHash).toBe('h1');
      expect(await store.findUserForLogin(unique('nobody'))).toBeNull();
      const changed = await store.updateUser(u.id, { role: 'staff', name: '李四' }, actor);
      expect(changed).toMatchObject({ role: 'staff', name: '李四', username });
      expect(await store.updateUser(999_999, { name: 'x' }, actor)).toBeNull();
      const log = await store.listAudit({ entity: 'user', entityId: String(u.id) });
      expect(log.map((l) => l.action).sort()).toEqual(['create', 'update']);
      expect(JSON.stringify(log)).not.toContain('h1');
    });

    it('keeps sessions until they expire, the user is disabled or the password changes', async () => {
      const u = await store.createUser(
        {
          username: unique('s'),
          name: 'S',
          passwordHash: 'h',
          role: 'admin',
          departmentId: null,
          district: null,
          active: true,
        },
        actor,
      );
      const base = { userId: u.id, csrf: 'c', createdAt: '2024-01-01T00:00:00.000Z' };
      await store.createSession({ ...base, id: unique('live'), expiresAt: '2999-01-01T00:00:00.000Z' });
      const live = unique('live2');
      await store.createSession({ ...base, id: live, expiresAt: '2999-01-01T00:00:00.000Z' });
      const old = unique('old');
      await store.createSession({ ...base, id: old, expiresAt: '2000-01-01T00:00:00.000Z' });
      const now = new Date().toISOString();
      expect((await store.getSession(live, now))?.user.username).toBe(u.username);
      expect(await store.getSession(old, now)).toBeNull();
      expect(await store.deleteExpiredSessions(now)).toBeGreaterThanOrEqual(1);
      expect(await store.deleteExpiredSessions(now)).toBe(0);
      await store.deleteSession(live);
      expect(await store.getSession(live, now)).toBeNull();
      const other = unique('other');
      await store.createSession({ ...base, id: other, expiresAt: '2999-01-01T00:00:00.000Z' });
      await store.updateUser(u.id, { active: false }, actor);
      await store.updateUser(u.id, { active: true }, actor);
      expect(await store.getSession(other, now)).toBeNull();
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
