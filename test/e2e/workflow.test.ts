/** The submission gate, withdraw, reopen and history in a real browser, on SQLite and on PostgreSQL. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/core/model';
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

const PASSWORD = 'e2e-lotus-harbor-51';
const SLOW = 120_000;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const NANZHOU: Evaluation = JSON.parse(readFileSync(join(ROOT, 'examples/nanzhou-2023.json'), 'utf8'));
const EXPLANATION = '“三公”经费对比数以调整后年初预算为基数，差额 0.06 万元已在决算说明中列明';

type Api = Awaited<ReturnType<typeof apiAs>>;

describe.each(STORE_KINDS)('workflow in the browser on %s', (kind) => {
  let server: TestServer;
  let browser: Browser;
  let admin: Api;
  let editorApi: Api;
  let reviewerApi: Api;
  let deptId: number;
  let year = 2031;
  const pages = new Map<string, Page>();

  /** One logged-in page per user for the whole file. */
  async function open(username: string): Promise<Page> {
    const known = pages.get(username);
    if (known) return known;
    const p = await loginPage(browser, server.url, username, PASSWORD);
    pages.set(username, p);
    return p;
  }

  /** A new evaluation of 南洲 in a year of its own, as `edit` leaves 南洲's complete document. */
  async function create(edit: (d: Evaluation) => void = () => {}): Promise<number> {
    const data = structuredClone(NANZHOU);
    data.year = year++;
    edit(data);
    const res = await admin.post('/api/evaluations', { departmentId: deptId, data });
    return res.evaluation.id;
  }

  async function openEditor(page: Page, id: number) {
    await page.goto(`/evaluations/${id}`);
    await page.getByTestId('score-panel').waitFor();
  }

  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer({}, kind);
    browser = await launchBrowser();
    admin = await apiAs(server.url, 'admin', ADMIN_PASSWORD);
    const { departments } = await admin.get('/api/departments');
    deptId = departments.find((d: { name: string }) => d.name.includes('南洲')).id;
    await admin.post('/api/users', {
      username: 'nz-editor',
      name: '南洲填报人',
      role: 'editor',
      departmentId: deptId,
      password: PASSWORD,
    });
    await admin.post('/api/users', {
      username: 'hz-reviewer',
      name: '海珠区审核人',
      role: 'reviewer',
      district: '海珠区',
      password: PASSWORD,
    });
    editorApi = await apiAs(server.url, 'nz-editor', PASSWORD);
    reviewerApi = await apiAs(server.url, 'hz-reviewer', PASSWORD);
  }, 240_000);

  afterAll(async () => {
    for (const p of pages.values()) await p.context().close();
    await Promise.all([admin?.dispose(), editorApi?.dispose(), reviewerApi?.dispose()]);
    await browser?.close();
    await server?.close();
  });

  it(
    'refuses a blank evaluation with the checklist, in the browser and on the server',
    async () => {
      const blank = { department: { name: NANZHOU.department.name }, year: year++, rubric: 'gz-dept-2023' };
      const id = (await admin.post('/api/evaluations', { departmentId: deptId, data: blank })).evaluation.id;
      const page = await open('nz-editor');
      await openEditor(page, id);
      await page.getByTestId('submit-button').click();
      const checklist = page.getByTestId('submit-checklist');
      await checklist.locator('[data-kind="blank"]').waitFor();
      expect(await checklist.locator('[data-kind="blank"]').textContent()).toContain('空白自评');
      expect(await checklist.locator('[data-code="indicators_empty"]').count()).toBe(1);
      expect(await page.getByTestId('gate-summary').textContent()).toContain('需要处理后才能提交');
      expect(await page.getByTestId('gate-confirm').isDisabled()).toBe(true);
      await page.getByRole('button', { name: '返回修改' }).click();
      expect(await page.getByTestId('status-tag').textContent()).toBe('草稿');
      // The server applies the same gate to a request that skips the browser.
      await expect(
        editorApi.post(`/api/evaluations/${id}/transitions`, { action: 'submit' }),
      ).rejects.toThrow(/422.*submission_blocked.*空白自评/);
    },
    SLOW,
  );

  it(
    'submits an audit error with an explanation, which the reviewer reads beside the finding',
    async () => {
      const id = await create((d) => {
        d.finance.comparisons[0]!.change = -0.7;
      });
      const page = await open('nz-editor');
      await openEditor(page, id);
      await page.getByTestId('submit-button').click();
      const item = page
        .getByTestId('submit-checklist')
        .locator('[data-testid="gate-item"][data-code="comparison_change_mismatch"]');
      await item.waitFor();
      expect(await item.textContent()).toContain('“三公”经费');
      expect(await page.getByTestId('gate-confirm').isDisabled()).toBe(true);
      await item.getByTestId('gate-explanation').fill(EXPLANATION);
      await poll(() => page.getByTestId('gate-confirm').isEnabled()).toBe(true);
      expect(await page.getByTestId('gate-summary').textContent()).toContain('附 1 条说明');
      await page.getByTestId('gate-confirm').click();
      await poll(() => page.getByTestId('status-tag').textContent()).toBe('已提交');
      expect(await page.getByTestId('submit-button').count()).toBe(0);

      const reviewer = await open('hz-reviewer');
      await openEditor(reviewer, id);
      await reviewer.getByRole('tab', { name: /审核/ }).click();
      const finding = reviewer.locator('[data-testid="finding"][data-code="comparison_change_mismatch"]');
      await finding.waitFor();
      expect(await finding.getByTestId('finding-explanation').textContent()).toBe(`部门说明：${EXPLANATION}`);
      await reviewer.getByRole('tab', { name: /审阅/ }).click();
      const listed = reviewer.getByTestId('submission-explanation');
      expect(await listed.count()).toBe(1);
      const text = await listed.textContent();
      expect(text).toContain('“三公”经费');
      expect(text).toContain(EXPLANATION);
      expect(await reviewer.getByTestId('submission-explanations').textContent()).toContain('南洲填报人');
    },
    SLOW,
  );

  it(
    'withdraws a submission before the bureau acts, recorded in the history',
    async () => {
      const id = await create();
      await editorApi.post(`/api/evaluations/${id}/transitions`, { action: 'submit' });
      const page = await open('nz-editor');
      await openEditor(page, id);
      expect(await page.getByTestId('status-tag').textContent()).toBe('已提交');
      await page.getByTestId('withdraw-button').click();
      await page.getByRole('button', { name: '撤回', exact: true }).click();
      await poll(() => page.getByTestId('status-tag').textContent()).toBe('草稿');
      await page.getByTestId('submit-button').waitFor();
      await page.getByRole('tab', { name: '历史' }).click();
      await poll(() => page.getByTestId('history-entry').first().textContent()).toContain('撤回提交');
      expect(await page.getByTestId('history-entry').first().textContent()).toContain('南洲填报人');
    },
    SLOW,
  );

  it(
    'reopens an approved evaluation only with a reason, which the department then reads',
    async () => {
      const id = await create();
      await editorApi.post(`/api/evaluations/${id}/transitions`, { action: 'submit' });
      await reviewerApi.post(`/api/evaluations/${id}/transitions`, { action: 'approve' });
      const reviewer = await open('hz-reviewer');
      await openEditor(reviewer, id);
      await reviewer.getByRole('tab', { name: /审阅/ }).click();
      await reviewer.getByRole('button', { name: '重新打开' }).click();
      const ok = reviewer.getByRole('dialog').getByRole('button', { name: '重新打开' });
      expect(await ok.isDisabled()).toBe(true);
      await reviewer.getByTestId('reopen-reason').fill('执行数与决算报表不一致，请核对后重新提交');
      await ok.click();
      await poll(() => reviewer.getByTestId('status-tag').textContent()).toBe('退回');
      await reviewer.getByRole('tab', { name: '历史' }).click();
      await poll(() => reviewer.getByTestId('history-entry').first().textContent()).toContain(
        '重新打开：执行数与决算报表不一致，请核对后重新提交',
      );

      const page = await open('nz-editor');
      await openEditor(page, id);
      expect(await page.getByTestId('returned-alert').textContent()).toContain('执行数与决算报表不一致');
      await page.getByTestId('submit-button').waitFor();
    },
    SLOW,
  );

  it(
    'restores an earlier version as a new one, and each diff names the field that changed',
    async () => {
      const id = await create();
      const page = await open('nz-editor');
      await openEditor(page, id);
      const field = page.locator('[data-path="indicators[5].actual"] textarea');
      const original = await field.inputValue();
      await field.fill('开展居民活动 120 场');
      await poll(() => page.getByTestId('save-state').getAttribute('data-phase')).toBe('saved');

      await page.getByRole('tab', { name: '历史' }).click();
      const v2 = page.locator('[data-testid="history-entry"][data-version="2"]');
      await v2.waitFor();
      expect(await v2.textContent()).toContain('绩效指标第 6 行');
      await v2.click();
      const changes = page.getByTestId('version-changes');
      await changes.waitFor();
      const edited = await changes.textContent();
      expect(edited).toContain('绩效指标第 6 行「开展城乡社区活动的村居个数」 · 实际完成值');
      expect(edited).toContain('开展居民活动 120 场');
      expect(edited).not.toContain('共 12 项');
      await page.keyboard.press('Escape');

      await page.locator('[data-testid="history-entry"][data-version="1"]').click();
      await page.getByTestId('restore-version').click();
      await page.getByRole('button', { name: '恢复', exact: true }).click();
      await poll(() => field.inputValue()).toBe(original);
      const v3 = page.locator('[data-testid="history-entry"][data-version="3"]');
      await v3.waitFor();
      expect(await v3.textContent()).toContain('恢复自第 1 版');
      expect(await v3.textContent()).toContain('南洲填报人');
      await v3.click();
      // The restore undoes what version 2 changed: the actual value (and the verdict the editor reset with it).
      await poll(async () => (await page.getByTestId('version-change').allTextContents())[0]).toBe(
        '绩效指标第 6 行「开展城乡社区活动的村居个数」 · 实际完成值',
      );
      await page.keyboard.press('Escape');
      const stored = (await admin.get(`/api/evaluations/${id}`)).evaluation;
      expect(stored.version).toBe(3);
      expect(stored.data.indicators[5].actual).toBe(original);
      expect(stored.data.indicators[5]).toEqual(NANZHOU.indicators[5]);
    },
    SLOW,
  );
});
