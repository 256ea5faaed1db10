/**
 * Project self-evaluations through the HTTP API: the seeded 新华 2022 projects, creating one, saving a draft with a bad
 * value, the workflow on /api/evaluations/:id, staff rights, the list with its filters, coverage and distribution, the
 * dashboard's project figures; on SQLite and PostgreSQL. Importing a list is `import.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Api from '../../../api';
import { readDocx } from '../../../documents/report/_docx-xml';
import {
  ADMIN_PASSWORD,
  buildTestServer,
  STORE_KINDS,
  type TestClient,
  type TestServer,
} from '../../_testing';
import { expectContract } from './_contract.testing';

const PASSWORD = 'kiwi-harbor-58';
const XINHUA = '广州市花都区人民政府新华街道办事处';
const NANZHOU = '广州市海珠区人民政府南洲街道办事处';
const xinhuaDepartment = JSON.parse(
  readFileSync(new URL('../../../../examples/xinhua-2022.json', import.meta.url), 'utf8'),
);
const changshou = JSON.parse(
  readFileSync(new URL('../../../../examples/projects/xinhua-2022-changshou.json', import.meta.url), 'utf8'),
);

/** The parts of a project document the staff cases change. */
type StaffDoc = { conclusion?: string; project: { owner?: string }; indicators: { actual?: string }[] };

describe.each(STORE_KINDS)('project self-evaluations over HTTP (%s)', (kind) => {
  let server: TestServer;
  let admin: TestClient;
  let editor: TestClient;
  let staff: TestClient;
  let other: TestClient;
  let reviewer: TestClient;
  let nanzhouEditor: TestClient;
  let xinhua: { id: number; district: string };
  let nanzhou: { id: number; district: string };

  beforeAll(async () => {
    server = await buildTestServer(kind);
    admin = await server.login('admin', ADMIN_PASSWORD);
    const departments = (await admin.get('/api/departments')).json().departments;
    xinhua = departments.find((d: { name: string }) => d.name === XINHUA);
    nanzhou = departments.find((d: { name: string }) => d.name === NANZHOU);
    for (const u of [
      { username: 'xh-editor', name: '新华填报人', role: 'editor', departmentId: xinhua.id },
      { username: 'xh-li', name: '李经办', role: 'staff', departmentId: xinhua.id },
      { username: 'xh-wang', name: '王经办', role: 'staff', departmentId: xinhua.id },
      { username: 'hd-reviewer', name: '花都区审核人', role: 'reviewer', district: xinhua.district },
      { username: 'nz-editor', name: '南洲填报人', role: 'editor', departmentId: nanzhou.id },
    ])
      expect((await admin.post('/api/users', { ...u, password: PASSWORD })).statusCode).toBe(201);
    editor = await server.login('xh-editor', PASSWORD);
    staff = await server.login('xh-li', PASSWORD);
    other = await server.login('xh-wang', PASSWORD);
    reviewer = await server.login('hd-reviewer', PASSWORD);
    nanzhouEditor = await server.login('nz-editor', PASSWORD);
  });
  afterAll(async () => {
    await server?.close();
  });

  const list = (client: TestClient, deptId: number, query = 'year=2022') =>
    client.get(`/api/departments/${deptId}/projects?${query}`);
  const newProject = (name: string, extra: Record<string, unknown> = {}) => ({
    schema: 'jixiao/project-evaluation@1',
    year: 2022,
    project: { name, department: XINHUA, ...extra },
    finance: { budget: 100, executed: 70, bySource: [] },
  });

  it('seeds 新华 2022 with its two key projects; 长者长寿保健金项目 scores 10 on 预算执行率 (809.28 of 809.28 万元)', async () => {
    const res = await list(editor, xinhua.id);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expectContract(Api.ProjectListResponse, body);
    const cs = body.projects.find((p: { name: string }) => p.name === '长者长寿保健金项目');
    expect(cs).toMatchObject({ budget: 809.28, executed: 809.28, executionRate: 100, status: 'draft' });
    expect(body.projects).toHaveLength(2);
    const score = (await editor.get(`/api/evaluations/${cs.id}/score`)).json().score;
    expect(score.root.children.find((c: { name: string }) => c.name === '预算执行率').score).toBe(10);
    for (const format of ['docx', 'xlsx']) {
      const table = await editor.get(`/api/evaluations/${cs.id}/report.${format}`);
      expect(table.statusCode).toBe(200);
      expect(decodeURIComponent(String(table.headers['content-disposition']))).toContain(
        '长者长寿保健金项目项目支出绩效自评表',
      );
      expect(table.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
    // Scored unsaved as well, and audited (no project audit rules yet: no findings).
    expect((await editor.post('/api/score', { data: changshou })).json().score.total).toBe(100);
    expect((await editor.post('/api/audit', { data: changshou })).json()).toEqual({ findings: [] });
    expect((await editor.get(`/api/evaluations/${cs.id}/audit`)).json()).toEqual({ findings: [] });
    const record = (await editor.get(`/api/evaluations/${cs.id}`)).json();
    expectContract(Api.AnyEvaluationResponse, record);
    expect(record.evaluation).toMatchObject({
      kind: 'project',
      data: { project: { name: '长者长寿保健金项目' } },
    });
  });

  it('prints the roll-up of the department’s project self-evaluations in its report', async () => {
    const row = (await admin.get('/api/evaluations'))
      .json()
      .evaluations.find(
        (r: { departmentName: string; year: number }) => r.departmentName === XINHUA && r.year === 2022,
      );
    const res = await editor.get(`/api/evaluations/${row.id}/report.docx`);
    expect(res.statusCode).toBe(200);
    const parts = await readDocx(new Uint8Array(res.rawPayload));
    const text = (parts.files['word/document.xml'] ?? '').replace(/<[^>]+>/g, '');
    const body = (await list(editor, xinhua.id)).json();
    const { projects, scored, rate } = body.coverage;
    expect(text).toContain(
      `本年度开展项目支出绩效自评 ${projects} 项，已完成自评 ${scored} 项，项目自评覆盖率 ${rate}%`,
    );
  });

  it('keeps the departmental lists as they were: projects are asked for by their own route', async () => {
    const rows = (await admin.get('/api/evaluations')).json().evaluations;
    expect(rows.every((r: { kind: string }) => r.kind === 'department')).toBe(true);
    expect(rows.filter((r: { departmentName: string }) => r.departmentName === XINHUA)).toHaveLength(1);
  });

  it('creates a project as a draft for the department editor only, once per project', async () => {
    const res = await editor.post(`/api/departments/${xinhua.id}/projects`, {
      year: 2022,
      data: newProject('社区网格化管理经费', { code: 'XM-001' }),
    });
    expect(res.statusCode).toBe(201);
    expectContract(Api.CreateProjectResponse, res.json());
    expect(res.json().evaluation).toMatchObject({ kind: 'project', status: 'draft', version: 1 });
    const again = await editor.post(`/api/departments/${xinhua.id}/projects`, {
      year: 2022,
      data: newProject('改名也不行', { code: 'XM-001' }),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('已有项目');
    const refused = [
      [staff, xinhua.id, 403],
      [reviewer, xinhua.id, 403],
      [nanzhouEditor, xinhua.id, 404],
    ] as const;
    for (const [client, id, status] of refused) {
      const r = await client.post(`/api/departments/${id}/projects`, { year: 2022, data: newProject('x') });
      expect(r.statusCode).toBe(status);
      expect(r.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const mismatch = await editor.post(`/api/departments/${xinhua.id}/projects`, {
      year: 2023,
      data: newProject('年度不符'),
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.message).toContain('年度');
  });

  it('saves a draft with a value it cannot accept, keeps the typed text and lists the problem at its field', async () => {
    const created = (
      await editor.post(`/api/departments/${xinhua.id}/projects`, {
        year: 2022,
        data: newProject('草稿项目'),
      })
    ).json().evaluation;
    const data = {
      ...created.data,
      finance: { ...created.data.finance, budget: null },
      drafts: { 'finance.budget': '-500' },
    };
    const res = await editor.put(`/api/evaluations/${created.id}`, { version: 1, data });
    expect(res.statusCode).toBe(200);
    expect(res.json().problems).toContainEqual({
      path: 'finance.budget',
      message: '「全年预算数」不能为负数',
    });
    expectContract(Api.SaveProjectEvaluationResponse, res.json());
    const back = (await editor.get(`/api/evaluations/${created.id}`)).json().evaluation;
    expect(back.data.drafts).toEqual({ 'finance.budget': '-500' });
    // The history names the field by the project's own labels.
    const changes = (await editor.get(`/api/evaluations/${created.id}/versions/2/changes`)).json().changes;
    expect(changes.map((c: { label: string }) => c.label)).toContain('全年预算数');
    // A structure it cannot save is refused, named by the project's own labels.
    const malformed = await editor.put(`/api/evaluations/${created.id}`, {
      version: 2,
      data: { ...back.data, project: { ...back.data.project, name: 5, colour: '红' } },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.message).toContain('项目名称：');
    expect(malformed.json().error.message).toContain('项目基本信息：未知的字段：colour');
    // A department's document is not saved onto a project row, whatever it claims.
    const wrong = await editor.put(`/api/evaluations/${created.id}`, {
      version: 2,
      data: xinhuaDepartment,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toContain('项目自评');
  });

  it('goes through the workflow: blocked while unscored, submitted, returned with a reason, approved', async () => {
    const blank = (
      await editor.post(`/api/departments/${xinhua.id}/projects`, {
        year: 2022,
        data: newProject('未评分项目'),
      })
    ).json().evaluation;
    const stop = await editor.post(`/api/evaluations/${blank.id}/transitions`, { action: 'submit' });
    expect(stop.statusCode).toBe(422);
    expect(stop.json().error.gate.blocking.map((b: { code: string }) => b.code)).toContain(
      'indicators_empty',
    );

    const id = (await list(editor, xinhua.id))
      .json()
      .projects.find((p: { name: string }) => p.name === '长者长寿保健金项目').id;
    const step = (client: TestClient, action: string, comment?: string) =>
      client.post(`/api/evaluations/${id}/transitions`, { action, ...(comment ? { comment } : {}) });
    expect((await step(reviewer, 'submit')).statusCode).toBe(403);
    const submitted = await step(editor, 'submit');
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().evaluation).toMatchObject({ kind: 'project', status: 'submitted' });
    const locked = await editor.put(`/api/evaluations/${id}`, {
      version: submitted.json().evaluation.version,
      data: changshou,
    });
    expect(locked.statusCode).toBe(409);
    expect((await step(reviewer, 'return')).statusCode).toBe(400);
    expect((await step(reviewer, 'return', '请补充偏差原因')).json().evaluation.status).toBe('returned');
    expect((await step(editor, 'submit')).json().evaluation.status).toBe('submitted');
    expect((await step(reviewer, 'approve')).json().evaluation.status).toBe('approved');
    const comments = (await reviewer.get(`/api/evaluations/${id}/comments`)).json().comments;
    expect(comments.map((c: { body: string }) => c.body)).toContain('请补充偏差原因');
    const first = (await reviewer.get(`/api/evaluations/${id}/versions/1`)).json().evaluation;
    expect(first).toMatchObject({ kind: 'project', version: 1, status: 'draft', total: 100, grade: '优' });
    const history = (await reviewer.get(`/api/evaluations/${id}/history`)).json().versions;
    expect(history.map((v: { status: string }) => v.status)).toEqual([
      'approved',
      'submitted',
      'returned',
      'submitted',
      'draft',
    ]);
  });

  it('lets staff change the projects they own and their own indicators, nothing else', async () => {
    const created = (
      await editor.post(`/api/departments/${xinhua.id}/projects`, {
        year: 2022,
        data: {
          ...newProject('李经办负责的项目', { owner: 'xh-li' }),
          indicators: [
            { level1: '产出指标', level2: '数量指标', name: '甲', target: '100%', owner: 'xh-wang' },
            { level1: '产出指标', level2: '数量指标', name: '乙', target: '100%' },
          ],
        },
      })
    ).json().evaluation;
    const actions = async (client: TestClient) =>
      (await client.get(`/api/evaluations/${created.id}`)).json().evaluation.allowedActions;
    expect(await actions(staff)).toContain('update');
    expect(await actions(other)).toContain('update');
    const seeded = (await list(editor, xinhua.id))
      .json()
      .projects.find((p: { name: string }) => p.name === '草稿项目');
    expect((await other.get(`/api/evaluations/${seeded.id}`)).json().evaluation.allowedActions).not.toContain(
      'update',
    );
    let version = 1;
    const put = (client: TestClient, edit: (d: StaffDoc) => void) => {
      const data = structuredClone(created.data);
      edit(data);
      return client.put(`/api/evaluations/${created.id}`, { version, data });
    };
    const own = await put(staff, (d) => {
      d.conclusion = '已完成';
      d.indicators[1]!.actual = '100%';
    });
    expect(own.statusCode).toBe(200);
    version = own.json().evaluation.version;
    created.data = own.json().evaluation.data;
    const handOver = await put(staff, (d) => {
      d.project.owner = 'xh-wang';
    });
    expect(handOver.statusCode).toBe(403);
    expect(handOver.json().error.message).toContain('project.owner');
    const notHis = await put(other, (d) => {
      d.conclusion = '改结论';
    });
    expect(notHis.statusCode).toBe(403);
    expect(notHis.json().error.message).toContain('只能修改自己负责的项目或分配给自己的指标');
    const hisIndicator = await put(other, (d) => {
      d.indicators[0]!.actual = '98%';
    });
    expect(hisIndicator.statusCode).toBe(200);
  });

  it('shows the district reviewer every department’s projects and the lowest-scoring ones', async () => {
    const d = (await reviewer.get(`/api/dashboard?year=2022`)).json();
    expectContract(Api.Dashboard, d);
    const mine = d.projects.departments.find((x: { departmentId: number }) => x.departmentId === xinhua.id);
    const rows = (await list(editor, xinhua.id)).json();
    expect(mine).toEqual({
      departmentId: xinhua.id,
      name: XINHUA,
      coverage: rows.coverage,
      distribution: rows.distribution,
    });
    const scored = rows.projects.filter((p: { total: number | null }) => p.total !== null);
    expect(d.projects.lowest.map((p: { name: string; total: number }) => [p.name, p.total])).toEqual(
      scored
        .sort((a: { total: number }, b: { total: number }) => a.total - b.total)
        .map((p: { name: string; total: number }) => [p.name, p.total]),
    );
    expect(d.projects.lowest[0]).toMatchObject({ departmentId: xinhua.id, departmentName: XINHUA });
  });

  it('lists with filters, 自评覆盖率 and the grade distribution', async () => {
    const body = (await list(editor, xinhua.id)).json();
    const scored = body.projects.filter((p: { total: number | null }) => p.total !== null);
    expect(body.coverage).toEqual({
      projects: body.projects.length,
      scored: scored.length,
      rate: Math.round((scored.length * 10000) / body.projects.length) / 100,
    });
    expect(body.distribution.优).toBe(scored.filter((p: { grade: string }) => p.grade === '优').length);
    const unscored = (await list(editor, xinhua.id, 'year=2022&filter=unscored')).json();
    expect(unscored.projects.map((p: { name: string }) => p.name)).toContain('草稿项目');
    expect(unscored.projects.every((p: { total: null }) => p.total === null)).toBe(true);
    expect(unscored.coverage).toEqual(body.coverage);
    const low = (await list(editor, xinhua.id, 'year=2022&filter=low_execution')).json().projects;
    // Every project made here executes 70 of 100 万元; the seeded ones execute in full.
    expect(low.map((p: { executionRate: number }) => p.executionRate)).toEqual(low.map(() => 70));
    expect(low.map((p: { name: string }) => p.name)).not.toContain('长者长寿保健金项目');
    const bad = await list(editor, xinhua.id, 'year=2022&filter=bogus');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('筛选');
    expect((await list(nanzhouEditor, xinhua.id)).statusCode).toBe(404);
    expect((await list(reviewer, xinhua.id)).statusCode).toBe(200);
  });
});
