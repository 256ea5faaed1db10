/**
 * Import into the right place, and a new year from the last, in a real browser against the real server on SQLite
 * and on PostgreSQL: an editor importing another department's report is blocked, an administrator confirms it (and
 * the audit log says so), an import onto an existing year is merged field by field, 从上年复制 gives next year's draft.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/core/model';
import { diffDocs } from '../../web/src/lib/doc-diff';
import {
  ADMIN_PASSWORD,
  apiAs,
  ensureWebBuild,
  launchBrowser,
  loginPage,
  ROOT,
  STORE_KINDS,
  startTestServer,
  type TestServer,
} from './harness';

const PASSWORD = 'e2e-user-pass-11';
const SLOW = 180_000;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 150 });
/** Seed report 003: 广州市花都区人民政府新华街道办事处, 2022. */
const XINHUA_TXT = join(ROOT, 'test/fixtures/web/003_0cae153c9ef8c78d.txt');
const NANZHOU = '广州市海珠区人民政府南洲街道办事处';
const XINHUA = '广州市花都区人民政府新华街道办事处';

interface Summary {
  id: number;
  departmentId: number;
  departmentName: string;
  year: number;
  version: number;
}

type Api = Awaited<ReturnType<typeof apiAs>>;

describe.each(STORE_KINDS)('import into the right place, 从上年复制 (%s)', (kind) => {
  let server: TestServer;
  let browser: Browser;
  let admin: Api;
  let nz2023: Summary;
  const pages: Page[] = [];

  const list = async () => ((await admin.get('/api/evaluations')) as { evaluations: Summary[] }).evaluations;
  const open = async (username: string, password = PASSWORD) => {
    const p = await loginPage(browser, server.url, username, password);
    pages.push(p);
    return p;
  };
  /** The import page with one file chosen, once its extraction shows. */
  const importFile = async (
    page: Page,
    file: string | { name: string; mimeType: string; buffer: Buffer },
  ) => {
    await page.goto('/import');
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByTestId('import-indicator-count').waitFor({ timeout: 60_000 });
  };

  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer({}, kind);
    browser = await launchBrowser();
    admin = await apiAs(server.url, 'admin', ADMIN_PASSWORD);
    nz2023 = (await list()).find((e) => e.departmentName === NANZHOU && e.year === 2023)!;
    await admin.post('/api/users', {
      username: 'nz-editor',
      name: '南洲填报人',
      role: 'editor',
      departmentId: nz2023.departmentId,
      password: PASSWORD,
    });
  }, 300_000);

  afterAll(async () => {
    for (const p of pages) await p.context().close();
    await admin?.dispose();
    await browser?.close();
    await server?.close();
  });

  it(
    'blocks an editor of 南洲 importing 新华’s report, naming both departments',
    async () => {
      const before = (await list()).length;
      const page = await open('nz-editor');
      await importFile(page, XINHUA_TXT);
      const alert = page.getByTestId('import-mismatch');
      await alert.waitFor();
      const text = await alert.textContent();
      expect(text).toContain(`「${XINHUA}」`);
      expect(text).toContain(`「${NANZHOU}」`);
      expect(text).toContain('不能导入');
      expect(await page.getByTestId('import-save').isDisabled()).toBe(true);
      // No confirmation is offered to an editor.
      expect(await page.getByTestId('import-confirm-mismatch').count()).toBe(0);
      expect((await list()).length).toBe(before);
    },
    SLOW,
  );

  it(
    'lets an administrator save 新华’s report into 南洲 only after confirming, and logs the confirmation',
    async () => {
      const page = await open('admin', ADMIN_PASSWORD);
      await importFile(page, XINHUA_TXT);
      // The reader guessed 新华; the administrator chooses 南洲 instead.
      // Under load the dropdown may still be filtering when the option is clicked: choose again until the select
      // shows 南洲, then the mismatch must follow.
      const shownValue = () =>
        page.getByTestId('import-department').locator('.ant-select-content').first().textContent();
      for (let attempt = 0; ; attempt++) {
        await page.getByTestId('import-department').click();
        await page.keyboard.type('南洲');
        const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
        await expect.poll(() => options.allTextContents(), { timeout: 20_000 }).toEqual([NANZHOU]);
        await page.keyboard.press('Enter');
        const taken = await expect
          .poll(async () => (await shownValue()) ?? '', { timeout: 10_000 })
          .toContain(NANZHOU)
          .then(
            () => true,
            () => false,
          );
        if (taken) break;
        if (attempt >= 3) throw new Error(`选择“南洲”没有生效，所选部门显示为“${await shownValue()}”`);
        await page.keyboard.press('Escape');
      }
      await page.getByTestId('import-mismatch').waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('import-save').isDisabled()).toBe(true);
      await page.getByTestId('import-confirm-mismatch').click();
      expect(await page.getByTestId('import-save').isDisabled()).toBe(false);
      await page.getByTestId('import-save').click();
      await page.waitForURL(/\/evaluations\/\d+$/, { timeout: 30_000 });
      const id = Number(page.url().split('/').at(-1));
      const saved = (await admin.get(`/api/evaluations/${id}`)).evaluation;
      expect(saved).toMatchObject({ departmentId: nz2023.departmentId, year: 2022 });
      const { entries } = await admin.get(`/api/audit-log?entity=evaluation&entityId=${id}&limit=50`);
      const confirmed = entries.find((e: { action: string }) => e.action === 'import_mismatch_confirmed');
      expect(confirmed?.detail).toMatchObject({ fileDepartment: XINHUA, department: NANZHOU });
      expect(confirmed?.username).toBe('admin');
    },
    SLOW,
  );

  it(
    'shows the source of a .docx by paragraph and row, and where the focused field was read',
    async () => {
      const page = await open('nz-editor');
      const docx = await page.request.get(`/api/evaluations/${nz2023.id}/report.docx`);
      expect(docx.ok()).toBe(true);
      const buffer = Buffer.from(await docx.body());
      await importFile(page, { name: '南洲2023.docx', mimeType: 'application/octet-stream', buffer });
      const source = page.getByTestId('import-source');
      expect(await source.getAttribute('data-format')).toBe('docx');
      expect(await source.textContent()).toContain('部门职能');
      const name = await page.locator('[data-path="indicators[2].name"] textarea').inputValue();
      await page.locator('[data-path="indicators[2].actual"] textarea').focus();
      await poll(async () => (await page.getByTestId('import-source-hit').textContent()) ?? '').toContain(
        name,
      );
    },
    SLOW,
  );

  it(
    'merges an import onto the existing 南洲 2023: the stored version has exactly the picked values',
    async () => {
      const page = await open('nz-editor');
      // The file: 南洲 2023 as printed now. Then the stored evaluation is changed, so file and store differ.
      const docx = await page.request.get(`/api/evaluations/${nz2023.id}/report.docx`);
      const buffer = Buffer.from(await docx.body());
      const base = (await admin.get(`/api/evaluations/${nz2023.id}`)).evaluation;
      const changed: Evaluation = structuredClone(base.data);
      changed.conclusion = '已保存的结论';
      changed.overview = '已保存的年度总体工作';
      changed.indicators[1]!.actual = '已保存的实际值';
      await admin.put(`/api/evaluations/${nz2023.id}`, { version: base.version, data: changed });
      const before = (await admin.get(`/api/evaluations/${nz2023.id}`)).evaluation;

      await importFile(page, { name: '南洲2023.docx', mimeType: 'application/octet-stream', buffer });
      expect(await page.getByTestId('import-mismatch').count()).toBe(0);
      await page.getByTestId('import-save').click();
      const table = page.getByTestId('merge-table');
      await table.waitFor();
      await page.getByRole('button', { name: '全部保留已保存' }).click();
      const pick = async (path: string) => {
        const row = table.locator(`tr[data-row-key="${path}"]`);
        await row.getByText('导入', { exact: true }).click();
      };
      await pick('conclusion');
      await pick('indicators[1].actual');
      const imported = async (path: 'conclusion' | 'indicators[1].actual') =>
        (await table.locator(`tr[data-row-key="${path}"] td`).nth(2).textContent())?.trim();
      const importedConclusion = await imported('conclusion');
      const importedActual = await imported('indicators[1].actual');
      expect(importedConclusion).not.toBe('已保存的结论');
      await page.getByTestId('merge-save').click();
      await page.waitForURL(new RegExp(`/evaluations/${nz2023.id}$`), { timeout: 30_000 });

      const after = (await admin.get(`/api/evaluations/${nz2023.id}`)).evaluation;
      expect(after.version).toBe(before.version + 1);
      const changes = diffDocs(before.data, after.data);
      expect(changes.map((c) => c.path).sort()).toEqual(['conclusion', 'indicators[1].actual']);
      expect(after.data.conclusion).toBe(importedConclusion);
      expect(after.data.indicators[1].actual).toBe(importedActual);
      expect(after.data.overview).toBe('已保存的年度总体工作');
    },
    SLOW,
  );

  it(
    '从上年复制 from 南洲 2023 gives a 2024 draft with the targets and no actuals; a second copy is refused',
    async () => {
      const prev = (await admin.get(`/api/evaluations/${nz2023.id}`)).evaluation.data as Evaluation;
      const page = await open('nz-editor');
      await page.goto('/');
      await page.getByRole('button', { name: '新建年度自评' }).click();
      const year = page.getByTestId('new-evaluation-year');
      await year.fill('2024');
      await page.getByTestId('new-evaluation-from').waitFor();
      expect(await page.getByTestId('new-evaluation-from').textContent()).toContain('从上年复制（2023 年度');
      await page.getByRole('button', { name: '从上年复制' }).click();
      await page.waitForURL(/\/evaluations\/\d+$/, { timeout: 30_000 });
      const id = Number(page.url().split('/').at(-1));
      expect(id).not.toBe(nz2023.id);

      const e = (await admin.get(`/api/evaluations/${id}`)).evaluation;
      expect(e).toMatchObject({ departmentId: nz2023.departmentId, year: 2024, status: 'draft' });
      const data = e.data as Evaluation;
      expect(data.indicators.map((i) => [i.name, i.target])).toEqual(
        prev.indicators.map((i) => [i.name, i.target]),
      );
      expect(data.indicators.every((i) => !i.actual && !i.status && !i.judgement && !i.deviationReason)).toBe(
        true,
      );
      expect(data.management.every((m) => m.score == null)).toBe(true);
      // The editor shows the copied target and an empty actual.
      const target = page.locator('[data-path="indicators[0].target"] input');
      await target.waitFor();
      expect(await target.inputValue()).toBe(prev.indicators[0]!.target);
      expect(await page.locator('[data-path="indicators[0].actual"] textarea').inputValue()).toBe('');

      // 2024 exists now: the modal says so and does not offer to create it again.
      await page.goto('/');
      await page.getByRole('button', { name: '新建年度自评' }).click();
      await page.getByTestId('new-evaluation-year').fill('2024');
      await page.getByTestId('new-evaluation-taken').waitFor();
      expect(await page.getByTestId('new-evaluation-taken').textContent()).toContain('2024 年度的自评已存在');
      expect(await page.getByRole('button', { name: '从上年复制' }).isDisabled()).toBe(true);
      expect(
        (await list()).filter((x) => x.departmentId === nz2023.departmentId && x.year === 2024),
      ).toHaveLength(1);
    },
    SLOW,
  );
});
