import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ADMIN_PASSWORD,
  buildTestServer,
  multipartFile,
  type TestClient,
  type TestServer,
} from '../server/_testing';
import * as Api from '.';

const example = readFileSync(new URL('../../examples/nanzhou-2023.json', import.meta.url));
/** Seed 003, whose income lines do not add up to its total: the audit has findings to send. */
const xinhua = readFileSync(new URL('../../examples/xinhua-2022.json', import.meta.url));

/**
 * What the server sends is exactly what the contract describes: the schema accepts it and, since objects drop keys
 * they do not know, parsing gives the same JSON back (a key the server added and the contract lacks fails).
 */
function expectContract(schema: z.ZodType, json: unknown) {
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  expect(parsed.data).toEqual(json);
}

describe('the HTTP contract (src/api) against the JSON the server sends', () => {
  let server: TestServer;
  let admin: TestClient;
  let id: number;

  beforeAll(async () => {
    server = await buildTestServer('sqlite');
    admin = await server.login('admin', ADMIN_PASSWORD);
    const list = (await admin.get('/api/evaluations')).json().evaluations as {
      id: number;
      departmentName: string;
    }[];
    id = list.find((e) => e.departmentName.includes('南洲'))!.id;
    const comment = await admin.post(`/api/evaluations/${id}/comments`, {
      body: '请核对收入合计',
      path: 'finance.income',
    });
    expect(comment.statusCode).toBe(201);
    expectContract(Api.CommentResponse, comment.json());
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    ['/api/me', Api.UserResponse],
    ['/api/users', Api.UsersResponse],
    ['/api/departments', Api.DepartmentsResponse],
    ['/api/evaluations', Api.EvaluationsResponse],
    ['/api/evaluations/:id', Api.EvaluationResponse],
    ['/api/evaluations/:id/history', Api.HistoryResponse],
    ['/api/evaluations/:id/versions/1', Api.EvaluationResponse],
    ['/api/evaluations/:id/comments', Api.CommentsResponse],
    ['/api/evaluations/:id/score', Api.ScoreResponse],
    ['/api/evaluations/:id/audit', Api.AuditResponse],
    ['/api/dashboard', Api.Dashboard],
    ['/api/audit-log', Api.AuditLogResponse],
  ] as const)('GET %s', async (url, schema) => {
    const res = await admin.get(url.replace(':id', String(id)));
    expect(res.statusCode).toBe(200);
    expectContract(schema, res.json());
  });

  it('POST /api/score and /api/audit of an unsaved document', async () => {
    const data = JSON.parse(xinhua.toString('utf8'));
    const score = await admin.post('/api/score', { data });
    expect(score.statusCode).toBe(200);
    expectContract(Api.ScoreResponse, score.json());
    const audit = await admin.post('/api/audit', { data });
    expect(audit.statusCode).toBe(200);
    expectContract(Api.AuditResponse, audit.json());
    expect(audit.json().findings.map((f: { code: string }) => f.code)).toContain('lines_total_mismatch');
  });

  it('POST /api/import of a JSON document', async () => {
    const m = multipartFile('南洲.json', example);
    const res = await admin.post('/api/import', m.body, m.headers);
    expect(res.statusCode).toBe(200);
    expectContract(Api.ImportResponse, res.json());
  });

  it('POST /api/auth/login and /api/auth/logout', async () => {
    const c = server.client();
    const login = await c.post('/api/auth/login', { username: 'admin', password: ADMIN_PASSWORD });
    expectContract(Api.UserResponse, login.json());
    expectContract(Api.LogoutResponse, (await c.post('/api/auth/logout')).json());
  });

  it('the account routes: the indicators of a staff member, a department change, a password reset and change', async () => {
    const { departments } = (await admin.get('/api/departments')).json();
    const nz = departments.find((d: { name: string }) => d.name.includes('南洲'));
    const created = await admin.post('/api/users', {
      username: 'contract-staff',
      name: '契约经办人',
      password: 'contract-pass-93',
      role: 'staff',
      departmentId: nz.id,
    });
    expectContract(Api.UserResponse, created.json());
    const staffId = created.json().user.id;
    const owned = await admin.get(`/api/users/${staffId}/indicators`);
    expectContract(Api.UserIndicatorsResponse, owned.json());
    const e = owned.json().evaluations.find((x: { id: number }) => x.id === id);
    const put = await admin.put(`/api/users/${staffId}/indicators`, {
      evaluationId: id,
      version: e.version,
      paths: [e.indicators[0].path],
    });
    expectContract(Api.UserIndicatorsResponse, put.json());
    expect(put.json().evaluations.find((x: { id: number }) => x.id === id).indicators[0].ownerName).toBe(
      '契约经办人',
    );
    const reset = await admin.post(`/api/users/${staffId}/password`, { password: 'contract-temp-57' });
    expectContract(Api.UserResponse, reset.json());
    const staff = await server.login('contract-staff', 'contract-temp-57');
    const changed = await staff.post('/api/me/password', {
      currentPassword: 'contract-temp-57',
      newPassword: 'contract-mine-84',
    });
    expectContract(Api.UserResponse, changed.json());
    const dept = await admin.post('/api/departments', { name: '契约部门', district: '越秀区' });
    expectContract(Api.DepartmentResponse, dept.json());
    const off = await admin.patch(`/api/departments/${dept.json().department.id}`, { active: false });
    expectContract(Api.DepartmentResponse, off.json());
  });

  it('a response missing a field or carrying an unknown one is not the contract', () => {
    const user = {
      id: 1,
      username: 'a',
      name: 'A',
      role: 'admin',
      departmentId: null,
      district: null,
      active: true,
      mustChangePassword: false,
    };
    expect(() => expectContract(Api.User, user)).not.toThrow();
    expect(() => expectContract(Api.User, { ...user, createdAt: '2024-01-01' })).toThrow();
    const { active: _, ...noActive } = user;
    expect(() => expectContract(Api.User, noActive)).toThrow(/active/);
  });
});
