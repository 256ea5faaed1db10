/** Accounts in a real browser against the real server, on SQLite and PostgreSQL: departments, users, passwords. */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_KINDS, TEST_PG_URL } from '../../src/server/_testing';
import { dropPostgresSchema } from '../../src/store/postgres';
import {
  ADMIN_PASSWORD,
  ensureWebBuild,
  launchBrowser,
  loginPage,
  startTestServer,
  type TestServer,
} from './harness';

const SLOW = 120_000;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });

const DEPARTMENT = '广州市海珠区测试街道办事处';
const USERNAME = 'cs-editor';
const NAME = '测试街道填报人';
const FIRST = 'first-meadow-2718';
const TEMP = 'temp-harbor-6042';
const CHOSEN = 'my-own-lychee-77';
const AGAIN = 'second-pagoda-31';

/** The messages of the shared policy (src/core/password), as the field must show them. */
const TOO_SHORT = '密码至少 10 个字符';
const PATTERN = '密码不能只是重复的字符或键盘、数字、字母的连续序列（如 1234567890、qwertyuiop）';
const HAS_USERNAME = '密码不能是用户名，也不能包含用户名';

/** The error under the form field that holds `input`. */
const fieldError = (input: Locator) =>
  input
    .locator('xpath=ancestor::div[contains(@class,"ant-form-item ")][1]')
    .locator('.ant-form-item-explain-error');

/** Pick an option of the antd Select labelled `label`. */
async function pick(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

async function loginAt(browser: Browser, url: string, username: string, password: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    baseURL: url,
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  return page;
}

describe.each(STORE_KINDS)('accounts in the browser on %s', (kind) => {
  let server: TestServer;
  let browser: Browser;
  let admin: Page;
  const pages: Page[] = [];
  const schema = `t_e2e_${process.pid}_${Date.now().toString(36)}`;

  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer(
      kind === 'postgres'
        ? { DATABASE_URL: TEST_PG_URL!, JIXIAO_PG_SCHEMA: schema, JIXIAO_PG_POOL: '5' }
        : {},
    );
    browser = await launchBrowser();
    admin = await loginPage(browser, server.url, 'admin', ADMIN_PASSWORD);
    pages.push(admin);
  }, 180_000);

  afterAll(async () => {
    for (const p of pages) await p.context().close();
    await browser?.close();
    await server?.close();
    if (kind === 'postgres' && TEST_PG_URL) await dropPostgresSchema(TEST_PG_URL, schema);
  });

  it(
    'an administrator adds a department',
    async () => {
      await admin.getByRole('menuitem', { name: '部门管理' }).click();
      await admin.getByRole('button', { name: '新增部门' }).click();
      const dialog = admin.getByRole('dialog');
      await dialog.getByLabel('部门名称').fill(DEPARTMENT);
      await dialog.getByLabel('所属区').fill('海珠区');
      await dialog.getByLabel('所属区').press('Tab');
      await dialog.getByRole('button', { name: '新增' }).click();
      const row = admin.getByRole('row', { name: new RegExp(DEPARTMENT) });
      await row.waitFor();
      expect(await row.textContent()).toContain('启用');
      // The same name again is refused at the name field.
      await admin.getByRole('button', { name: '新增部门' }).click();
      await dialog.getByLabel('部门名称').fill(DEPARTMENT);
      await dialog.getByRole('button', { name: '新增' }).click();
      await poll(() => fieldError(dialog.getByLabel('部门名称')).textContent()).toBe(
        `部门“${DEPARTMENT}”已存在`,
      );
      await dialog.getByRole('button', { name: '取消' }).click();
    },
    SLOW,
  );

  it(
    'creates a user of that department; weak passwords are refused at the field with the Chinese message',
    async () => {
      await admin.getByRole('menuitem', { name: '用户管理' }).click();
      await admin.getByRole('button', { name: '新建用户' }).click();
      const dialog = admin.getByRole('dialog');
      await dialog.getByLabel('用户名').fill(USERNAME);
      await dialog.getByLabel('姓名').fill(NAME);
      const password = dialog.getByLabel('初始密码');
      for (const [weak, message] of [
        ['short', TOO_SHORT],
        ['12345678901', PATTERN],
        [`${USERNAME}-2024x`, HAS_USERNAME],
      ] as const) {
        await password.fill(weak);
        await poll(() => fieldError(password).textContent()).toBe(message);
      }
      await password.fill(FIRST);
      await poll(() => fieldError(password).count()).toBe(0);
      await dialog.getByLabel('首次登录时必须修改密码').uncheck();
      await pick(admin, '角色', '部门填报人');
      await pick(admin, '所属部门', DEPARTMENT);
      await dialog.getByRole('button', { name: '创建' }).click();
      const row = admin.getByRole('row', { name: new RegExp(USERNAME) });
      await row.waitFor();
      expect(await row.textContent()).toContain(NAME);
      expect(await row.textContent()).toContain(DEPARTMENT);
      expect(await row.textContent()).not.toContain('待改密码');
    },
    SLOW,
  );

  it(
    'resets the user’s password: a weak one is refused at the field, the temporary one marks the account',
    async () => {
      const row = admin.getByRole('row', { name: new RegExp(USERNAME) });
      await row.getByRole('button', { name: '重设密码' }).click();
      const dialog = admin.getByRole('dialog');
      const temp = dialog.getByLabel('临时密码');
      await temp.fill('qwertyuiop');
      await poll(() => fieldError(temp).textContent()).toBe(PATTERN);
      await temp.fill(TEMP);
      await dialog.getByRole('button', { name: '重设密码' }).click();
      await poll(async () => (await row.textContent()) ?? '').toContain('待改密码');
    },
    SLOW,
  );

  it(
    'the user logs in with the temporary password and must choose a new one before anything else',
    async () => {
      const old = await loginAt(browser, server.url, USERNAME, FIRST);
      pages.push(old);
      await poll(() => old.getByTestId('login-error').textContent()).toBe('用户名或密码错误');

      const page = await loginAt(browser, server.url, USERNAME, TEMP);
      pages.push(page);
      await page.getByTestId('must-change-password').waitFor();
      expect(await page.getByTestId('current-user').count()).toBe(0);
      // The server refuses writes meanwhile, whatever the page shows.
      const refused = await page.evaluate(async () => {
        const csrf = /jixiao_csrf=([^;]*)/.exec(document.cookie)?.[1] ?? '';
        const r = await fetch('/api/departments', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify({ name: '不该有' }),
        });
        return [r.status, (await r.json()).error.code];
      });
      expect(refused).toEqual([403, 'password_change_required']);

      await page.getByLabel('临时密码').fill(TEMP);
      const next = page.getByLabel('新密码', { exact: true });
      await next.fill(`${USERNAME.toUpperCase()}-new1`);
      await poll(() => fieldError(next).textContent()).toBe(HAS_USERNAME);
      // The same password again passes the policy in the browser; the server refuses it, shown at the field.
      await next.fill(TEMP);
      await page.getByLabel('再次输入新密码').fill(TEMP);
      await page.getByRole('button', { name: '修改密码' }).click();
      await poll(() => fieldError(next).textContent()).toBe('新密码不能与当前密码相同');
      await next.fill(CHOSEN);
      await page.getByLabel('再次输入新密码').fill(CHOSEN);
      await page.getByRole('button', { name: '修改密码' }).click();
      await page.getByTestId('current-user').waitFor();
      expect(await page.getByTestId('current-user').textContent()).toBe(NAME);
      expect(await page.getByTestId('must-change-password').count()).toBe(0);
    },
    SLOW,
  );

  it(
    'changes the password again from the account menu, and only the newest one logs in',
    async () => {
      const page = pages.at(-1)!;
      await page.getByTestId('account-menu').click();
      await page.getByRole('menuitem', { name: '修改密码' }).click();
      const dialog = page.getByRole('dialog', { name: '修改密码' });
      await dialog.getByLabel('当前密码').fill('not-my-password-9');
      await dialog.getByLabel('新密码', { exact: true }).fill(AGAIN);
      await dialog.getByLabel('再次输入新密码').fill(AGAIN);
      await dialog.getByRole('button', { name: '修改密码' }).click();
      await poll(() => fieldError(dialog.getByLabel('当前密码')).textContent()).toBe('当前密码不正确');
      await dialog.getByLabel('当前密码').fill(CHOSEN);
      await dialog.getByRole('button', { name: '修改密码' }).click();
      await poll(() => dialog.isVisible()).toBe(false);
      // Still signed in after the change (a fresh session replaced the old one).
      await page.reload();
      await page.getByTestId('current-user').waitFor();

      const stale = await loginAt(browser, server.url, USERNAME, CHOSEN);
      pages.push(stale);
      await poll(() => stale.getByTestId('login-error').isVisible()).toBe(true);
      const fresh = await loginAt(browser, server.url, USERNAME, AGAIN);
      pages.push(fresh);
      await fresh.getByTestId('current-user').waitFor();
      expect(await fresh.getByTestId('must-change-password').count()).toBe(0);
    },
    SLOW,
  );

  it(
    'the audit log names the people by display name, the username on hover',
    async () => {
      await admin.getByRole('menuitem', { name: '操作日志' }).click();
      const reset = admin.getByRole('row', { name: /重设密码/ }).first();
      await reset.waitFor();
      expect(await reset.textContent()).toContain('系统管理员');
      expect(await reset.textContent()).toContain(`${NAME}（${USERNAME}）`);
      const changed = admin.getByRole('row', { name: /修改密码/ }).first();
      expect(await changed.textContent()).toContain(NAME);
      await changed.getByText(NAME, { exact: true }).hover();
      await poll(() => admin.getByRole('tooltip').textContent()).toBe(`用户名：${USERNAME}`);
    },
    SLOW,
  );

  it(
    'a deactivated department is no longer offered for a new evaluation',
    async () => {
      await admin.getByRole('menuitem', { name: '部门管理' }).click();
      const row = admin.getByRole('row', { name: new RegExp(DEPARTMENT) });
      await row.getByRole('button', { name: '停用' }).click();
      await admin.getByRole('tooltip').getByRole('button', { name: '停用' }).click();
      await poll(async () => (await row.textContent()) ?? '').toContain('已停用');
      await admin.getByRole('menuitem', { name: '自评列表' }).click();
      await admin.getByRole('button', { name: '新建年度自评' }).click();
      await admin.getByRole('dialog').getByLabel('部门').click();
      const options = admin.locator('.ant-select-dropdown:visible .ant-select-item-option');
      await options.first().waitFor();
      await admin.getByRole('dialog').getByLabel('部门').fill('测试街道');
      await poll(() => options.count()).toBe(0);
      await admin.getByRole('dialog').getByLabel('部门').fill('南洲');
      await poll(() => options.count()).toBe(1);
    },
    SLOW,
  );
});
