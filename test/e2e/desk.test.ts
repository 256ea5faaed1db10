/** The bureau's desk in a real browser: status filters, what the ranking counts, the .xlsx and .zip downloads, print. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Status } from '../../src/core/labels';
import {
  ADMIN_PASSWORD,
  apiAs,
  ensureWebBuild,
  launchBrowser,
  loginPage,
  STORE_KINDS,
  startTestServer,
  type TestServer,
} from './harness';

const PASSWORD = 'e2e-desk-pass-4';
const SLOW = 120_000;
const NANZHOU = '广州市海珠区人民政府南洲街道办事处';
/** Where the print view's PDF is kept for a person to look at (JIXIAO_DESK_PDF_DIR), else a temp folder. */
const PDF_DIR = process.env.JIXIAO_DESK_PDF_DIR;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });

interface Listed {
  id: number;
  departmentId: number;
  departmentName: string;
  status: Status;
  total: number | null;
}

/** 南洲 stays a draft; three more street offices of 海珠区 with their own spending and statuses. */
const OTHERS: { name: string; status: Status; rate: number }[] = [
  { name: '广州市海珠区人民政府甲街道办事处', status: 'submitted', rate: 0.97 },
  { name: '广州市海珠区人民政府乙街道办事处', status: 'approved', rate: 0.85 },
  { name: '广州市海珠区人民政府丙街道办事处', status: 'returned', rate: 0.7 },
];
const COUNTED = new Set<Status>(['submitted', 'approved', 'published']);

async function saved(d: Download, dir: string): Promise<Buffer> {
  const file = join(dir, d.suggestedFilename());
  await d.saveAs(file);
  return readFileSync(file);
}

async function download(page: Page, testId: string): Promise<Download> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return d;
}

/** What an element shows, as text. */
const text = async (l: Locator) => (await l.textContent()) ?? '';

/** Names in the ranking table on screen, in order. */
const rankingNames = (page: Page) =>
  page.getByTestId('ranking-table').locator('tbody tr.ant-table-row td:nth-child(2)').allTextContents();

/** Choose options of an antd Select by their visible text, then close it. */
async function choose(page: Page, testId: string, labels: string[]) {
  await page.getByTestId(testId).click();
  for (const l of labels) {
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: l })
      .first()
      .click();
  }
  await page.keyboard.press('Escape');
}

describe.each(STORE_KINDS)('the bureau desk in the browser on %s', (kind) => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let dir: string;
  let haizhu: Listed[];

  beforeAll(async () => {
    ensureWebBuild();
    // No dashboard cache: statuses are set in the store below, past the server's own write hooks.
    server = await startTestServer({ JIXIAO_DASHBOARD_CACHE_MS: '0' }, kind);
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'jixiao-desk-'));
    const admin = await apiAs(server.url, 'admin', ADMIN_PASSWORD);
    const list = async () =>
      (
        (await admin.get(`/api/evaluations?district=${encodeURIComponent('海珠区')}&year=2023`)) as {
          evaluations: Listed[];
        }
      ).evaluations;
    const [seed] = await list();
    const base = (await admin.get(`/api/evaluations/${seed!.id}`)).evaluation.data;
    for (const o of OTHERS) {
      const { department } = await admin.post('/api/departments', { name: o.name, district: '海珠区' });
      const data = structuredClone(base);
      data.department = { ...data.department, name: o.name };
      data.finance = { ...data.finance, executed: Math.round(data.finance.budget * o.rate) };
      const { evaluation } = await admin.post('/api/evaluations', { departmentId: department.id, data });
      // The desk is under test, not the submission gate: the status is set in the store.
      const w = await server.store.writeEvaluation(
        { id: evaluation.id, status: o.status, summary: `测试：${o.status}` },
        { userId: null, username: 'test' },
      );
      expect(w.ok).toBe(true);
    }
    haizhu = await list();
    expect(haizhu.map((e) => e.status).sort()).toEqual(['approved', 'draft', 'returned', 'submitted']);
    await admin.post('/api/users', {
      username: 'hz-reviewer',
      name: '海珠区审核人',
      role: 'reviewer',
      district: '海珠区',
      password: PASSWORD,
    });
    await admin.dispose();
    page = await loginPage(browser, server.url, 'hz-reviewer', PASSWORD);
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const counted = () =>
    haizhu.filter((e) => COUNTED.has(e.status)).sort((a, b) => (b.total ?? -1) - (a.total ?? -1));
  const named = (status: Status) => haizhu.find((e) => e.status === status)!.departmentName;

  async function openDashboard(query = 'year=2023') {
    await page.goto(`/dashboard?${query}`);
    await page.locator('[data-testid="dashboard"][data-ready="true"]').waitFor({ timeout: 60_000 });
  }

  it(
    'the reviewer filters the list by status and exports what is shown',
    async () => {
      await page.goto('/');
      await page.locator('.ant-table-row').first().waitFor();
      expect(await page.locator('.ant-table-row').count()).toBe(haizhu.length);
      await page.getByTestId('list-status-filter').click();
      // Each status says how many evaluations it has.
      await page.locator('.ant-select-dropdown:visible').getByText('已提交（1）').click();
      await poll(() => page.locator('.ant-table-row').count()).toBe(1);
      await expect.poll(() => text(page.locator('.ant-table-row').first())).toContain(named('submitted'));
      expect(page.url()).toContain('status=submitted');

      const d = await download(page, 'export-list');
      expect(d.suggestedFilename()).toBe('海珠区自评列表（已提交）.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await saved(d, dir)) as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('自评列表')!;
      const names: unknown[] = [];
      ws.eachRow((r, n) => {
        if (n > 3) names.push(r.getCell(1).value);
      });
      expect(ws.getRow(3).getCell(1).value).toBe('部门');
      expect(names).toEqual([named('submitted')]);
    },
    SLOW,
  );

  it(
    'the ranking leaves the draft and the returned one out by default and counts them with the switch',
    async () => {
      await openDashboard();
      if (PDF_DIR) await page.screenshot({ path: join(PDF_DIR, `desk-${kind}-screen.png`), fullPage: true });
      expect(await rankingNames(page)).toEqual(counted().map((e) => e.departmentName));
      await expect
        .poll(() => text(page.getByTestId('uncounted-notice')))
        .toContain('草稿 1 份、退回 1 份未计入排名和平均分');
      const apart = page.getByTestId('uncounted');
      expect(await text(apart)).toContain(NANZHOU);
      expect(await text(apart)).toContain(named('returned'));
      const stats = page.getByTestId('summary-stats');
      expect(await text(stats)).toMatch(/参评部门\s*2\s*个/);
      const mean = counted().reduce((s, e) => s + e.total!, 0) / counted().length;
      expect(await text(stats)).toContain(mean.toFixed(2));

      await page.getByTestId('include-drafts').click();
      await page.locator('[data-testid="dashboard"][data-ready="true"]').waitFor({ timeout: 60_000 });
      await poll(() => rankingNames(page)).toContain(NANZHOU);
      expect((await rankingNames(page)).sort()).toEqual(haizhu.map((e) => e.departmentName).sort());
      expect(await page.getByTestId('uncounted').count()).toBe(0);
      expect(await page.getByTestId('uncounted-notice').count()).toBe(0);
      expect(await text(stats)).toMatch(/参评部门\s*4\s*个/);
      expect(page.url()).toContain('drafts=1');
    },
    SLOW,
  );

  it(
    'the reviewer filters the dashboard by status',
    async () => {
      await openDashboard();
      await choose(page, 'status-filter', ['已审核']);
      await poll(() => rankingNames(page)).toEqual([named('approved')]);
      expect(page.url()).toContain('status=approved');
      await choose(page, 'status-filter', ['草稿']);
      await poll(() => page.getByTestId('uncounted').count()).toBe(1);
      expect(await rankingNames(page)).toEqual([named('approved')]);
      expect(await text(page.getByTestId('uncounted-notice'))).toContain('草稿 1 份未计入');
    },
    SLOW,
  );

  it(
    'downloads the ranking as .xlsx with the rows on screen',
    async () => {
      await openDashboard();
      const onScreen = await rankingNames(page);
      const d = await download(page, 'export-ranking');
      expect(d.suggestedFilename()).toBe('海珠区 2023 年度自评排名.xlsx');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await saved(d, dir)) as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['排名', '未计入']);
      const ws = wb.getWorksheet('排名')!;
      expect(ws.getRow(4).getCell(1).value).toBe('排名');
      const rows: { name: unknown; score: unknown; fmt: string }[] = [];
      ws.eachRow((r, n) => {
        if (n > 4)
          rows.push({ name: r.getCell(2).value, score: r.getCell(3).value, fmt: r.getCell(3).numFmt });
      });
      expect(rows.map((r) => r.name)).toEqual(onScreen);
      for (const r of rows) {
        expect(r.score).toBe(haizhu.find((e) => e.departmentName === r.name)!.total);
        expect(r.fmt).toBe('0.00');
      }
      const apart: unknown[] = [];
      wb.getWorksheet('未计入')!.eachRow((r, n) => {
        if (n > 3) apart.push(r.getCell(1).value);
      });
      expect(apart.sort()).toEqual([NANZHOU, named('returned')].sort());
    },
    SLOW,
  );

  it(
    'downloads the district’s reports as one .zip, one .docx per counted evaluation',
    async () => {
      await openDashboard();
      expect(await text(page.getByTestId('download-zip'))).toContain(`（${counted().length} 份）`);
      const d = await download(page, 'download-zip');
      expect(d.suggestedFilename()).toBe('海珠区 2023 年度自评报告.zip');
      const zip = await JSZip.loadAsync(await saved(d, dir), { checkCRC32: true });
      expect(Object.keys(zip.files).sort()).toEqual(
        counted()
          .map((e) => `${e.departmentName}.docx`)
          .sort(),
      );
      for (const name of Object.keys(zip.files)) {
        const docx = await JSZip.loadAsync(await zip.file(name)!.async('uint8array'));
        expect(docx.file('word/document.xml')).not.toBeNull();
      }
      await openDashboard('year=2023&drafts=1');
      const all = await JSZip.loadAsync(await saved(await download(page, 'download-zip'), dir));
      expect(Object.keys(all.files)).toContain(`${NANZHOU}.docx`);
      expect(Object.keys(all.files)).toHaveLength(haizhu.length);
    },
    SLOW,
  );

  it(
    'prints the dashboard on A4 landscape: summary and charts first, then the ranking',
    async () => {
      await openDashboard();
      const [popup] = await Promise.all([
        page.context().waitForEvent('page'),
        page.getByTestId('print-view').click(),
      ]);
      await popup.locator('[data-testid="dashboard-print"][data-ready="true"]').waitFor({ timeout: 60_000 });
      expect(new URL(popup.url()).searchParams.get('print')).toBe('1');
      const out = PDF_DIR ?? dir;
      mkdirSync(out, { recursive: true });
      const asked = join(out, `desk-${kind}.pdf`);
      await popup.pdf({ path: asked, landscape: true, format: 'A4', printBackground: true });
      // The page's own @page rule gives the same paper without being told.
      const own = join(out, `desk-${kind}-css.pdf`);
      await popup.pdf({ path: own, preferCSSPageSize: true, printBackground: true });
      await popup.close();
      for (const file of [asked, own]) {
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
        // A4 landscape: 841.89 × 595.28 pt (chromium rounds to its own units, within a point).
        expect(Math.abs(Number(w) - 841.89)).toBeLessThan(1.5);
        expect(Math.abs(Number(h) - 595.28)).toBeLessThan(1.5);
        const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
        expect(pages).toBeGreaterThanOrEqual(2);
        const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], {
          encoding: 'utf8',
        });
        expect(first).toContain('海珠区 2023 年度部门整体支出绩效自评情况');
        expect(first).toContain('等级分布');
        expect(first).not.toContain('财政局看板');
        const rest = execFileSync('pdftotext', ['-f', '2', '-layout', file, '-'], { encoding: 'utf8' });
        expect(rest).toContain('部门排名（2 个部门）');
        for (const e of counted()) expect(rest).toContain(e.departmentName);
        expect(rest).toContain('未计入排名的自评');
      }
    },
    SLOW,
  );
});
