import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../../core/model';
import { ADMIN_PASSWORD, buildTestServer, type TestClient, type TestServer } from '../../_testing';

const NANZHOU = '广州市海珠区人民政府南洲街道办事处';
const PASSWORD = 'kiwi-harbor-58';

interface Summary {
  id: number;
  departmentId: number;
  departmentName: string;
  year: number;
}

describe('POST /api/evaluations/:id/next-year (从上年复制)', () => {
  let server: TestServer;
  let admin: TestClient;
  let editor: TestClient;
  let nz2023: Summary;
  let xinhua: Summary;

  beforeAll(async () => {
    server = await buildTestServer('sqlite');
    admin = await server.login('admin', ADMIN_PASSWORD);
    const list = (await admin.get('/api/evaluations')).json().evaluations as Summary[];
    nz2023 = list.find((e) => e.departmentName === NANZHOU && e.year === 2023)!;
    xinhua = list.find((e) => e.departmentName.includes('新华'))!;
    const u = {
      username: 'nz-editor',
      name: '南洲填报人',
      role: 'editor',
      departmentId: nz2023.departmentId,
    };
    expect((await admin.post('/api/users', { ...u, password: PASSWORD })).statusCode).toBe(201);
    editor = await server.login('nz-editor', PASSWORD);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('creates 南洲 2024 as a draft with 2023’s targets and no actuals, on the 2024 rubric', async () => {
    const prev = (await editor.get(`/api/evaluations/${nz2023.id}`)).json().evaluation.data as Evaluation;
    const res = await editor.post(`/api/evaluations/${nz2023.id}/next-year`, {});
    expect(res.statusCode).toBe(201);
    const e = res.json().evaluation;
    expect(e).toMatchObject({ departmentId: nz2023.departmentId, year: 2024, status: 'draft', version: 1 });
    const data = e.data as Evaluation;
    expect(data.rubric).toBe('gz-dept-2024');
    expect(data.department.functions).toEqual(prev.department.functions);
    expect(data.indicators.map((i) => [i.name, i.target])).toEqual(
      prev.indicators.map((i) => [i.name, i.target]),
    );
    expect(data.indicators.some((i) => i.actual || i.status || i.judgement)).toBe(false);
    expect(data.management.map((m) => m.item)).toEqual(prev.management.map((m) => m.item));
    expect(data.management.some((m) => m.score != null)).toBe(false);
    expect(data.reported.total ?? null).toBeNull();
    expect(e.total).toBeNull();
    const audit = (await admin.get(`/api/audit-log?entity=evaluation&entityId=${e.id}`)).json().entries;
    expect(audit.map((a: { action: string }) => a.action)).toContain('copy_from_last_year');
  });

  it('names the department as it is called now, after a rename', async () => {
    const dept = (await admin.get('/api/departments'))
      .json()
      .departments.find((d: { id: number }) => d.id === xinhua.departmentId);
    const renamed = `${dept.name}（新）`;
    expect((await admin.patch(`/api/departments/${dept.id}`, { name: renamed })).statusCode).toBe(200);
    const res = await admin.post(`/api/evaluations/${xinhua.id}/next-year`, {});
    expect(res.statusCode).toBe(201);
    expect(res.json().evaluation).toMatchObject({ year: xinhua.year + 1 });
    expect(res.json().evaluation.data.department.name).toBe(renamed);
  });

  it('refuses with a Chinese 409 when next year exists already', async () => {
    const before = (await admin.get('/api/evaluations')).json().evaluations.length;
    const res = await editor.post(`/api/evaluations/${nz2023.id}/next-year`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'evaluation_exists',
      message: `${NANZHOU} 2024 年度的自评已存在，不能再从上年复制`,
    });
    expect((await admin.get('/api/evaluations')).json().evaluations.length).toBe(before);
  });

  it('refuses an editor copying another department’s evaluation', async () => {
    const res = await editor.post(`/api/evaluations/${xinhua.id}/next-year`, {});
    expect([403, 404]).toContain(res.statusCode);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('answers an unknown evaluation with 404', async () => {
    const res = await admin.post('/api/evaluations/999999/next-year', {});
    expect(res.statusCode).toBe(404);
  });
});
