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
const PASSWORD = 'copper-kettle-19';

interface Dept {
  id: number;
  name: string;
  district: string | null;
  active: boolean;
}

describe.each(STORE_KINDS)('departments on %s', (kind) => {
  let server: TestServer;
  let admin: TestClient;
  let nanzhouDoc: Evaluation;

  beforeAll(async () => {
    server = await buildTestServer(kind);
    admin = await server.login('admin', ADMIN_PASSWORD);
    const nz = (await admin.get('/api/departments')).json().departments.find((d: Dept) => d.name === NANZHOU);
    const [e] = (await admin.get(`/api/evaluations?departmentId=${nz.id}`)).json().evaluations;
    nanzhouDoc = (await admin.get(`/api/evaluations/${e.id}`)).json().evaluation.data;
  });
  afterAll(async () => {
    await server?.close();
  });

  const create = async (name: string, district: string | null = '越秀区') => {
    const res = await admin.post('/api/departments', { name, district });
    expect(res.statusCode).toBe(201);
    return res.json().department as Dept;
  };
  const docFor = (d: Dept, year: number): Evaluation => ({
    ...structuredClone(nanzhouDoc),
    department: { ...nanzhouDoc.department, name: d.name, district: d.district },
    year,
  });

  it('creates a department (active) and refuses a name already taken, also when two requests race', async () => {
    const d = await create('测试部门甲');
    expect(d).toMatchObject({ name: '测试部门甲', district: '越秀区', active: true });
    const again = await admin.post('/api/departments', { name: '测试部门甲', district: null });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toEqual({ code: 'department_exists', message: '部门“测试部门甲”已存在' });
    for (let round = 0; round < 4; round++) {
      const body = { name: `并发部门${round}`, district: '越秀区' };
      const codes = await Promise.all([
        admin.post('/api/departments', body),
        admin.post('/api/departments', body),
      ]);
      expect(codes.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    }
    const empty = await admin.post('/api/departments', { name: '   ' });
    expect(empty.json().error).toMatchObject({
      code: 'invalid_request',
      message: expect.stringContaining('部门名称不能为空'),
    });
  });

  it('renames and moves a department, refusing a taken name; the audit log says what changed and who', async () => {
    const d = await create('测试部门乙');
    const res = await admin.patch(`/api/departments/${d.id}`, {
      name: '测试部门乙（新）',
      district: '荔湾区',
    });
    expect(res.json().department).toEqual({
      id: d.id,
      name: '测试部门乙（新）',
      district: '荔湾区',
      active: true,
    });
    const taken = await admin.patch(`/api/departments/${d.id}`, { name: NANZHOU });
    expect(taken.statusCode).toBe(409);
    expect((await admin.patch('/api/departments/999999', { active: false })).statusCode).toBe(404);
    const [entry] = (await admin.get(`/api/audit-log?entity=department&entityId=${d.id}&limit=1`)).json()
      .entries;
    expect(entry).toMatchObject({
      action: 'update',
      name: '系统管理员',
      detail: { changes: { name: ['测试部门乙', '测试部门乙（新）'], district: ['越秀区', '荔湾区'] } },
    });
  });

  it('deactivates a department: its evaluations stay, no new one and no new account; reactivated, both again', async () => {
    const d = await create('测试部门丙');
    const first = await admin.post('/api/evaluations', { departmentId: d.id, data: docFor(d, 2023) });
    expect(first.statusCode).toBe(201);
    const editor = await admin.post('/api/users', {
      username: 'bing-editor',
      name: '丙填报人',
      password: PASSWORD,
      role: 'editor',
      departmentId: d.id,
    });
    expect(editor.statusCode).toBe(201);

    const off = await admin.patch(`/api/departments/${d.id}`, { active: false });
    expect(off.json().department.active).toBe(false);
    const [entry] = (await admin.get(`/api/audit-log?entity=department&entityId=${d.id}&limit=1`)).json()
      .entries;
    expect(entry).toMatchObject({ action: 'deactivate', detail: { changes: { active: [true, false] } } });

    const listed = (await admin.get('/api/departments')).json().departments.find((x: Dept) => x.id === d.id);
    expect(listed.active).toBe(false);
    expect((await admin.get(`/api/evaluations?departmentId=${d.id}`)).json().evaluations).toHaveLength(1);
    expect((await admin.get(`/api/evaluations/${first.json().evaluation.id}`)).statusCode).toBe(200);
    const refused = await admin.post('/api/evaluations', { departmentId: d.id, data: docFor(d, 2024) });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toEqual({
      code: 'department_inactive',
      message: '部门“测试部门丙”已停用，不能新建自评',
    });
    const newAccount = await admin.post('/api/users', {
      username: 'bing-staff',
      name: '丙经办人',
      password: PASSWORD,
      role: 'staff',
      departmentId: d.id,
    });
    expect(newAccount.json().error.code).toBe('department_inactive');
    // The department's existing account still signs in and still reads its history.
    const c = await server.login('bing-editor', PASSWORD);
    expect((await c.get('/api/evaluations')).json().evaluations).toHaveLength(1);
    // An edit of that account that keeps its department is not refused.
    const kept = await admin.patch(`/api/users/${editor.json().user.id}`, { name: '丙填报人（留用）' });
    expect(kept.statusCode).toBe(200);

    await admin.patch(`/api/departments/${d.id}`, { active: true });
    expect(
      (await admin.post('/api/evaluations', { departmentId: d.id, data: docFor(d, 2024) })).statusCode,
    ).toBe(201);
  });

  it('is managed by the administrator alone; others see only theirs', async () => {
    await admin.post('/api/users', {
      username: 'hz-reviewer',
      name: '海珠审核人',
      password: PASSWORD,
      role: 'reviewer',
      district: '海珠区',
    });
    const reviewer = await server.login('hz-reviewer', PASSWORD);
    expect((await reviewer.post('/api/departments', { name: '越权部门' })).statusCode).toBe(403);
    const d = (await reviewer.get('/api/departments')).json().departments as Dept[];
    expect(d.length).toBeGreaterThan(0);
    expect(d.every((x) => x.district === '海珠区')).toBe(true);
    expect((await reviewer.patch(`/api/departments/${d[0]!.id}`, { active: false })).statusCode).toBe(403);
  });
});
