/** Saving drafts: whatever a draft still lacks is saved and listed; a wrong structure is still refused. */
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
const PASSWORD = 'kiwi-harbor-58';

describe.each(STORE_KINDS)('saving drafts (%s)', (kind) => {
  let server: TestServer;
  let admin: TestClient;
  let editor: TestClient;
  let staff: TestClient;
  let deptId: number;
  let seedId: number;
  let year = 2040;

  /** A new evaluation of 南洲 in a year of its own, indicator 0 owned by `staff1`. */
  async function fresh(): Promise<{ id: number; version: number; data: Evaluation }> {
    const data: Evaluation = structuredClone(
      (await admin.get(`/api/evaluations/${seedId}`)).json().evaluation.data,
    );
    data.year = year++;
    data.indicators[0]!.owner = 'staff1';
    const res = await admin.post('/api/evaluations', { departmentId: deptId, data });
    expect(res.statusCode).toBe(201);
    return res.json().evaluation;
  }

  beforeAll(async () => {
    server = await buildTestServer(kind);
    admin = await server.login('admin', ADMIN_PASSWORD);
    deptId = (await admin.get('/api/departments'))
      .json()
      .departments.find((d: { name: string }) => d.name === NANZHOU).id;
    seedId = (await admin.get(`/api/evaluations?departmentId=${deptId}`)).json().evaluations[0].id;
    for (const u of [
      { username: 'editor1', role: 'editor', departmentId: deptId },
      { username: 'staff1', role: 'staff', departmentId: deptId },
    ])
      expect(
        (await admin.post('/api/users', { ...u, name: u.username, password: PASSWORD })).statusCode,
      ).toBe(201);
    editor = await server.login('editor1', PASSWORD);
    staff = await server.login('staff1', PASSWORD);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('saves an empty new indicator row and typed text that is not a number, and lists both', async () => {
    const e = await fresh();
    const data = structuredClone(e.data);
    data.indicators.push({ name: '', level1: '产出指标' } as Evaluation['indicators'][number]);
    data.finance.budget = null;
    data.drafts = { 'finance.budget': '-500' };
    data.title = '另一处修改';
    const res = await editor.put(`/api/evaluations/${e.id}`, { version: e.version, data });
    expect(res.statusCode).toBe(200);
    const row = data.indicators.length - 1;
    expect(res.json().problems).toEqual([
      { path: `indicators[${row}].name`, message: '指标名称不能为空' },
      { path: 'finance.budget', message: '「全年预算数」不能为负数' },
    ]);
    const back = (await editor.get(`/api/evaluations/${e.id}`)).json().evaluation;
    expect(back.version).toBe(e.version + 1);
    expect(back.data.drafts).toEqual({ 'finance.budget': '-500' });
    expect(back.data.finance.budget ?? null).toBeNull();
    expect(back.data.indicators[row]).toMatchObject({ name: '', level1: '产出指标' });
    expect(back.data.title).toBe('另一处修改');
  });

  it('saves a complete document with no problems', async () => {
    const e = await fresh();
    const res = await editor.put(`/api/evaluations/${e.id}`, { version: e.version, data: e.data });
    expect(res.statusCode).toBe(200);
    expect(res.json().problems).toEqual([]);
  });

  it.each([
    [
      'an unknown key',
      (d: Record<string, unknown>) => Object.assign(d, { budgett: 1 }),
      '未知的字段：budgett',
    ],
    [
      'a negative amount as a number',
      (d: Record<string, unknown>) => Object.assign(d.finance as object, { budget: -500 }),
      '全年预算数：金额不能为负数',
    ],
    [
      'typed text for a field that is not a number',
      (d: Record<string, unknown>) => Object.assign(d, { drafts: { title: 'x' } }),
      '「title」不是数字字段',
    ],
    [
      'typed text beside a value',
      (d: Record<string, unknown>) => Object.assign(d, { drafts: { 'finance.budget': 'x' } }),
      '「finance.budget」已有数值',
    ],
  ])('refuses %s with a Chinese 400 naming it', async (_, change, message) => {
    const e = await fresh();
    const data = structuredClone(e.data) as unknown as Record<string, unknown>;
    change(data);
    const res = await editor.put(`/api/evaluations/${e.id}`, { version: e.version, data });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_request');
    expect(res.json().error.message).toContain(message);
  });

  it('lets staff keep typed text at their own indicator only', async () => {
    const e = await fresh();
    const own = structuredClone(e.data);
    own.indicators[0]!.points = null;
    own.drafts = { 'indicators[0].points': 'abc' };
    const ok = await staff.put(`/api/evaluations/${e.id}`, { version: e.version, data: own });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().problems).toEqual([
      { path: 'indicators[0].points', message: '「绩效指标第 1 行 分值」应为分数' },
    ]);
    const other = structuredClone(own);
    other.drafts = { ...own.drafts, 'indicators[1].points': 'x' };
    const refused = await staff.put(`/api/evaluations/${e.id}`, { version: e.version + 1, data: other });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('indicators[1].points');
  });
});
