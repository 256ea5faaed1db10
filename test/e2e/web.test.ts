/** The web application in a real browser against the real server: login, scoring, audit, import, download, review, access. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  apiAs,
  ensureWebBuild,
  launchBrowser,
  loginPage,
  ROOT,
  startTestServer,
  type TestServer,
} from './harness';

const PASSWORD = 'e2e-user-pass';
/** Each scenario loads pages in a browser on a shared two-core machine. */
const SLOW = 120_000;
/** Wait for what the page shows to settle; a loaded machine can take seconds to save and redraw. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const SEED_003 = join(ROOT, 'test/fixtures/web/003_0cae153c9ef8c78d.txt');

interface Summary {
  id: number;
  departmentId: number;
  departmentName: string;
  year: number;
}

let server: TestServer;
let browser: Browser;
let nanzhou: Summary;
let xinhua: Summary;
const pages: Page[] = [];

const byUser = new Map<string, Page>();

/** A page logged in as the user, one per user for the whole file (logging in costs a page load). */
async function open(username: string, password = PASSWORD): Promise<Page> {
  const known = byUser.get(username);
  if (known) return known;
  const p = await loginPage(browser, server.url, username, password);
  pages.push(p);
  byUser.set(username, p);
  return p;
}

beforeAll(async () => {
  ensureWebBuild();
  server = await startTestServer();
  browser = await launchBrowser();
  const admin = await apiAs(server.url, 'admin', ADMIN_PASSWORD);
  const { evaluations } = (await admin.get('/api/evaluations')) as { evaluations: Summary[] };
  nanzhou = evaluations.find((e) => e.departmentName.includes('南洲') && e.year === 2023)!;
  xinhua = evaluations.find((e) => e.departmentName.includes('新华') && e.year === 2022)!;
  const users = [
    {
      username: 'nz-editor',
      name: '南洲填报人',
      role: 'editor',
      departmentId: nanzhou.departmentId,
      district: '海珠区',
    },
    {
      username: 'xh-editor',
      name: '新华填报人',
      role: 'editor',
      departmentId: xinhua.departmentId,
      district: '花都区',
    },
    {
      username: 'hd-reviewer',
      name: '花都区审核人',
      role: 'reviewer',
      departmentId: null,
      district: '花都区',
    },
  ];
  for (const u of users) await admin.post('/api/users', { ...u, password: PASSWORD });
  await admin.dispose();
}, 180_000);

afterAll(async () => {
  for (const p of pages) await p.context().close();
  await browser?.close();
  await server?.close();
});

describe('login', () => {
  it(
    'refuses a wrong password with a Chinese message, then logs in',
    async () => {
      const context = await browser.newContext({ baseURL: server.url });
      const page = await context.newPage();
      await page.goto('/');
      await page.getByLabel('用户名').fill('nz-editor');
      await page.getByLabel('密码').fill('wrong-password');
      await page.getByRole('button', { name: '登录' }).click();
      await poll(() => page.getByTestId('login-error').isVisible()).toBe(true);
      await page.getByLabel('密码').fill(PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByTestId('current-user').waitFor();
      expect(await page.getByTestId('current-user').textContent()).toBe('南洲填报人');
      await context.close();
    },
    SLOW,
  );
});

describe('the editor of 南洲 2023 (seed 004)', () => {
  let page: Page;

  it(
    'opens from the department home and shows the reported score 91.46',
    async () => {
      page = await open('nz-editor');
      await page.getByRole('link', { name: '2023 年度' }).click();
      await page.getByTestId('score-total').waitFor();
      expect(await page.getByTestId('score-total').textContent()).toBe('91.46');
      expect(await page.getByTestId('score-grade').textContent()).toBe('优');
    },
    SLOW,
  );

  it(
    'an actual value below its target lowers the score and shows up in the audit panel',
    async () => {
      const row = page.locator('[data-path="indicators[3]"]');
      await row.scrollIntoViewIfNeeded();
      const name = await page.locator('[data-path="indicators[3].name"] textarea').inputValue();
      expect(name).toBe('出租屋综合税征收完成值');
      await page.getByRole('tab', { name: /审核/ }).click();
      await page.getByTestId('audit-panel').waitFor();
      const before = await page.getByTestId('finding').allTextContents();
      expect(before.some((t) => t.includes(name))).toBe(false);

      await page.locator('[data-path="indicators[3].actual"] textarea').fill('80%');
      const verdict = page.locator('[data-path="indicators[3].judgement"]').getByTestId('verdict-tag');
      await poll(() => verdict.textContent()).toBe('未完成');
      expect(
        await page.locator('[data-path="indicators[3].actual"]').getByTestId('actual-reading').textContent(),
      ).toBe('读作 80%');
      await expect
        .poll(async () => (await page.getByTestId('finding').allTextContents()).some((t) => t.includes(name)))
        .toBe(true);

      await page.getByRole('tab', { name: '评分' }).click();
      await expect
        .poll(async () => Number(await page.getByTestId('score-total').textContent()))
        .toBeLessThan(91.46);
      const lost = await page.getByTestId('lost-item').allTextContents();
      expect(lost.some((t) => t.includes(name) && t.includes('完成率 80%'))).toBe(true);
      // The lost point links to its cause: clicking it focuses the actual value.
      await page.getByTestId('lost-item').filter({ hasText: name }).click();
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.closest('[data-path]')?.getAttribute('data-path')),
        )
        .toBe('indicators[3].actual');
      await poll(() => page.getByTestId('save-state').getAttribute('data-phase')).toBe('saved');
    },
    SLOW,
  );

  it(
    'downloads the Word report of the evaluation',
    async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-docx').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      const dir = mkdtempSync(join(tmpdir(), 'jixiao-dl-'));
      const file = join(dir, 'r.docx');
      await download.saveAs(file);
      const zip = await JSZip.loadAsync(readFileSync(file));
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      rmSync(dir, { recursive: true, force: true });
      expect(xml).toContain('南洲街道办事处');
    },
    SLOW,
  );
});

describe('autosave', () => {
  it(
    'on a version conflict shows both versions side by side and merges the chosen fields',
    async () => {
      const admin = await apiAs(server.url, 'admin', ADMIN_PASSWORD);
      const { evaluations } = (await admin.get('/api/evaluations')) as { evaluations: Summary[] };
      const target = evaluations.find((e) => e.departmentName.includes('小谷围'))!;
      const page = await open('admin', ADMIN_PASSWORD);
      await page.goto(`/evaluations/${target.id}`);
      await page.getByTestId('score-panel').waitFor();
      // Someone else saves first.
      const { evaluation } = await admin.get(`/api/evaluations/${target.id}`);
      await admin.put(`/api/evaluations/${target.id}`, {
        version: evaluation.version,
        data: { ...evaluation.data, overview: '他人修改的年度总体工作', conclusion: '他人写的结论' },
      });
      await page.locator('[data-path="conclusion"] textarea').fill('我写的结论');
      const table = page.getByTestId('conflict-table');
      await table.waitFor();
      const text = await table.textContent();
      expect(text).toContain('他人写的结论');
      expect(text).toContain('我写的结论');
      await page.getByRole('button', { name: '按所选合并并保存' }).click();
      await poll(() => page.getByTestId('save-state').getAttribute('data-phase')).toBe('saved');
      const after = (await admin.get(`/api/evaluations/${target.id}`)).evaluation;
      expect(after.data.conclusion).toBe('我写的结论');
      expect(after.data.overview).toBe('他人修改的年度总体工作');
      await admin.dispose();
    },
    SLOW,
  );
});

describe('import', () => {
  it(
    'reads seed 003 (新华 2022) as text and shows its 21 indicators beside the source',
    async () => {
      const page = await open('admin', ADMIN_PASSWORD);
      await page.getByRole('menuitem', { name: '导入报告' }).click();
      await page.locator('input[type=file]').setInputFiles(SEED_003);
      await page.getByTestId('import-indicator-count').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('import-indicator-count').textContent()).toBe('指标 21 项');
      expect(await page.getByTestId('indicator-count').textContent()).toBe('共 21 项指标');
      expect(await page.getByTestId('import-source').textContent()).toContain('新华街道办事处');
    },
    SLOW,
  );
});

describe('review', () => {
  it(
    'a reviewer returns the evaluation with a comment and the department editor sees it',
    async () => {
      // The 新华 seed lacks the management items the submission gate requires: a complete document of 新华 instead.
      const admin = await apiAs(server.url, 'admin', ADMIN_PASSWORD);
      const complete = JSON.parse(readFileSync(join(ROOT, 'examples/nanzhou-2023.json'), 'utf8'));
      complete.department = { ...complete.department, name: xinhua.departmentName, district: '花都区' };
      complete.year = 2031;
      const target = (
        await admin.post('/api/evaluations', { departmentId: xinhua.departmentId, data: complete })
      ).evaluation as Summary;
      await admin.dispose();
      const editor = await open('xh-editor');
      await editor.goto(`/evaluations/${target.id}`);
      await editor.getByTestId('submit-button').click();
      await editor.getByTestId('gate-confirm').click();
      await poll(() => editor.getByTestId('status-tag').textContent()).toBe('已提交');

      const reviewer = await open('hd-reviewer');
      await reviewer.goto(`/evaluations/${target.id}`);
      await reviewer.getByTestId('score-panel').waitFor();
      await reviewer.locator('[data-path="finance.executed"]').click();
      await reviewer.getByRole('tab', { name: /审阅/ }).click();
      await reviewer.getByTestId('comment-input').fill('执行数请与决算报表核对');
      await reviewer.getByRole('button', { name: '发表意见' }).click();
      await poll(() => reviewer.getByTestId('comment').count()).toBe(1);
      await reviewer.getByRole('button', { name: '退回修改' }).click();
      await reviewer.getByTestId('return-comment').fill('收入合计与明细不符，请修改后重新提交');
      await reviewer.getByRole('button', { name: '退回', exact: true }).click();
      await poll(() => reviewer.getByTestId('status-tag').textContent()).toBe('退回');

      await editor.reload();
      await editor.getByTestId('returned-alert').waitFor();
      expect(await editor.getByTestId('returned-alert').textContent()).toContain(
        '收入合计与明细不符，请修改后重新提交',
      );
      expect(await editor.getByTestId('status-tag').textContent()).toBe('退回');
      // The field comment marks the field it is about.
      expect(await editor.locator('[data-path="finance.executed"]').getByTestId('comment-mark').count()).toBe(
        1,
      );
    },
    SLOW,
  );
});

describe('access', () => {
  it(
    'a department editor cannot open another department’s evaluation',
    async () => {
      const page = await open('nz-editor');
      await page.goto(`/evaluations/${xinhua.id}`);
      await page.getByTestId('editor-error').waitFor();
      expect(await page.getByTestId('score-total').count()).toBe(0);
      expect(await page.getByTestId('editor-error').textContent()).toMatch(/无权访问|不存在/);
      expect(await page.getByText(xinhua.departmentName).count()).toBe(0);
    },
    SLOW,
  );
});

describe('comments', () => {
  it(
    'a long list shows the newest 100 and loads older ones on demand',
    async () => {
      const actor = { userId: null, username: 'hd-reviewer', name: '花都区审核人' };
      for (let i = 1; i <= 230; i++)
        await server.store.addComment(
          { evaluationId: xinhua.id, path: null, body: `第 ${i} 条意见`, role: 'reviewer' },
          actor,
        );
      const page = await open('hd-reviewer');
      await page.goto(`/evaluations/${xinhua.id}`);
      await page.getByTestId('score-panel').waitFor();
      await page.getByRole('tab', { name: /审阅/ }).click();
      await poll(() => page.getByTestId('comment').count()).toBe(100);
      expect(await page.getByText('审阅意见（230）').count()).toBe(1);
      expect(await page.getByTestId('comment').first().textContent()).toContain('第 131 条意见');
      expect(await page.getByTestId('comment').last().textContent()).toContain('第 230 条意见');
      await page.getByTestId('comments-older').click();
      await poll(() => page.getByTestId('comment').count()).toBe(200);
      expect(await page.getByTestId('comment').first().textContent()).toContain('第 31 条意见');
      await page.getByTestId('comments-older').click();
      await poll(() => page.getByTestId('comment').count()).toBe(230);
      expect(await page.getByTestId('comment').first().textContent()).toContain('第 1 条意见');
      expect(await page.getByTestId('comments-older').count()).toBe(0);
    },
    SLOW,
  );
});
