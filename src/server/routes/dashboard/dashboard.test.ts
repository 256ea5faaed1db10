/** The bureau's desk over HTTP: status filters, what the figures count, the .xlsx exports and the district .zip. */
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Status } from '../../../core/labels';
import {
  ADMIN_PASSWORD,
  buildTestServer,
  STORE_KINDS,
  type TestClient,
  type TestServer,
} from '../../_testing';

const NANZHOU = '广州市海珠区人民政府南洲街道办事处';
const PASSWORD = 'kiwi-harbor-58';
const q = encodeURIComponent;

interface Listed {
  id: number;
  departmentId: number;
  departmentName: string;
  status: Status;
  total: number | null;
}

/** The download's Chinese file name, read back from its RFC 5987 header. */
function fileName(res: LightMyRequestResponse): string {
  const cd = String(res.headers['content-disposition']);
  const m = /filename\*=UTF-8''([^;]+)/.exec(cd);
  expect(m, cd).not.toBeNull();
  expect(m![1]).not.toMatch(/[()'*]/);
  return decodeURIComponent(m![1]!);
}

async function workbook(res: LightMyRequestResponse): Promise<ExcelJS.Workbook> {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}

/** The rows under the header named `first` as objects keyed by header, with each cell's number format. */
function table(ws: ExcelJS.Worksheet, first: string) {
  let at = 0;
  ws.eachRow((r, n) => {
    if (!at && r.getCell(1).value === first) at = n;
  });
  expect(at, `header ${first} in ${ws.name}`).toBeGreaterThan(0);
  const header = (ws.getRow(at).values as unknown[]).slice(1) as string[];
  const rows: { values: Record<string, unknown>; formats: Record<string, string | undefined> }[] = [];
  for (let n = at + 1; n <= ws.rowCount; n++) {
    const r = ws.getRow(n);
    if (!r.hasValues) continue;
    const values: Record<string, unknown> = {};
    const formats: Record<string, string | undefined> = {};
    header.forEach((h, i) => {
      values[h] = r.getCell(i + 1).value ?? null;
      formats[h] = r.getCell(i + 1).numFmt;
    });
    rows.push({ values, formats });
  }
  return { header, rows };
}

const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;

describe.each(STORE_KINDS)('the bureau desk on %s', (kind) => {
  let server: TestServer;
  let admin: TestClient;
  let reviewer: TestClient;
  let otherReviewer: TestClient;
  let editor: TestClient;
  /** 海珠区 2023 as the list reports it, by department name. */
  let haizhu: Map<string, Listed>;
  const status: Record<string, Status> = {
    [NANZHOU]: 'draft',
    海珠甲街道: 'submitted',
    海珠乙街道: 'approved',
    海珠丙街道: 'published',
    海珠丁街道: 'returned',
  };

  beforeAll(async () => {
    server = await buildTestServer(kind);
    admin = await server.login('admin', ADMIN_PASSWORD);
    const list = async (query: string) => (await admin.get(`/api/evaluations?${query}`)).json().evaluations;
    const [seed] = (await list(`district=${q('海珠区')}&year=2023`)) as Listed[];
    const base = (await admin.get(`/api/evaluations/${seed!.id}`)).json().evaluation.data;
    // Four more street offices of 海珠区 with their own spending, so their scores differ.
    const names = ['海珠甲街道', '海珠乙街道', '海珠丙街道', '海珠丁街道'];
    for (const [i, name] of names.entries()) {
      const dept = (await admin.post('/api/departments', { name, district: '海珠区' })).json().department;
      const data = structuredClone(base);
      data.department = { ...data.department, name };
      data.finance = { ...data.finance, executed: Math.round(data.finance.budget * (0.97 - i * 0.06)) };
      const res = await admin.post('/api/evaluations', { departmentId: dept.id, data });
      expect(res.statusCode, res.body).toBe(201);
    }
    // Statuses are set in the store directly: the desk is under test here, not the submission gate.
    for (const e of (await list(`district=${q('海珠区')}&year=2023`)) as Listed[]) {
      const to = status[e.departmentName]!;
      if (to === 'draft') continue;
      const w = await server.ctx.store.writeEvaluation(
        { id: e.id, status: to, summary: `测试：${to}` },
        { userId: null, username: 'test' },
      );
      expect(w.ok).toBe(true);
    }
    haizhu = new Map(
      ((await list(`district=${q('海珠区')}&year=2023`)) as Listed[]).map((e) => [e.departmentName, e]),
    );
    expect([...haizhu.values()].map((e) => e.status).sort()).toEqual(Object.values(status).sort());
    const nanzhouDept = haizhu.get(NANZHOU)!.departmentId;
    for (const u of [
      { username: 'hz-reviewer', role: 'reviewer', district: '海珠区' },
      { username: 'lw-reviewer', role: 'reviewer', district: '荔湾区' },
      { username: 'nz-editor', role: 'editor', departmentId: nanzhouDept },
    ]) {
      expect(
        (await admin.post('/api/users', { ...u, name: u.username, password: PASSWORD })).statusCode,
      ).toBe(201);
    }
    reviewer = await server.login('hz-reviewer', PASSWORD);
    otherReviewer = await server.login('lw-reviewer', PASSWORD);
    editor = await server.login('nz-editor', PASSWORD);
  });
  afterAll(async () => {
    await server?.close();
  });

  const counted = () =>
    [...haizhu.values()].filter((e) => ['submitted', 'approved', 'published'].includes(e.status));
  const byScore = (xs: Listed[]) => [...xs].sort((a, b) => (b.total ?? -1) - (a.total ?? -1));

  describe('GET /api/dashboard', () => {
    it('counts submitted, approved and published evaluations only, and names the drafts and returned apart', async () => {
      const d = (await reviewer.get('/api/dashboard?year=2023')).json();
      expect(d.district).toBe('海珠区');
      expect(d.counted).toEqual(['submitted', 'approved', 'published']);
      expect(d.departments.map((x: { name: string }) => x.name)).toEqual(
        byScore(counted()).map((e) => e.departmentName),
      );
      expect(d.uncounted.map((x: { name: string; status: string }) => [x.name, x.status]).sort()).toEqual(
        [
          [NANZHOU, 'draft'],
          ['海珠丁街道', 'returned'],
        ].sort(),
      );
      expect(d.statusCounts).toEqual({ draft: 1, submitted: 1, returned: 1, approved: 1, published: 1 });
      const totals = counted()
        .map((e) => e.total)
        .filter((t): t is number => t !== null);
      expect(d.averages.scored).toBe(totals.length);
      expect(d.averages.total).toBe(mean(totals));
      const graded = Object.values(d.grades as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(graded).toBe(totals.length);
    });

    it('counts the draft and the returned one with the switch', async () => {
      const d = (await reviewer.get('/api/dashboard?year=2023&includeDrafts=true')).json();
      expect(d.uncounted).toEqual([]);
      expect(d.departments.map((x: { name: string }) => x.name)).toEqual(
        byScore([...haizhu.values()]).map((e) => e.departmentName),
      );
      const nz = d.departments.find((x: { name: string }) => x.name === NANZHOU);
      expect(nz.rank).toBeGreaterThan(0);
      expect(d.averages.total).toBe(mean([...haizhu.values()].map((e) => e.total!)));
    });

    it('filters by status, several at once', async () => {
      const one = (await reviewer.get('/api/dashboard?year=2023&status=approved')).json();
      expect(one.departments.map((x: { name: string }) => x.name)).toEqual(['海珠乙街道']);
      expect(one.uncounted).toEqual([]);
      expect(one.statuses).toEqual(['approved']);
      const two = (await reviewer.get('/api/dashboard?year=2023&status=published,draft')).json();
      expect(two.departments.map((x: { name: string }) => x.name)).toEqual(['海珠丙街道']);
      expect(two.uncounted.map((x: { name: string }) => x.name)).toEqual([NANZHOU]);
      const repeated = (await reviewer.get('/api/dashboard?year=2023&status=published&status=draft')).json();
      expect(repeated.statuses).toEqual(two.statuses);
    });

    it('answers a wrong status or switch with a Chinese 400', async () => {
      const bad = await reviewer.get('/api/dashboard?status=finished');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toMatch(/^状态应为.*草稿/);
      const sw = await reviewer.get('/api/dashboard?includeDrafts=maybe');
      expect(sw.statusCode).toBe(400);
      expect(sw.json().error.message).toContain('是否计入草稿应为 true 或 false');
    });
  });

  describe('GET /api/dashboard/ranking.xlsx', () => {
    it('exports the ranking as the dashboard shows it: numbers as numbers, the drafts on a sheet of their own', async () => {
      const res = await reviewer.get('/api/dashboard/ranking.xlsx?year=2023');
      expect(fileName(res)).toBe('海珠区 2023 年度自评排名.xlsx');
      const wb = await workbook(res);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['排名', '未计入']);
      const dash = (await reviewer.get('/api/dashboard?year=2023')).json();
      const t = table(wb.getWorksheet('排名')!, '排名');
      expect(t.header).toEqual([
        '排名',
        '部门',
        '得分',
        '等级',
        '预算执行率（%）',
        '上年得分',
        '同比变化',
        '审核错误',
        '审核警告',
        '状态',
      ]);
      expect(t.rows.map((r) => r.values.部门)).toEqual(byScore(counted()).map((e) => e.departmentName));
      for (const r of t.rows) {
        const listed = haizhu.get(String(r.values.部门))!;
        if (listed.total === null) expect(r.values.得分).toBeNull();
        else {
          expect(r.values.得分).toBe(listed.total);
          expect(r.formats.得分).toBe('0.00');
        }
        expect(typeof r.values.排名).toBe(listed.total === null ? 'object' : 'number');
        expect(typeof r.values['预算执行率（%）']).toBe('number');
        expect(r.formats['预算执行率（%）']).toBe('0.00');
      }
      expect(t.rows.map((r) => r.values.排名)).toEqual(
        dash.departments.map((x: { rank: number | null }) => x.rank),
      );
      const apart = table(wb.getWorksheet('未计入')!, '部门');
      expect(apart.rows.map((r) => [r.values.部门, r.values.状态]).sort()).toEqual(
        [
          [NANZHOU, '草稿'],
          ['海珠丁街道', '退回'],
        ].sort(),
      );
      const note = String(wb.getWorksheet('排名')!.getCell('A2').value);
      expect(note).toContain('计入排名和平均分：已提交、已审核、已公开');
      expect(note).toContain('草稿 1 份');
    });

    it('follows the switch and the status filter', async () => {
      const all = await workbook(await reviewer.get('/api/dashboard/ranking.xlsx?year=2023&includeDrafts=1'));
      expect(all.worksheets.map((w) => w.name)).toEqual(['排名']);
      expect(table(all.getWorksheet('排名')!, '排名').rows.map((r) => r.values.部门)).toContain(NANZHOU);
      const one = await workbook(
        await reviewer.get('/api/dashboard/ranking.xlsx?year=2023&status=submitted'),
      );
      expect(table(one.getWorksheet('排名')!, '排名').rows.map((r) => r.values.部门)).toEqual(['海珠甲街道']);
    });

    it('is for the bureau of the district and administrators only', async () => {
      expect(
        (await otherReviewer.get(`/api/dashboard/ranking.xlsx?district=${q('海珠区')}`)).statusCode,
      ).toBe(403);
      expect((await editor.get(`/api/dashboard/ranking.xlsx?district=${q('海珠区')}`)).statusCode).toBe(403);
      expect((await server.client().get('/api/dashboard/ranking.xlsx')).statusCode).toBe(401);
      const res = await admin.get(`/api/dashboard/ranking.xlsx?district=${q('海珠区')}&year=2023`);
      expect(fileName(res)).toBe('海珠区 2023 年度自评排名.xlsx');
    });
  });

  describe('GET /api/evaluations.xlsx', () => {
    it('exports the list with its filter, cut to what the user may see', async () => {
      const res = await reviewer.get('/api/evaluations.xlsx?year=2023&status=submitted');
      expect(fileName(res)).toBe('海珠区 2023 年度自评列表（已提交）.xlsx');
      const t = table((await workbook(res)).getWorksheet('自评列表')!, '部门');
      expect(t.rows.map((r) => [r.values.部门, r.values.状态, r.values.年度])).toEqual([
        ['海珠甲街道', '已提交', 2023],
      ]);
      expect(t.rows[0]!.values.得分).toBe(haizhu.get('海珠甲街道')!.total);
      expect(t.rows[0]!.formats.得分).toBe('0.00');

      const mine = table(
        (await workbook(await reviewer.get('/api/evaluations.xlsx'))).getWorksheet('自评列表')!,
        '部门',
      );
      const listed = (await reviewer.get('/api/evaluations')).json().evaluations as Listed[];
      expect(mine.rows.map((r) => r.values.部门).sort()).toEqual(listed.map((e) => e.departmentName).sort());
      expect(new Set(mine.rows.map((r) => r.values.所属区))).toEqual(new Set(['海珠区']));

      const own = table(
        (await workbook(await editor.get('/api/evaluations.xlsx'))).getWorksheet('自评列表')!,
        '部门',
      );
      expect(own.rows.map((r) => r.values.部门)).toEqual([NANZHOU]);
    });

    it('gives another district nothing, as the list does', async () => {
      const res = await reviewer.get(`/api/evaluations.xlsx?district=${q('荔湾区')}`);
      expect((await reviewer.get(`/api/evaluations?district=${q('荔湾区')}`)).json().evaluations).toEqual([]);
      const t = table((await workbook(res)).getWorksheet('自评列表')!, '部门');
      expect(t.rows).toEqual([]);
    });
  });

  describe('GET /api/dashboard/reports.zip', () => {
    it('packs one .docx per counted evaluation, named by department', async () => {
      const res = await reviewer.get('/api/dashboard/reports.zip?year=2023');
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      expect(fileName(res)).toBe('海珠区 2023 年度自评报告.zip');
      const zip = await JSZip.loadAsync(res.rawPayload, { checkCRC32: true });
      expect(Object.keys(zip.files).sort()).toEqual(
        counted()
          .map((e) => `${e.departmentName}.docx`)
          .sort(),
      );
      for (const name of Object.keys(zip.files)) {
        const docx = await JSZip.loadAsync(await zip.file(name)!.async('uint8array'));
        const xml = await docx.file('word/document.xml')!.async('string');
        expect(xml).toContain(name.replace(/\.docx$/, ''));
      }
    });

    it('follows the switch and the status filter', async () => {
      const all = await JSZip.loadAsync(
        (await reviewer.get('/api/dashboard/reports.zip?year=2023&includeDrafts=true')).rawPayload,
      );
      expect(Object.keys(all.files)).toHaveLength(haizhu.size);
      const one = await JSZip.loadAsync(
        (await admin.get(`/api/dashboard/reports.zip?district=${q('海珠区')}&year=2023&status=approved`))
          .rawPayload,
      );
      expect(Object.keys(one.files)).toEqual(['海珠乙街道.docx']);
    });

    it('is refused to another district’s reviewer and to departments', async () => {
      for (const c of [otherReviewer, editor]) {
        const res = await c.get(`/api/dashboard/reports.zip?district=${q('海珠区')}&year=2023`);
        expect(res.statusCode).toBe(403);
        expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
      }
      expect((await server.client().get('/api/dashboard/reports.zip')).statusCode).toBe(401);
    });

    it('answers a district or filter with nothing to pack with a Chinese 404', async () => {
      const none = await admin.get(`/api/dashboard/reports.zip?district=${q('越秀区')}&year=2023`);
      expect(none.statusCode).toBe(404);
      expect(none.json().error.message).toBe('越秀区 2023 年度的自评不存在');
      const drafts = await reviewer.get('/api/dashboard/reports.zip?year=2023&status=draft');
      expect(drafts.statusCode).toBe(404);
      expect(drafts.json().error.message).toContain('1 份为草稿或退回，未计入');
      // 荔湾区 has drafts only: nothing counts by default.
      const lw = await otherReviewer.get('/api/dashboard/reports.zip?year=2023');
      expect(lw.statusCode).toBe(404);
      const admins = await admin.get('/api/dashboard/reports.zip?year=2023');
      expect(admins.statusCode).toBe(400);
      expect(admins.json().error.message).toContain('请指定');
    });
  });
});
