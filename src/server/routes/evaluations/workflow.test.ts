import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../../core/model';
import { ADMIN_PASSWORD, buildTestServer, type TestClient, type TestServer } from '../../_testing';

const NANZHOU = '广州市海珠区人民政府南洲街道办事处';
const PASSWORD = 'kiwi-harbor-58';

interface Record_ {
  id: number;
  version: number;
  status: string;
  data: Evaluation;
  allowedActions: string[];
  submission: null | {
    version: number;
    by: string;
    byUsername: string;
    explanations: { code: string; path: string | null; message: string; text: string }[];
  };
}

describe('the submission gate, withdraw, reopen, version changes and restore', () => {
  let server: TestServer;
  let admin: TestClient;
  let editor: TestClient;
  let staff: TestClient;
  let reviewer: TestClient;
  let dept: { id: number; district: string };
  let seed: Evaluation;
  let year = 2040;

  /** A new draft in a year of its own: 南洲's document (complete and consistent), changed by `edit`. */
  async function draft(edit: (d: Evaluation) => void = () => {}): Promise<Record_> {
    const data = structuredClone(seed);
    data.year = year++;
    edit(data);
    const res = await editor.post('/api/evaluations', { departmentId: dept.id, data });
    expect(res.statusCode).toBe(201);
    return res.json().evaluation;
  }
  const step = (c: TestClient, e: { id: number }, body: Record<string, unknown>) =>
    c.post(`/api/evaluations/${e.id}/transitions`, body);
  const read = async (e: { id: number }, c: TestClient = admin): Promise<Record_> =>
    (await c.get(`/api/evaluations/${e.id}`)).json().evaluation;
  const history = async (e: { id: number }) =>
    (await admin.get(`/api/evaluations/${e.id}/history`)).json().versions as {
      version: number;
      by: string;
      summary: string;
      status: string;
    }[];
  /** 南洲 with one audit error that leaves the score alone: the stated change of 三公 against its budget. */
  const comparisonError = (d: Evaluation) => {
    d.finance.comparisons[0]!.change = -0.7;
  };
  const COMPARISON = { code: 'comparison_change_mismatch', path: 'finance.comparisons[0].change' };

  beforeAll(async () => {
    server = await buildTestServer('sqlite');
    admin = await server.login('admin', ADMIN_PASSWORD);
    dept = (await admin.get('/api/departments'))
      .json()
      .departments.find((d: { name: string }) => d.name === NANZHOU);
    const seedId = (await admin.get(`/api/evaluations?departmentId=${dept.id}`)).json().evaluations[0].id;
    seed = (await admin.get(`/api/evaluations/${seedId}`)).json().evaluation.data;
    for (const u of [
      { username: 'editor1', name: '南洲填报人', role: 'editor', departmentId: dept.id },
      { username: 'staff1', name: '南洲经办人', role: 'staff', departmentId: dept.id },
      { username: 'reviewer1', name: '海珠区审核人', role: 'reviewer', district: dept.district },
    ]) {
      expect((await admin.post('/api/users', { ...u, password: PASSWORD })).statusCode).toBe(201);
    }
    editor = await server.login('editor1', PASSWORD);
    staff = await server.login('staff1', PASSWORD);
    reviewer = await server.login('reviewer1', PASSWORD);
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('submit', () => {
    it('refuses a blank evaluation with 422 and the checklist, and leaves it a draft', async () => {
      const blank = {
        department: { name: NANZHOU, district: dept.district },
        year: year++,
        rubric: 'gz-dept-2023',
      };
      const e = (await editor.post('/api/evaluations', { departmentId: dept.id, data: blank })).json()
        .evaluation;
      const res = await step(editor, e, {
        action: 'submit',
        explanations: [{ code: 'blank', path: null, text: '先占位' }],
      });
      expect(res.statusCode).toBe(422);
      const error = res.json().error;
      expect(error.code).toBe('submission_blocked');
      expect(error.message).toContain('空白自评');
      expect(error.gate.ok).toBe(false);
      expect(error.gate.blocking[0]).toMatchObject({ kind: 'blank', explainable: false });
      expect(error.gate.blocking.map((b: { code: string }) => b.code)).toContain('indicators_empty');
      expect((await read(e)).status).toBe('draft');
      expect(await history(e)).toHaveLength(1);
    });

    it('lets an audit error through only with an explanation, kept for the reviewer beside the finding', async () => {
      const e = await draft(comparisonError);
      const refused = await step(editor, e, { action: 'submit' });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.gate.blocking).toEqual([
        expect.objectContaining({ kind: 'audit', ...COMPARISON, explainable: true }),
      ]);
      const blankWords = await step(editor, e, {
        action: 'submit',
        explanations: [{ ...COMPARISON, text: '   ' }],
      });
      expect(blankWords.statusCode).toBe(422);

      const ok = await step(editor, e, {
        action: 'submit',
        version: e.version,
        explanations: [
          { ...COMPARISON, text: '年初预算按调整后口径，差额 0.06 万元为四舍五入' },
          // An explanation of nothing the audit found is not kept.
          { code: 'lines_total_mismatch', path: 'finance.income', text: '无关' },
        ],
      });
      expect(ok.statusCode).toBe(200);
      const submitted: Record_ = ok.json().evaluation;
      expect(submitted.status).toBe('submitted');
      const forReviewer = await read(e, reviewer);
      expect(forReviewer.submission).toMatchObject({
        version: submitted.version,
        by: '南洲填报人',
        byUsername: 'editor1',
        explanations: [
          {
            ...COMPARISON,
            message: expect.stringContaining('“三公”经费'),
            text: '年初预算按调整后口径，差额 0.06 万元为四舍五入',
          },
        ],
      });
      expect((await history(e))[0]).toMatchObject({
        status: 'submitted',
        by: '南洲填报人',
        summary: '提交（附 1 条说明）',
      });
    });

    it('cannot explain away a validation error or a stated total other than the computed one', async () => {
      const invalid = await draft((d) => {
        d.management[0]!.item = '不存在的项目';
      });
      const r1 = await step(editor, invalid, {
        action: 'submit',
        explanations: [{ code: 'validation', path: 'management[0].item', text: '说明' }],
      });
      expect(r1.statusCode).toBe(422);
      expect(r1.json().error.gate.blocking).toContainEqual(
        expect.objectContaining({ kind: 'validation', path: 'management[0].item' }),
      );

      const stated = await draft((d) => {
        d.reported.total = 95;
        d.reported.scores.总分 = 95;
      });
      const r2 = await step(editor, stated, {
        action: 'submit',
        explanations: [{ code: 'total_computed_mismatch', path: 'reported.total', text: '以报告为准' }],
      });
      expect(r2.statusCode).toBe(422);
      expect(r2.json().error.gate.blocking).toContainEqual(
        expect.objectContaining({ kind: 'score', code: 'total_computed_mismatch', explainable: false }),
      );
    });

    it('refuses a submission checked on another version than the stored one (409)', async () => {
      const e = await draft();
      const res = await step(editor, e, { action: 'submit', version: e.version + 1 });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('version_conflict');
      expect((await read(e)).status).toBe('draft');
    });
  });

  describe('withdraw', () => {
    it('takes a submission back to draft before the bureau acts, recorded in the history', async () => {
      const e = await draft();
      expect((await step(editor, e, { action: 'submit' })).statusCode).toBe(200);
      expect((await read(e, editor)).allowedActions).toEqual(['withdraw', 'comment']);
      expect((await step(reviewer, e, { action: 'withdraw' })).statusCode).toBe(403);
      expect((await step(staff, e, { action: 'withdraw' })).statusCode).toBe(403);
      const res = await step(editor, e, { action: 'withdraw' });
      expect(res.statusCode).toBe(200);
      const withdrawn: Record_ = res.json().evaluation;
      expect(withdrawn.status).toBe('draft');
      expect(withdrawn.allowedActions).toContain('update');
      expect((await history(e))[0]).toMatchObject({ status: 'draft', summary: '撤回提交' });
      // Editable again.
      const data = { ...withdrawn.data, title: '撤回后修改' };
      const put = await editor.put(`/api/evaluations/${e.id}`, { version: withdrawn.version, data });
      expect(put.statusCode).toBe(200);
    });

    it('is too late once the bureau has approved', async () => {
      const e = await draft();
      await step(editor, e, { action: 'submit' });
      expect((await step(reviewer, e, { action: 'approve' })).statusCode).toBe(200);
      const res = await step(editor, e, { action: 'withdraw' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({
        code: 'invalid_transition',
        message: '自评当前为“已审核”，不能撤回提交',
      });
    });
  });

  describe('reopen', () => {
    it('needs a reason, which goes into the comments and the history', async () => {
      const e = await draft();
      await step(editor, e, { action: 'submit' });
      await step(reviewer, e, { action: 'approve' });
      expect((await read(e, reviewer)).allowedActions).toEqual(['publish', 'reopen', 'comment']);
      const noReason = await step(reviewer, e, { action: 'reopen', comment: '  ' });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error).toMatchObject({
        code: 'comment_required',
        message: '重新打开时必须填写理由',
      });
      expect((await step(editor, e, { action: 'reopen', comment: '我想改' })).statusCode).toBe(403);
      const res = await step(reviewer, e, { action: 'reopen', comment: '发现执行数与决算报表不一致' });
      expect(res.statusCode).toBe(200);
      expect(res.json().evaluation.status).toBe('returned');
      expect((await history(e))[0]).toMatchObject({
        status: 'returned',
        by: '海珠区审核人',
        summary: '重新打开：发现执行数与决算报表不一致',
      });
      const comments = (await editor.get(`/api/evaluations/${e.id}/comments`)).json().comments;
      expect(comments.at(-1)).toMatchObject({ body: '发现执行数与决算报表不一致', role: 'reviewer' });
      expect((await read(e, editor)).allowedActions).toContain('update');
    });

    it('reopens a published evaluation too (an administrator), but not one still under review', async () => {
      const e = await draft();
      await step(editor, e, { action: 'submit' });
      const early = await step(admin, e, { action: 'reopen', comment: '理由' });
      expect(early.statusCode).toBe(409);
      await step(reviewer, e, { action: 'approve' });
      await step(reviewer, e, { action: 'publish' });
      const res = await step(admin, e, { action: 'reopen', comment: '公开后发现错误' });
      expect(res.statusCode).toBe(200);
      expect(res.json().evaluation.status).toBe('returned');
    });
  });

  describe('history', () => {
    it('names each changed field in Chinese, and who changed it by display name', async () => {
      const e = await draft();
      const data = structuredClone(e.data);
      const before = data.indicators[5]!.actual;
      data.indicators[5]!.actual = '开展活动 120 场';
      data.indicators.push({ name: '新增的指标', target: '≥1次', actual: '2次' });
      const put = await editor.put(`/api/evaluations/${e.id}`, { version: e.version, data });
      expect(put.statusCode).toBe(200);
      const v = put.json().evaluation.version as number;
      const name = data.indicators[5]!.name;
      expect((await history(e))[0]).toMatchObject({
        version: v,
        by: '南洲填报人',
        summary: `修改：绩效指标第 6 行「${name}」 · 实际完成值；新增 绩效指标第 13 行「新增的指标」`,
      });
      const res = await reviewer.get(`/api/evaluations/${e.id}/versions/${v}/changes`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.previous).toBe(v - 1);
      expect(body.version).toMatchObject({ version: v, by: '南洲填报人' });
      expect(body.changes).toEqual([
        {
          kind: 'changed',
          path: 'indicators[5].actual',
          label: `绩效指标第 6 行「${name}」 · 实际完成值`,
          before,
          after: '开展活动 120 场',
          text: expect.stringMatching(/^绩效指标第 6 行「.+」 · 实际完成值：.+ → 开展活动 120 场$/),
        },
        expect.objectContaining({
          kind: 'added',
          path: 'indicators[12]',
          text: '新增 绩效指标第 13 行「新增的指标」',
        }),
      ]);
      const first = (await admin.get(`/api/evaluations/${e.id}/versions/1/changes`)).json();
      expect(first).toMatchObject({ previous: null, changes: [] });
      expect((await admin.get(`/api/evaluations/${e.id}/versions/99/changes`)).statusCode).toBe(404);
    });

    it('restores an earlier version as a new one, with the version check', async () => {
      const e = await draft();
      const v2 = structuredClone(e.data);
      v2.indicators[0]!.actual = '第二版的值';
      const r2 = (await editor.put(`/api/evaluations/${e.id}`, { version: e.version, data: v2 })).json()
        .evaluation as Record_;
      const v3 = structuredClone(v2);
      v3.indicators[0]!.actual = '第三版的值';
      v3.title = '第三版标题';
      const r3 = (await editor.put(`/api/evaluations/${e.id}`, { version: r2.version, data: v3 })).json()
        .evaluation as Record_;

      const stale = await editor.post(`/api/evaluations/${e.id}/versions/${r2.version}/restore`, {
        version: r2.version,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({
        code: 'version_conflict',
        current: { version: r3.version },
      });
      expect(
        (await staff.post(`/api/evaluations/${e.id}/versions/${r2.version}/restore`, { version: r3.version }))
          .statusCode,
      ).toBe(403);
      expect(
        (
          await reviewer.post(`/api/evaluations/${e.id}/versions/${r2.version}/restore`, {
            version: r3.version,
          })
        ).statusCode,
      ).toBe(403);
      const current = await editor.post(`/api/evaluations/${e.id}/versions/${r3.version}/restore`, {
        version: r3.version,
      });
      expect(current.statusCode).toBe(400);

      const res = await editor.post(`/api/evaluations/${e.id}/versions/${r2.version}/restore`, {
        version: r3.version,
      });
      expect(res.statusCode).toBe(200);
      const restored: Record_ = res.json().evaluation;
      expect(restored.version).toBe(r3.version + 1);
      expect(restored.data.indicators[0]!.actual).toBe('第二版的值');
      expect(restored.data.title).toBe(e.data.title);
      const h = await history(e);
      expect(h[0]).toMatchObject({ version: restored.version, summary: `恢复自第 ${r2.version} 版` });
      expect(h).toHaveLength(4);
      const changes = (
        await admin.get(`/api/evaluations/${e.id}/versions/${restored.version}/changes`)
      ).json().changes as { path: string }[];
      expect(changes.map((c) => c.path).sort()).toEqual(['indicators[0].actual', 'title']);
    });

    it('restores only where editing is allowed', async () => {
      const e = await draft();
      const data = { ...e.data, title: '第二版' };
      const r2 = (await editor.put(`/api/evaluations/${e.id}`, { version: e.version, data })).json()
        .evaluation as Record_;
      expect(r2.allowedActions).toContain('restore');
      const sub = (await step(editor, e, { action: 'submit' })).json().evaluation as Record_;
      expect(sub.allowedActions).not.toContain('restore');
      const res = await editor.post(`/api/evaluations/${e.id}/versions/1/restore`, { version: sub.version });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('evaluation_locked');
    });
  });
});
