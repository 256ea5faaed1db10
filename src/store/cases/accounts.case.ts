/** Conformance cases of departments, users, sessions and display names. */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Actor, DuplicateError, type Store } from '../types';
import { actor, fixtures, unique } from './_shared';

export function accountCases(held: { store: Store }): void {
  describe('departments, users and sessions', () => {
    const { newDepartment, newEvaluation } = fixtures(held);
    let store: Store;
    beforeAll(() => {
      store = held.store;
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
      await expect(store.createDepartment({ name: a.name, district }, actor)).rejects.toBeInstanceOf(
        DuplicateError,
      );
      expect(a.active).toBe(true);
    });

    it('changes and deactivates a department, audits what changed and refuses a name already taken', async () => {
      const district = unique('区');
      const a = await store.createDepartment({ name: unique('丙'), district }, actor);
      const b = await store.createDepartment({ name: unique('丁'), district }, actor);
      const renamed = unique('丙新');
      expect(await store.updateDepartment(a.id, { name: renamed, district: null }, actor)).toEqual({
        id: a.id,
        name: renamed,
        district: null,
        active: true,
      });
      const off = await store.updateDepartment(b.id, { active: false }, actor, 'deactivate');
      expect(off?.active).toBe(false);
      expect((await store.getDepartment(b.id))?.active).toBe(false);
      expect((await store.listDepartments({ district, active: true })).map((d) => d.id)).toEqual([]);
      expect((await store.listDepartments({ district, active: false })).map((d) => d.id)).toEqual([b.id]);
      expect((await store.listDepartments({ district })).map((d) => d.id)).toEqual([b.id]);
      await expect(store.updateDepartment(a.id, { name: b.name }, actor)).rejects.toBeInstanceOf(
        DuplicateError,
      );
      expect((await store.getDepartment(a.id))?.name).toBe(renamed);
      expect(await store.updateDepartment(999_999, { active: false }, actor)).toBeNull();
      const log = await store.listAudit({ entity: 'department', entityId: String(a.id) });
      expect(log.map((l) => [l.action, l.detail.changes])).toEqual([
        ['update', { name: [a.name, renamed], district: [district, null] }],
        ['create', undefined],
      ]);
      expect((await store.listAudit({ entity: 'department', entityId: String(b.id) }))[0]).toMatchObject({
        action: 'deactivate',
        detail: { changes: { active: [true, false] } },
      });
    });

    it('lets one of two simultaneous creations of the same username or department name land', async () => {
      const username = unique('twin');
      const input = {
        username,
        name: '双胞胎',
        passwordHash: 'h',
        role: 'admin' as const,
        departmentId: null,
        district: null,
        active: true,
      };
      const users = await Promise.allSettled([
        store.createUser(input, actor),
        store.createUser(input, actor),
      ]);
      expect(users.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = users.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(DuplicateError);
      expect(refused.reason.what).toBe('username');
      const name = unique('同名');
      const depts = await Promise.allSettled([
        store.createDepartment({ name, district: null }, actor),
        store.createDepartment({ name, district: null }, actor),
      ]);
      expect(depts.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect((depts.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason.what).toBe(
        'department',
      );
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
      expect(u).toMatchObject({
        username,
        role: 'editor',
        departmentId: d.id,
        active: true,
        mustChangePassword: false,
      });
      expect((await store.findUserForLogin(username))?.passwordHash).toBe('h1');
      expect(await store.findUserForLogin(unique('nobody'))).toBeNull();
      const changed = await store.updateUser(u.id, { role: 'staff', name: '李四' }, actor);
      expect(changed).toMatchObject({ role: 'staff', name: '李四', username });
      expect(await store.updateUser(999_999, { name: 'x' }, actor)).toBeNull();
      const log = await store.listAudit({ entity: 'user', entityId: String(u.id) });
      expect(log.map((l) => l.action).sort()).toEqual(['create', 'update']);
      expect(log[0]?.detail.changes).toEqual({ role: ['editor', 'staff'], name: ['张三', '李四'] });
      expect(JSON.stringify(log)).not.toContain('h1');
      await expect(
        store.createUser(
          {
            username,
            name: 'x',
            passwordHash: 'h',
            role: 'admin',
            departmentId: null,
            district: null,
            active: true,
          },
          actor,
        ),
      ).rejects.toBeInstanceOf(DuplicateError);
    });

    it('marks a password temporary and clears the mark, ending sessions when the password changes', async () => {
      const u = await store.createUser(
        {
          username: unique('temp'),
          name: '临时',
          passwordHash: 'h1',
          role: 'admin',
          departmentId: null,
          district: null,
          active: true,
          mustChangePassword: true,
        },
        actor,
      );
      expect(u.mustChangePassword).toBe(true);
      const id = unique('sess');
      await store.createSession({
        id,
        userId: u.id,
        csrf: 'c',
        createdAt: '2024-01-01T00:00:00.000Z',
        expiresAt: '2999-01-01T00:00:00.000Z',
      });
      const now = new Date().toISOString();
      expect((await store.getSession(id, now))?.user.mustChangePassword).toBe(true);
      const changed = await store.updateUser(
        u.id,
        { passwordHash: 'h2', mustChangePassword: false },
        actor,
        'change_password',
      );
      expect(changed?.mustChangePassword).toBe(false);
      expect((await store.findUserForLogin(u.username))?.passwordHash).toBe('h2');
      expect(await store.getSession(id, now)).toBeNull();
      const [entry] = await store.listAudit({ entity: 'user', entityId: String(u.id), limit: 1 });
      expect(entry).toMatchObject({
        action: 'change_password',
        detail: { password: '已重设', changes: { mustChangePassword: [true, false] } },
      });
      expect(JSON.stringify(entry)).not.toContain('h2');
    });

    it('shows display names: the audit log as written, comments, versions and the last writer by account', async () => {
      const username = unique('named');
      const u = await store.createUser(
        {
          username,
          name: '王五',
          passwordHash: 'h',
          role: 'admin',
          departmentId: null,
          district: null,
          active: true,
        },
        actor,
      );
      const named: Actor = { userId: u.id, username, name: '王五', ip: null };
      const e = await newEvaluation();
      await store.writeEvaluation({ id: e.id, expectedVersion: 1, data: { t: 2 }, summary: '改' }, named);
      const c = await store.addComment({ evaluationId: e.id, path: null, body: '好', role: 'admin' }, named);
      expect(c).toMatchObject({ author: username, authorName: '王五' });
      // Names follow the account: a renamed person shows under the new name in comments and history.
      await store.updateUser(u.id, { name: '王五一' }, actor);
      expect((await store.listComments(e.id)).map((x) => [x.author, x.authorName])).toEqual([
        [username, '王五一'],
      ]);
      expect((await store.listVersions(e.id)).map((v) => [v.by, v.byName])).toEqual([
        [username, '王五一'],
        ['tester', 'tester'],
      ]);
      expect((await store.getVersion(e.id, 2))?.byName).toBe('王五一');
      expect((await store.getEvaluation(e.id))?.updatedByName).toBe('王五一');
      // The audit log keeps the name of the moment it was written; entries without one show the username.
      const log = await store.listAudit({ entity: 'evaluation', entityId: String(e.id) });
      expect(log.map((l) => [l.action, l.name])).toEqual([
        ['comment', '王五'],
        ['update', '王五'],
        ['create', 'tester'],
      ]);
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
  });
}
