/**
 * Benchmark: the server with one department's 228 project self-evaluations (imported from a generated list, then
 * each filled in with indicators): the project list with its coverage and distribution, and one project saved
 * (validated, scored, audited, stored). In-process (Fastify inject) on SQLite.
 */
import { ADMIN_PASSWORD, buildTestServer, multipartFile } from '../src/server/_testing';
import { buildProjectList, writeProjectListXlsx } from '../test/fixtures/projects/list';
import { indicatorsFor } from './_project-data';
import { median } from './_timing';

const DEPARTMENT = '广州市海珠区人民政府南洲街道办事处';

export async function benchProjectServer(): Promise<Record<string, string | number>> {
  const server = await buildTestServer('sqlite');
  try {
    const admin = await server.login('admin', ADMIN_PASSWORD);
    const dept = (await admin.get('/api/departments'))
      .json()
      .departments.find((d: { name: string }) => d.name === DEPARTMENT);
    const list = buildProjectList({ year: 2023, department: DEPARTMENT });
    const { body, headers } = multipartFile('清单.xlsx', await writeProjectListXlsx(list));
    const t0 = performance.now();
    const imported = await admin.request(
      'POST',
      `/api/departments/${dept.id}/projects/import?year=2023`,
      body,
      headers,
    );
    const importMs = Math.round(performance.now() - t0);
    if (imported.statusCode !== 201) throw new Error(`import: ${imported.statusCode} ${imported.body}`);
    const url = `/api/departments/${dept.id}/projects?year=2023`;
    const rows = (await admin.get(url)).json().projects as Array<{ id: number }>;
    // Every project filled in, as a department would by the year's end.
    for (const [i, row] of rows.entries()) {
      const e = (await admin.get(`/api/evaluations/${row.id}`)).json().evaluation;
      const put = await admin.put(`/api/evaluations/${row.id}`, {
        version: e.version,
        data: { ...e.data, indicators: indicatorsFor(i) },
      });
      if (put.statusCode !== 200) throw new Error(`save: ${put.statusCode} ${put.body}`);
    }
    const listMs = await median(() => admin.get(url), 15, 3);
    const filtered = await median(() => admin.get(`${url}&filter=unmet`), 15, 3);
    const one = rows[0]!.id;
    let version = (await admin.get(`/api/evaluations/${one}`)).json().evaluation.version as number;
    const doc = (await admin.get(`/api/evaluations/${one}`)).json().evaluation.data;
    const saveMs = await median(
      async () => {
        const r = await admin.put(`/api/evaluations/${one}`, {
          version,
          data: { ...doc, conclusion: `完成 ${version}` },
        });
        version = r.json().evaluation.version;
      },
      15,
      3,
    );
    const coverage = (await admin.get(url)).json().coverage;
    return {
      '导入 228 个项目的清单（.xlsx，ms）': importMs,
      '项目列表（228 个，含覆盖率与等级分布，中位数，ms）': listMs,
      '项目列表筛选“未完成指标”（中位数，ms）': filtered,
      '保存一个项目（校验、评分、审核、存储，中位数，ms）': saveMs,
      自评覆盖率: JSON.stringify(coverage),
      '列表目标 200 ms 之比（越小越好）': Math.round((listMs / 200) * 100) / 100,
    };
  } finally {
    await server.close();
  }
}
