import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../../core/model';
import { ADMIN_PASSWORD, buildTestServer, type TestClient, type TestServer } from '../../_testing';

const NANZHOU = '广州市海珠区人民政府南洲街道办事处';

describe('evaluations: versions, workflow, locking and staff edits', () => {
  let server: TestServer;
  let admin: TestClient;
  let editor: TestClient;
  let staff: TestClient;
  let reviewer: TestClient;
  let dept: { id: number; name: string; district: string };
  let seedId: number;
  let year = 2030;

  /** A new draft of 南洲's document in a year of its own; indicator 0 belongs to `staff1`. */
  async function draft(): Promise<{ id: number; version: number; data: Evaluation }> {
    const base = (await admin.get(`/api/evaluations/${seedId}`)).json().evaluation.data;
    const data: Evaluation = structuredClone(base);
    data.year = year++;
    data.indicators[0]!.owner = 'staff1';
    data.indicators[1]!.owner = 'someone-else';
    const res = await admin.post('/api/evaluations', { departmentId: dept.id, data });
    expect(res.statusCode).toBe(201);
    return res.json().evaluation;
  }

  beforeAll(async () => {
    server = await buildTestServer('sqlite');
    admin = await server.login('admin', ADMIN_PASSWORD);
    dept = (await admin.get('/api/departments'))
      .json()
      .departments.find((d: { name: string }) => d.name === NANZHOU);
    seedId = (await admin.get(`/api/evaluations?departmentId=${dept.id}`)).json().evaluations[0].id;
    for (const u of [
      { username: 'editor1', role: 'editor', departmentId: dept.id },
      { username: 'staff1', role: 'staff', departmentId: dept.id },
      { username: 'reviewer1', role: 'reviewer', district: dept.district },
    ]) {
      expect(
        (await admin.post('/api/users', { ...u, name: u.username, password: 'kiwi-harbor-58' })).statusCode,
      ).toBe(201);
    }
    editor = await server.login('editor1', 'kiwi-harbor-58');
    staff = await server.login('staff1', 'kiwi-harbor-58');
    reviewer = await server.login('reviewer1', 'kiwi-harbor-58');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('reads a seed evaluation with the score of the seed report (南洲 2023: 91.46, 优)', async () => {
    const e = (await editor.get(`/api/evaluations/${seedId}`)).json().evaluation;
    expect(e).toMatchObject({
      departmentName: NANZHOU,
      year: 2023,
      status: 'draft',
      version: 1,
      total: 91.46,
      grade: '优',
    });
    expect(e.allowedActions).toEqual(['update', 'submit', 'restore', 'comment']);
    const score = (await editor.get(`/api/evaluations/${seedId}/score`)).json();
    expect(Math.round(score.score.total * 100) / 100).toBe(91.46);
    expect(score.messages.length).toBe(score.score.trace.length);
  });

  it('answers a stale version with 409 version_conflict carrying the current evaluation', async () => {
    const e = await draft();
    const first = await editor.put(`/api/evaluations/${e.id}`, {
      version: e.version,
      data: { ...e.data, title: '甲' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().evaluation.version).toBe(e.version + 1);
    const stale = await staff.put(`/api/evaluations/${e.id}`, { version: e.version, data: e.data });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'version_conflict',
      current: { version: e.version + 1, data: { title: '甲' } },
    });
    const history = (await editor.get(`/api/evaluations/${e.id}/history`)).json().versions;
    expect(history[0]).toMatchObject({
      version: e.version + 1,
      by: 'editor1',
      status: 'draft',
      summary: '修改：报告标题',
    });
    const old = (await editor.get(`/api/evaluations/${e.id}/versions/${e.version}`)).json().evaluation;
    expect(old).toMatchObject({
      version: e.version,
      allowedActions: [],
      total: 91.46,
      updatedBy: '系统管理员',
      updatedByUsername: 'admin',
    });
    expect(old.data.title).toBe(e.data.title);
  });

  it('refuses an invalid document naming the field, and a second evaluation for the same year', async () => {
    const e = await draft();
    const bad = await editor.put(`/api/evaluations/${e.id}`, {
      version: e.version,
      data: { ...e.data, year: '二〇二三' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({
      code: 'invalid_request',
      message: '年度应为数字',
    });
    const dup = await admin.post('/api/evaluations', { departmentId: dept.id, data: e.data });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('evaluation_exists');
  });

  it('walks 草稿 → 已提交 → 退回 → 已提交 → 已审核 → 已公开 and refuses every other step', async () => {
    const e = await draft();
    const step = (c: TestClient, action: string, comment?: string) =>
      c.post(`/api/evaluations/${e.id}/transitions`, { action, ...(comment ? { comment } : {}) });
    expect((await step(reviewer, 'approve')).json().error.code).toBe('invalid_transition');
    expect((await step(editor, 'submit')).json().evaluation.status).toBe('submitted');
    const locked = await editor.put(`/api/evaluations/${e.id}`, { version: e.version + 1, data: e.data });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error).toMatchObject({
      code: 'evaluation_locked',
      message: expect.stringContaining('已提交'),
    });
    const noComment = await step(reviewer, 'return');
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.code).toBe('comment_required');
    const returned = (await step(reviewer, 'return', '请补充项目支出明细')).json().evaluation;
    expect(returned.status).toBe('returned');
    const comments = (await editor.get(`/api/evaluations/${e.id}/comments`)).json().comments;
    expect(comments.at(-1)).toMatchObject({
      body: '请补充项目支出明细',
      author: 'reviewer1',
      role: 'reviewer',
      path: null,
    });
    const edited = await editor.put(`/api/evaluations/${e.id}`, {
      version: returned.version,
      data: { ...e.data, title: '已补充' },
    });
    expect(edited.statusCode).toBe(200);
    expect((await step(editor, 'submit')).json().evaluation.status).toBe('submitted');
    expect((await step(editor, 'approve')).statusCode).toBe(403);
    const approved = (await step(reviewer, 'approve')).json().evaluation;
    expect(approved).toMatchObject({ status: 'approved', allowedActions: ['publish', 'reopen', 'comment'] });
    expect((await step(reviewer, 'return', '晚了')).json().error.code).toBe('invalid_transition');
    expect((await step(reviewer, 'publish')).json().evaluation.status).toBe('published');
    expect((await step(reviewer, 'publish')).json().error.code).toBe('invalid_transition');
    const history = (await admin.get(`/api/evaluations/${e.id}/history`))
      .json()
      .versions.map((v: { status: string }) => v.status);
    expect(history).toEqual([
      'published',
      'approved',
      'submitted',
      'returned',
      'returned',
      'submitted',
      'draft',
    ]);
    const log = (await admin.get(`/api/audit-log?entity=evaluation&entityId=${e.id}`))
      .json()
      .entries.map((x: { action: string }) => x.action);
    expect(log).toContain('status:published');
  });

  it('lets staff change only the indicators assigned to them', async () => {
    const e = await draft();
    const own = structuredClone(e.data);
    own.indicators[0]!.actual = '已完成 100%';
    const ok = await staff.put(`/api/evaluations/${e.id}`, { version: e.version, data: own });
    expect(ok.statusCode).toBe(200);
    const v = ok.json().evaluation.version;
    const title = await staff.put(`/api/evaluations/${e.id}`, {
      version: v,
      data: { ...own, title: '改标题' },
    });
    expect(title.statusCode).toBe(403);
    expect(title.json().error.message).toContain('title');
    const other = structuredClone(own);
    other.indicators[1]!.actual = '改别人的';
    expect(
      (await staff.put(`/api/evaluations/${e.id}`, { version: v, data: other })).json().error.message,
    ).toContain('indicators[1]');
    const grab = structuredClone(own);
    grab.indicators[1]!.owner = 'staff1';
    expect(
      (await staff.put(`/api/evaluations/${e.id}`, { version: v, data: grab })).json().error.message,
    ).toContain('indicators[1].owner');
  });

  it('keeps reviewers to their district in lists, even when they ask for another', async () => {
    const list = await reviewer.get(`/api/evaluations?district=${encodeURIComponent('荔湾区')}`);
    expect(list.json().evaluations).toEqual([]);
    const mine = (await reviewer.get('/api/evaluations')).json().evaluations;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e: { district: string }) => e.district === dept.district)).toBe(true);
  });

  it('builds the district dashboard from the stored figures', async () => {
    const d = (await reviewer.get('/api/dashboard?year=2023&includeDrafts=true')).json();
    expect(d).toMatchObject({ district: '海珠区', year: 2023, grades: { 优: 1, 良: 0, 中: 0, 差: 0 } });
    expect(d.departments).toEqual([expect.objectContaining({ name: NANZHOU, total: 91.46, grade: '优' })]);
    expect(d.scoreHistogram.find((b: { range: string }) => b.range === '90-100').count).toBe(1);
    const lw = (
      await admin.get(`/api/dashboard?district=${encodeURIComponent('荔湾区')}&year=2024&includeDrafts=true`)
    ).json();
    expect(lw.departments.map((x: { name: string; total: number }) => [x.name, x.total])).toEqual([
      ['广州市荔湾区人民政府金花街道办事处', 98.5],
    ]);
    expect((await reviewer.get(`/api/dashboard?district=${encodeURIComponent('荔湾区')}`)).statusCode).toBe(
      403,
    );
  });

  it('shows a write on the dashboard at once, though dashboards are cached', async () => {
    const before = (await reviewer.get('/api/dashboard?year=2023&includeDrafts=true')).json();
    expect(before.departments[0].total).toBe(91.46);
    const cur = (await editor.get(`/api/evaluations/${seedId}`)).json().evaluation;
    const data = { ...cur.data, finance: { ...cur.data.finance, executed: 0 } };
    expect((await editor.put(`/api/evaluations/${seedId}`, { version: cur.version, data })).statusCode).toBe(
      200,
    );
    const after = (await reviewer.get('/api/dashboard?year=2023&includeDrafts=true')).json();
    expect(after.departments[0].total).not.toBe(91.46);
    expect(after.departments[0].executionRate).toBe(0);
  });
});
