/**
 * Importing a department's project list over HTTP: 228 projects in one go (measured), skipped when imported again,
 * money to the cent, the low-execution filter, departmental lists and dashboard unchanged, a refused file creating
 * nothing, and every 自评表 of the year downloaded as one workbook or a .zip.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildProjectList,
  projectTotals,
  writeProjectListCsv,
  writeProjectListXlsx,
} from '../../../../test/fixtures/projects/list';
import * as Api from '../../../api';
import { ProjectEvaluation } from '../../../core/model';
import { writeProjectTablesWorkbook } from '../../../documents/project-table';
import {
  ADMIN_PASSWORD,
  buildTestServer,
  multipartFile,
  type TestClient,
  type TestServer,
} from '../../_testing';
import { expectContract } from './_contract.testing';

const NANZHOU = '广州市海珠区人民政府南洲街道办事处';

describe('a department imports its list of 228 projects', () => {
  let server: TestServer;
  let admin: TestClient;
  let nanzhou: { id: number; district: string };
  const generated = buildProjectList({ year: 2023, department: NANZHOU });

  beforeAll(async () => {
    server = await buildTestServer('sqlite');
    admin = await server.login('admin', ADMIN_PASSWORD);
    nanzhou = (await admin.get('/api/departments'))
      .json()
      .departments.find((d: { name: string }) => d.name === NANZHOU);
  });
  afterAll(async () => {
    await server?.close();
  });

  const upload = (bytes: Uint8Array, name: string, year = 2023) => {
    const { body, headers } = multipartFile(name, bytes);
    return admin.request(
      'POST',
      `/api/departments/${nanzhou.id}/projects/import?year=${year}`,
      body,
      headers,
    );
  };

  it('imports a workbook of filled-in 项目支出绩效自评表, one project each, and leaves out a table of another year', async () => {
    const base = JSON.parse(
      readFileSync(
        new URL('../../../../examples/projects/xinhua-2022-changshou.json', import.meta.url),
        'utf8',
      ),
    );
    const doc = (name: string, year: number) =>
      ProjectEvaluation.parse({ ...base, year, project: { ...base.project, name } });
    const workbook = await writeProjectTablesWorkbook([
      doc('社区长者饭堂项目', 2025),
      doc('老旧小区加装电梯补助项目', 2025),
      doc('上年度遗留项目', 2023),
    ]);
    const res = await upload(workbook, '项目自评表.xlsx', 2025);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ listed: 2, created: 2, skipped: 0 });
    expect(res.json().problems).toEqual([
      expect.objectContaining({
        code: 'project_table_year',
        sheet: '上年度遗留项目',
        message: expect.stringContaining('是 2023 年度的自评表，不是所选的 2025 年度，未导入'),
      }),
    ]);
    const rows = (await admin.get(`/api/departments/${nanzhou.id}/projects?year=2025`)).json().projects;
    const made = rows.find((r: { name: string }) => r.name === '社区长者饭堂项目');
    // Its indicators came with it: scored as the seed project is, 100 with 809.28 of 809.28 万元 executed.
    expect(made).toMatchObject({ budget: 809.28, executed: 809.28, total: 100, grade: '优' });
    const stored = (await admin.get(`/api/evaluations/${made.id}`)).json().evaluation.data;
    expect(stored.indicators.map((i: { name: string }) => i.name)).toEqual(
      base.indicators.map((i: { name: string }) => i.name),
    );
  });

  it('creates one draft per project in one go, then skips them all on a second import', async () => {
    const before = (await admin.get('/api/dashboard?district=海珠区&year=2023&includeDrafts=true')).json();
    const evaluations = (await admin.get('/api/evaluations')).json();
    const bytes = await writeProjectListXlsx(generated);
    const started = performance.now();
    const res = await upload(bytes, '2023年项目清单.xlsx');
    console.log(
      `导入 228 项的项目清单（读取、评分、一次事务写入）：${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(res.statusCode).toBe(201);
    expectContract(Api.ProjectImportResponse, res.json());
    expect(res.json()).toMatchObject({ listed: 228, created: 228, skipped: 0 });
    const again = await upload(writeProjectListCsv(generated), '2023年项目清单.csv');
    expect(again.json()).toMatchObject({ listed: 228, created: 0, skipped: 228 });

    // Measured, not asserted: the list of 228 with scores, coverage and distribution, the median of 5 reads.
    const times: number[] = [];
    let body = { projects: [] as unknown[], coverage: {} };
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      body = (await admin.get(`/api/departments/${nanzhou.id}/projects?year=2023`)).json();
      times.push(performance.now() - t0);
    }
    const median = [...times].sort((a, b) => a - b)[2]!;
    console.log(
      `项目列表（228 项，含得分、覆盖率与分布）：中位数 ${median.toFixed(1)} ms（首次 ${times[0]!.toFixed(1)} ms）`,
    );
    expect(body.projects).toHaveLength(228);
    expect(body.coverage).toEqual({ projects: 228, scored: 0, rate: 0 });
    // Money as the list has it, to the cent: the generated amounts are held in 分.
    const byCode = new Map((body.projects as { code: string }[]).map((p) => [p.code, p]));
    for (const g of generated.projects) {
      const t = projectTotals(g);
      expect(byCode.get(g.code)).toMatchObject({
        name: g.name,
        budget: t.budgetFen / 1e6,
        executed: t.executedFen / 1e6,
      });
    }
    const lowExpected = generated.projects.filter((g) => {
      const t = projectTotals(g);
      return Math.round((t.executedFen * 10000) / t.budgetFen) / 100 < 80;
    }).length;
    const low = (
      await admin.get(`/api/departments/${nanzhou.id}/projects?year=2023&filter=low_execution`)
    ).json();
    expect(lowExpected).toBeGreaterThan(0);
    expect(low.projects).toHaveLength(lowExpected);

    // The departmental lists and the dashboard's ranking are what they were; the dashboard counts the projects.
    expect((await admin.get('/api/evaluations')).json()).toEqual(evaluations);
    const after = (await admin.get('/api/dashboard?district=海珠区&year=2023&includeDrafts=true')).json();
    expect(after.departments).toEqual(before.departments);
    expect(after.grades).toEqual(before.grades);
    expect(after.projects.departments).toContainEqual({
      departmentId: nanzhou.id,
      name: NANZHOU,
      coverage: { projects: 228, scored: 0, rate: 0 },
      distribution: { 优: 0, 良: 0, 中: 0, 差: 0 },
    });
    expectContract(Api.Dashboard, after);
  });

  it('imports a list with a bad amount: the project is created, the amount left empty, the problem placed', async () => {
    const csv = [
      '项目编码,项目名称,项目类别,全年预算数（万元）,全年执行数（万元）',
      'B-1,甲项目,一般性项目,100.00,90.00',
      'B-2,乙项目,一般性项目,十万,5.00',
    ].join('\n');
    const res = await upload(new TextEncoder().encode(csv), '清单.csv', 2025);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ listed: 2, created: 2, skipped: 0 });
    const bad = res.json().problems.find((p: { code: string }) => p.code === 'project_list_bad_amount');
    expect(bad).toMatchObject({ file: '清单.csv', row: 3, column: 'D', severity: 'error' });
    expect(bad.message).toContain('十万');
    const rows = (await admin.get(`/api/departments/${nanzhou.id}/projects?year=2025`)).json().projects;
    const yi = rows.find((r: { code: string }) => r.code === 'B-2');
    expect(yi).toMatchObject({ name: '乙项目', budget: null, executed: 5 });
    const doc = (await admin.get(`/api/evaluations/${yi.id}`)).json().evaluation.data;
    expect(Object.values(doc.drafts ?? {})).toContain('十万');
  });

  it('refuses a file that is not a list, creating nothing, with the problems placed in Chinese', async () => {
    const res = await upload(new TextEncoder().encode('%PDF-1.7\n'), '清单.pdf', 2024);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.problems[0]).toMatchObject({ file: '清单.pdf', severity: 'error' });
    expect(res.json().error.message).toContain('PDF');
    const none = (await admin.get(`/api/departments/${nanzhou.id}/projects?year=2024`)).json();
    expect(none.projects).toEqual([]);
    const form = multipartFile('a.csv', writeProjectListCsv(generated));
    const noYear = await admin.request(
      'POST',
      `/api/departments/${nanzhou.id}/projects/import`,
      form.body,
      form.headers,
    );
    expect(noYear.statusCode).toBe(400);
    expect(noYear.json().error.message).toContain('年度');
  });

  it('downloads every 自评表 of the year as one workbook (a sheet each) and as a .zip of documents', async () => {
    const xlsx = await admin.get(`/api/departments/${nanzhou.id}/projects/export?year=2023&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = await JSZip.loadAsync(xlsx.rawPayload);
    expect(Object.keys(book.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))).toHaveLength(
      228,
    );
    const zip = await admin.get(
      `/api/departments/${nanzhou.id}/projects/export?year=2023&format=zip&type=docx`,
    );
    expect(zip.statusCode).toBe(200);
    const docs = Object.keys((await JSZip.loadAsync(zip.rawPayload)).files).filter((f) =>
      f.endsWith('.docx'),
    );
    expect(docs).toHaveLength(228);
    const empty = await admin.get(`/api/departments/${nanzhou.id}/projects/export?year=2030&format=xlsx`);
    expect(empty.statusCode).toBe(404);
  });
});
