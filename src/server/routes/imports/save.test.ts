import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Evaluation } from '../../../core/model';
import { ADMIN_PASSWORD, buildTestServer, type TestClient, type TestServer } from '../../_testing';

const example = (name: string) =>
  Evaluation.parse(
    JSON.parse(readFileSync(new URL(`../../../../examples/${name}`, import.meta.url), 'utf8')),
  );
const NANZHOU = '广州市海珠区人民政府南洲街道办事处';
const XINHUA = '广州市花都区人民政府新华街道办事处';
const PASSWORD = 'kiwi-harbor-58';

describe('POST /api/import/save', () => {
  let server: TestServer;
  let admin: TestClient;
  let editor: TestClient;
  let nanzhou: { id: number; name: string };
  const xinhua = example('xinhua-2022.json');
  const nz2023 = example('nanzhou-2023.json');
  const save = (c: TestClient, body: Record<string, unknown>) => c.post('/api/import/save', body);
  const auditOf = async (id: number) =>
    (await admin.get(`/api/audit-log?entity=evaluation&entityId=${id}&limit=100`)).json().entries as {
      action: string;
      detail: Record<string, unknown>;
    }[];
  const count = async () => (await admin.get('/api/evaluations')).json().evaluations.length as number;

  beforeAll(async () => {
    server = await buildTestServer('sqlite');
    admin = await server.login('admin', ADMIN_PASSWORD);
    nanzhou = (await admin.get('/api/departments'))
      .json()
      .departments.find((d: { name: string }) => d.name === NANZHOU);
    const u = { username: 'nz-editor', name: '南洲填报人', role: 'editor', departmentId: nanzhou.id };
    expect((await admin.post('/api/users', { ...u, password: PASSWORD })).statusCode).toBe(201);
    editor = await server.login('nz-editor', PASSWORD);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('refuses an editor of 南洲 saving 新华’s report, naming both departments, and stores nothing', async () => {
    const before = await count();
    const res = await save(editor, {
      departmentId: nanzhou.id,
      data: xinhua,
      read: { department: XINHUA, year: 2022 },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect(res.json().error.message).toContain(`「${XINHUA}」`);
    expect(res.json().error.message).toContain(`「${NANZHOU}」`);
    expect(res.json().error.mismatch).toMatchObject({ departmentMatches: false });
    // A confirmation does not help an editor.
    const again = await save(editor, { departmentId: nanzhou.id, data: xinhua, confirmMismatch: true });
    expect(again.statusCode).toBe(403);
    expect(await count()).toBe(before);
  });

  it('refuses the editor the same file through the plain create route', async () => {
    const res = await editor.post('/api/evaluations', { departmentId: nanzhou.id, data: xinhua });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain(`「${XINHUA}」`);
  });

  it('refuses the editor when the document was renamed to 南洲 after it was read as 新华', async () => {
    const renamed = { ...xinhua, department: { ...xinhua.department, name: NANZHOU, district: '海珠区' } };
    const res = await save(editor, {
      departmentId: nanzhou.id,
      data: renamed,
      read: { department: XINHUA, year: 2022 },
    });
    expect(res.statusCode).toBe(403);
  });

  it('asks an administrator to confirm, then saves and writes the confirmation to the audit log', async () => {
    const body = { departmentId: nanzhou.id, data: xinhua, read: { department: XINHUA, year: 2022 } };
    const ask = await save(admin, body);
    expect(ask.statusCode).toBe(409);
    expect(ask.json().error).toMatchObject({ code: 'import_mismatch', confirmable: true });
    expect(ask.json().error.message).toContain(`「${XINHUA}」`);
    const res = await save(admin, { ...body, confirmMismatch: true });
    expect(res.statusCode).toBe(201);
    const e = res.json().evaluation;
    expect(e).toMatchObject({ departmentId: nanzhou.id, year: 2022 });
    expect(res.json().merged).toBe(false);
    const entry = (await auditOf(e.id)).find((a) => a.action === 'import_mismatch_confirmed');
    expect(entry?.detail).toMatchObject({ fileDepartment: XINHUA, department: NANZHOU });
  });

  it('lets an editor save a report of their own department without a word', async () => {
    const data = { ...nz2023, year: 2019, title: null };
    const res = await save(editor, {
      departmentId: nanzhou.id,
      data,
      read: { department: NANZHOU, year: 2019 },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().evaluation).toMatchObject({ departmentId: nanzhou.id, year: 2019 });
    expect((await auditOf(res.json().evaluation.id)).map((a) => a.action)).not.toContain(
      'import_mismatch_confirmed',
    );
  });

  it('answers an existing year with the stored evaluation, then writes the merge against its version', async () => {
    const imported = structuredClone(nz2023);
    imported.indicators[0]!.actual = '导入的实际值';
    imported.conclusion = '导入的结论';
    const body = { departmentId: nanzhou.id, data: imported, read: { department: NANZHOU, year: 2023 } };
    const exists = await save(editor, body);
    expect(exists.statusCode).toBe(409);
    expect(exists.json().error.code).toBe('evaluation_exists');
    const current = exists.json().error.current;
    expect(current).toMatchObject({ departmentId: nanzhou.id, year: 2023 });

    // The client keeps the stored conclusion and takes the imported actual.
    const merged = structuredClone(current.data);
    merged.indicators[0].actual = imported.indicators[0]!.actual;
    const res = await save(editor, {
      ...body,
      data: merged,
      onto: { id: current.id, version: current.version },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().merged).toBe(true);
    expect(res.json().evaluation.version).toBe(current.version + 1);
    const stored = (await editor.get(`/api/evaluations/${current.id}`)).json().evaluation.data;
    expect(stored.indicators[0].actual).toBe('导入的实际值');
    expect(stored.conclusion).toBe(current.data.conclusion);

    const stale = await save(editor, {
      ...body,
      data: merged,
      onto: { id: current.id, version: current.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(stale.json().error.current.version).toBe(current.version + 1);
  });

  it('refuses a merge onto an evaluation of another year', async () => {
    const list = (await admin.get(`/api/evaluations?departmentId=${nanzhou.id}`)).json().evaluations;
    const e2023 = list.find((e: { year: number }) => e.year === 2023);
    const res = await save(admin, {
      departmentId: nanzhou.id,
      data: { ...nz2023, year: 2019 },
      onto: { id: e2023.id, version: e2023.version },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('2023 年度');
  });

  it('refuses a reviewer with 403', async () => {
    const u = { username: 'rv', name: '审核人', role: 'reviewer', district: '海珠区' };
    expect((await admin.post('/api/users', { ...u, password: PASSWORD })).statusCode).toBe(201);
    const reviewer = await server.login('rv', PASSWORD);
    const res = await save(reviewer, { departmentId: nanzhou.id, data: nz2023 });
    expect(res.statusCode).toBe(403);
  });
});
