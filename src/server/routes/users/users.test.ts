import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../../core/model';
import {
  ADMIN_PASSWORD,
  buildTestServer,
  STORE_KINDS,
  type TestClient,
  type TestServer,
} from '../../_testing';

const NANZHOU = '广州市海珠区人民政府南洲街道办事处';
const PASSWORD = 'lantern-quay-73';

describe.each(STORE_KINDS)('accounts on %s', (kind) => {
  let server: TestServer;
  let admin: TestClient;
  let dept: { id: number; name: string; district: string };
  let seedId: number;
  let seq = 0;

  const newUser = async (extra: Record<string, unknown> = {}) => {
    const username = `u${++seq}`;
    const res = await admin.post('/api/users', {
      username,
      name: `用户${seq}`,
      password: PASSWORD,
      role: 'editor',
      departmentId: dept.id,
      ...extra,
    });
    expect(res.statusCode).toBe(201);
    return res.json().user as { id: number; username: string; name: string; mustChangePassword: boolean };
  };
  const lastAudit = async (id: number) =>
    (await admin.get(`/api/audit-log?entity=user&entityId=${id}&limit=1`)).json().entries[0];

  beforeAll(async () => {
    server = await buildTestServer(kind);
    admin = await server.login('admin', ADMIN_PASSWORD);
    dept = (await admin.get('/api/departments'))
      .json()
      .departments.find((d: { name: string }) => d.name === NANZHOU);
    seedId = (await admin.get(`/api/evaluations?departmentId=${dept.id}`)).json().evaluations[0].id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    ['short-1', '密码至少 10 个字符'],
    ['            ', '密码不能全部是空白字符'],
    ['weakling-ops', '密码不能是用户名，也不能包含用户名'],
    ['password2024', '这是最常见的密码之一，很容易被猜中，请换一个'],
    ['1qaz2wsx3edc4rfv', '密码不能只是重复的字符或键盘、数字、字母的连续序列（如 1234567890、qwertyuiop）'],
  ])(
    'refuses to create an account with the password %j: 400 weak_password at the field',
    async (password, msg) => {
      const res = await admin.post('/api/users', {
        username: 'weakling',
        name: '弱',
        password,
        role: 'admin',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'weak_password', message: msg, field: 'password' });
      expect(
        (await admin.get('/api/users')).json().users.map((u: { username: string }) => u.username),
      ).not.toContain('weakling');
    },
  );

  it('creates an account (temporary password when asked) and audits it under the administrator’s name', async () => {
    const u = await newUser({ mustChangePassword: true });
    expect(u).toMatchObject({ role: 'editor', active: true, mustChangePassword: true });
    expect(await lastAudit(u.id)).toMatchObject({
      action: 'create',
      username: 'admin',
      name: '系统管理员',
      detail: { username: u.username, name: u.name },
    });
    expect(JSON.stringify(await lastAudit(u.id))).not.toContain(PASSWORD);
  });

  it('answers two simultaneous creations of one username with one 201 and one 409, never 500', async () => {
    for (let round = 0; round < 4; round++) {
      const body = { username: `twin${round}`, name: '同名', password: PASSWORD, role: 'admin' };
      const [a, b] = await Promise.all([admin.post('/api/users', body), admin.post('/api/users', body)]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
      const refused = a.statusCode === 409 ? a : b;
      expect(refused.json().error).toEqual({
        code: 'username_taken',
        message: `用户名 twin${round} 已被使用`,
      });
    }
  });

  it('edits display name, role and department, auditing what changed; refuses a password or unknown field', async () => {
    const u = await newUser();
    const res = await admin.patch(`/api/users/${u.id}`, { name: '改名后', role: 'staff' });
    expect(res.json().user).toMatchObject({ name: '改名后', role: 'staff', departmentId: dept.id });
    expect((await lastAudit(u.id)).detail.changes).toEqual({
      name: [u.name, '改名后'],
      role: ['editor', 'staff'],
    });
    const pw = await admin.patch(`/api/users/${u.id}`, { password: 'another-long-one' });
    expect(pw.statusCode).toBe(400);
    expect(pw.json().error.message).toContain('不能在此修改：password');
    const reviewer = await admin.patch(`/api/users/${u.id}`, { role: 'reviewer' });
    expect(reviewer.statusCode).toBe(400);
    expect(reviewer.json().error.message).toBe('审核人员必须指定所辖区');
  });

  it('deactivates an account: its sessions end, it cannot log in; reactivated it can', async () => {
    const u = await newUser();
    const c = await server.login(u.username, PASSWORD);
    const off = await admin.patch(`/api/users/${u.id}`, { active: false });
    expect(off.json().user.active).toBe(false);
    expect((await lastAudit(u.id)).action).toBe('deactivate');
    expect((await c.get('/api/me')).statusCode).toBe(401);
    const login = await server.client().post('/api/auth/login', { username: u.username, password: PASSWORD });
    expect(login.statusCode).toBe(401);
    await admin.patch(`/api/users/${u.id}`, { active: true });
    expect((await lastAudit(u.id)).action).toBe('activate');
    expect((await server.login(u.username, PASSWORD).then((x) => x.get('/api/me'))).statusCode).toBe(200);
  });

  it('keeps the administrator from locking themselves out', async () => {
    const me = (await admin.get('/api/me')).json().user;
    const off = await admin.patch(`/api/users/${me.id}`, { active: false });
    expect(off.json().error).toEqual({ code: 'forbidden', message: '不能停用自己的账户' });
    const reset = await admin.post(`/api/users/${me.id}/password`, { password: 'nobody-guesses-9' });
    expect(reset.statusCode).toBe(403);
  });

  it('resets a password: temporary, old sessions end, every write refused until the user changes it', async () => {
    const u = await newUser();
    const before = await server.login(u.username, PASSWORD);
    const weak = await admin.post(`/api/users/${u.id}/password`, { password: `${u.username}-temp-1` });
    expect(weak.json().error).toMatchObject({ code: 'weak_password', field: 'password' });
    const temp = 'temporary-otter-41';
    const reset = await admin.post(`/api/users/${u.id}/password`, { password: temp });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().user.mustChangePassword).toBe(true);
    expect(await lastAudit(u.id)).toMatchObject({ action: 'reset_password', name: '系统管理员' });
    expect((await before.get('/api/me')).statusCode).toBe(401);
    expect(
      (await server.client().post('/api/auth/login', { username: u.username, password: PASSWORD }))
        .statusCode,
    ).toBe(401);

    const c = server.client();
    const login = await c.post('/api/auth/login', { username: u.username, password: temp });
    expect(login.json().user).toMatchObject({ username: u.username, mustChangePassword: true });
    expect((await c.get(`/api/evaluations/${seedId}`)).statusCode).toBe(200);
    const write = await c.post(`/api/evaluations/${seedId}/comments`, { body: '试一下' });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('password_change_required');

    const wrong = await c.post('/api/me/password', {
      currentPassword: 'not-the-temp-1',
      newPassword: 'brand-new-heron-5',
    });
    expect(wrong.json().error).toEqual({
      code: 'wrong_password',
      message: '当前密码不正确',
      field: 'currentPassword',
    });
    const same = await c.post('/api/me/password', { currentPassword: temp, newPassword: temp });
    expect(same.json().error).toMatchObject({ code: 'weak_password', message: '新密码不能与当前密码相同' });
    const weakNew = await c.post('/api/me/password', { currentPassword: temp, newPassword: 'qwertyuiop' });
    expect(weakNew.json().error).toMatchObject({ code: 'weak_password', field: 'newPassword' });

    const oldSession = c.cookies.get('jixiao_session');
    const changed = await c.post('/api/me/password', {
      currentPassword: temp,
      newPassword: 'brand-new-heron-5',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.mustChangePassword).toBe(false);
    // A fresh session replaces the old one, which no longer opens anything.
    expect(c.cookies.get('jixiao_session')).not.toBe(oldSession);
    expect(
      (await server.app.inject({ method: 'GET', url: '/api/me', cookies: { jixiao_session: oldSession! } }))
        .statusCode,
    ).toBe(401);
    expect((await c.post(`/api/evaluations/${seedId}/comments`, { body: '改好了' })).statusCode).toBe(201);
    expect(await lastAudit(u.id)).toMatchObject({ action: 'change_password', name: u.name });
    expect(
      (await server.login(u.username, 'brand-new-heron-5').then((x) => x.get('/api/me'))).statusCode,
    ).toBe(200);
  });

  it('lets everyone change their own password, and only the administrator reset or list others', async () => {
    const u = await newUser({ role: 'reviewer', departmentId: null, district: '海珠区' });
    const c = await server.login(u.username, PASSWORD);
    expect((await c.get('/api/users')).statusCode).toBe(403);
    expect((await c.post(`/api/users/${u.id}/password`, { password: 'someone-else-77' })).statusCode).toBe(
      403,
    );
    expect((await c.get('/api/audit-log')).statusCode).toBe(403);
    const res = await c.post('/api/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'reviewer-lotus-26',
    });
    expect(res.statusCode).toBe(200);
    expect((await c.get('/api/me')).statusCode).toBe(200);
  });

  describe('the indicators a staff member owns', () => {
    let staffUser: { id: number; username: string; name: string };
    let staff: TestClient;
    let evaluation: { id: number; version: number; data: Evaluation };

    beforeAll(async () => {
      const base = (await admin.get(`/api/evaluations/${seedId}`)).json().evaluation.data as Evaluation;
      const data = structuredClone(base);
      data.year = 2031;
      for (const i of data.indicators) i.owner = null;
      evaluation = (await admin.post('/api/evaluations', { departmentId: dept.id, data })).json().evaluation;
      staffUser = await newUser({ role: 'staff', name: '经办人甲' });
      staff = await server.login(staffUser.username, PASSWORD);
    });

    const listFor = async () =>
      (await admin.get(`/api/users/${staffUser.id}/indicators`)).json().evaluations as {
        id: number;
        version: number;
        editable: boolean;
        indicators: { path: string; name: string; owner: string | null; ownerName: string | null }[];
      }[];

    it('lists every evaluation of the department with its indicator rows', async () => {
      const list = await listFor();
      expect(list.map((e) => e.id)).toContain(evaluation.id);
      const mine = list.find((e) => e.id === evaluation.id)!;
      expect(mine.editable).toBe(true);
      expect(mine.indicators.slice(0, 2).map((i) => [i.path, i.name])).toEqual([
        ['indicators[0]', evaluation.data.indicators[0]!.name],
        ['indicators[1]', evaluation.data.indicators[1]!.name],
      ]);
      expect(mine.indicators.every((i) => i.owner === null)).toBe(true);
    });

    it('assigns rows: the staff member may then edit those and no others; history names the administrator', async () => {
      const res = await admin.put(`/api/users/${staffUser.id}/indicators`, {
        evaluationId: evaluation.id,
        version: evaluation.version,
        paths: ['indicators[0]', 'indicators[2]'],
      });
      expect(res.statusCode).toBe(200);
      const row = res.json().evaluations.find((e: { id: number }) => e.id === evaluation.id);
      expect(row.version).toBe(evaluation.version + 1);
      expect(
        row.indicators.filter((i: { owner: string | null }) => i.owner).map((i: { path: string }) => i.path),
      ).toEqual(['indicators[0]', 'indicators[2]']);
      expect(row.indicators[0].ownerName).toBe('经办人甲');

      const current = (await staff.get(`/api/evaluations/${evaluation.id}`)).json().evaluation;
      const mine = structuredClone(current.data) as Evaluation;
      mine.indicators[0]!.actual = '已完成 12 次';
      expect(
        (await staff.put(`/api/evaluations/${evaluation.id}`, { version: current.version, data: mine }))
          .statusCode,
      ).toBe(200);
      const later = (await staff.get(`/api/evaluations/${evaluation.id}`)).json().evaluation;
      const theirs = structuredClone(later.data) as Evaluation;
      theirs.indicators[1]!.actual = '不该改';
      const refused = await staff.put(`/api/evaluations/${evaluation.id}`, {
        version: later.version,
        data: theirs,
      });
      expect(refused.statusCode).toBe(403);

      const history = (await admin.get(`/api/evaluations/${evaluation.id}/history`)).json().versions;
      expect(history[1]).toMatchObject({
        by: '系统管理员',
        byUsername: 'admin',
        summary: '指派指标负责人：经办人甲（2 项变动）',
      });
      expect(history[0]).toMatchObject({ by: '经办人甲', byUsername: staffUser.username });
    });

    it('takes rows away when they are left out, refuses a stale version, an unknown row and a locked evaluation', async () => {
      const [e] = (await listFor()).filter((x) => x.id === evaluation.id);
      const stale = await admin.put(`/api/users/${staffUser.id}/indicators`, {
        evaluationId: evaluation.id,
        version: e!.version - 1,
        paths: [],
      });
      expect(stale.json().error.code).toBe('version_conflict');
      const unknown = await admin.put(`/api/users/${staffUser.id}/indicators`, {
        evaluationId: evaluation.id,
        version: e!.version,
        paths: ['indicators[999]'],
      });
      expect(unknown.json().error).toEqual({
        code: 'invalid_request',
        message: '指标不存在：indicators[999]',
      });
      const kept = await admin.put(`/api/users/${staffUser.id}/indicators`, {
        evaluationId: evaluation.id,
        version: e!.version,
        paths: ['indicators[2]'],
      });
      const after = kept.json().evaluations.find((x: { id: number }) => x.id === evaluation.id);
      expect(
        after.indicators
          .filter((i: { owner: string | null }) => i.owner)
          .map((i: { path: string }) => i.path),
      ).toEqual(['indicators[2]']);
      await admin.post(`/api/evaluations/${evaluation.id}/transitions`, { action: 'submit' });
      const [locked] = (await listFor()).filter((x) => x.id === evaluation.id);
      expect(locked!.editable).toBe(false);
      const res = await admin.put(`/api/users/${staffUser.id}/indicators`, {
        evaluationId: evaluation.id,
        version: locked!.version,
        paths: [],
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({
        code: 'evaluation_locked',
        message: expect.stringContaining('已提交'),
      });
    });
  });

  it('shows display names on comments, history and the audit log, the username beside them', async () => {
    const u = await newUser({ name: '张晓明' });
    const c = await server.login(u.username, PASSWORD);
    const posted = await c.post(`/api/evaluations/${seedId}/comments`, { body: '请看第 3 行' });
    expect(posted.json().comment).toMatchObject({ author: '张晓明', authorUsername: u.username });
    const comments = (await admin.get(`/api/evaluations/${seedId}/comments`)).json().comments;
    expect(comments.at(-1)).toMatchObject({ author: '张晓明', authorUsername: u.username });
    const log = (await admin.get('/api/audit-log?entity=evaluation&limit=5')).json().entries;
    expect(log[0]).toMatchObject({ action: 'comment', username: u.username, name: '张晓明' });
    const e = (await admin.get(`/api/evaluations/${seedId}`)).json().evaluation;
    expect(e).toMatchObject({ updatedBy: '系统', updatedByUsername: '系统' });
  });
});
