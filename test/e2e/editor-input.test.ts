/**
 * What a department types is kept, in a real browser on SQLite and on PostgreSQL: number fields read full-width digits
 * and separators, refuse what they cannot read at the field in Chinese and keep it as typed across a reload; a draft
 * saves with an empty new row; leaving the page saves what is pending; every field the registry names is on the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/core/model';
import { CONTAINER_FIELDS, FIELDS, fieldElementPath } from '../../src/core/model/fields';
import {
  ADMIN_PASSWORD,
  apiAs,
  ensureWebBuild,
  launchBrowser,
  loginPage,
  missingFields,
  ROOT,
  STORE_KINDS,
  startTestServer,
  type TestServer,
} from './harness';

const PASSWORD = 'e2e-amber-quay-73';
const SLOW = 120_000;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const NANZHOU: Evaluation = JSON.parse(readFileSync(join(ROOT, 'examples/nanzhou-2023.json'), 'utf8'));

type Api = Awaited<ReturnType<typeof apiAs>>;

const line = (name: string) => ({ name, initial: 1, budget: 2, actual: 1.5, lastYear: 1.2 });
const details = {
  initialTarget: '≥90%',
  adjustedTarget: '≥95%',
  midYear: '50%',
  unit: '%',
  status: '已完成',
  completion: '100%',
  points: 5,
  reportedScore: 5,
  deviationReason: '无偏差',
};

/** 南洲 2023 with a row in every list and every part filled, so each field of the registry has a place to be. */
function everything(d: Evaluation): void {
  d.department.functions = ['职能一'];
  d.department.units = ['党政综合办公室'];
  d.department.subordinateUnits = 1;
  d.tasks[0]!.goal = '任务目标';
  d.finance.initialBudget = 20000;
  d.finance.income = [line('财政拨款收入')];
  d.finance.incomeTotal = { initial: 1, budget: 2, actual: 1.5 };
  d.finance.expenditure = [line('基本支出')];
  d.finance.expenditureTotal = { initial: 1, budget: 2, actual: 1.5 };
  d.finance.expenditureBySource = [line('一般公共预算财政拨款')];
  d.finance.publicFunds = { budget: 10, actual: 9 };
  d.finance.lastYear = { income: 1, budget: 2, executed: 3 };
  Object.assign(d.indicators[0]!, details);
  Object.assign(d.management[0]!, {
    value: 50,
    owner: 'nz-editor',
    deductions: [{ points: 1, reason: '扣分' }],
  });
  d.management.push({ item: '评分标准里没有的项目', score: 1, deductions: [] });
  d.projects = [
    {
      name: '环卫综合经费项目',
      budget: 100,
      executed: 90,
      executionRate: 90,
      funding: [{ source: '财政拨款', initial: 100, budget: 100, executed: 90 }],
      goal: '目标',
      indicators: [
        {
          name: '项目指标',
          level1: '产出指标',
          level2: '数量指标',
          target: '≥1个',
          actual: '1个',
          owner: 'nz-editor',
          ...details,
        },
      ],
      score: 90,
      summary: '自评情况',
    },
  ];
  d.reported.grade = '优';
  d.reported.narrativeExecutionRate = 99.56;
  d.reported.indicatorCount = 12;
  d.reported.projectSelfEvaluations = 1;
  d.reported.deductions = [{ item: '绩效管理制度建设', points: 5, reason: '未制定' }];
}

/** A registry pattern at the first row of each list (the management item a person names at the row the rubric lacks). */
function instance(pattern: string, d: Evaluation): string {
  const own = pattern === 'management[].item' ? `management[${d.management.length - 1}].item` : pattern;
  return own.replace(/\[\]/g, '[0]').replace('{}', '产出指标');
}

describe.each(STORE_KINDS)('editor input on %s', (kind) => {
  let server: TestServer;
  let browser: Browser;
  let admin: Api;
  let page: Page;
  let deptId: number;
  let year = 2035;

  /** A new evaluation of 南洲 in a year of its own. */
  async function create(edit: (d: Evaluation) => void = () => {}): Promise<number> {
    const data = structuredClone(NANZHOU);
    data.year = year++;
    edit(data);
    return (await admin.post('/api/evaluations', { departmentId: deptId, data })).evaluation.id;
  }

  /** The editor with every section drawn (the long tables follow the first paint). */
  async function openEditor(id: number) {
    await page.goto(`/evaluations/${id}`);
    await page.getByTestId('score-panel').waitFor();
    await page.locator('#sec-reported').waitFor();
  }

  const saved = () => poll(() => page.getByTestId('save-state').getAttribute('data-phase')).toBe('saved');
  const field = (path: string) => page.locator(`[data-path="${path}"]`).first();
  const input = (path: string) => field(path).locator('input').first();
  const message = (path: string) => field(path).getByTestId('field-error');

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
    page = await loginPage(browser, server.url, 'nz-editor', PASSWORD);
  }, 240_000);

  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['-500', '「全年预算数」不能为负数'],
    ['abc', '「全年预算数」应为金额'],
    ['一千万', '「全年预算数」请用阿拉伯数字填写，不接受中文数字'],
    ['1e12', '「全年预算数」不接受科学计数法，请写出完整数字'],
  ])(
    'keeps %s in 全年预算数 as typed, with its message at the field, across a reload',
    async (typed, text) => {
      const id = await create();
      await openEditor(id);
      await input('finance.budget').fill(typed);
      await poll(() => message('finance.budget').textContent()).toBe(text);
      expect(await input('finance.budget').inputValue()).toBe(typed);
      await saved();
      // Nothing coerced was saved: the amount is empty and the typed text waits beside it.
      const stored = (await admin.get(`/api/evaluations/${id}`)).evaluation.data;
      expect(stored.finance.budget ?? null).toBeNull();
      expect(stored.drafts).toEqual({ 'finance.budget': typed });
      await page.reload();
      await page.getByTestId('score-panel').waitFor();
      expect(await input('finance.budget').inputValue()).toBe(typed);
      expect(await message('finance.budget').textContent()).toBe(text);
      expect(await page.getByTestId('draft-problems').textContent()).toContain('1 处待完善');
    },
    SLOW,
  );

  it(
    'reads ２３１３５．１８ as 23,135.18 万元 and shows it so after a reload',
    async () => {
      const id = await create((d) => {
        d.finance.budget = null;
      });
      await openEditor(id);
      const box = input('finance.budget');
      await box.fill('２３１３５．１８');
      expect(await box.inputValue()).toBe('２３１３５．１８');
      expect(await message('finance.budget').count()).toBe(0);
      await box.blur();
      await poll(() => box.inputValue()).toBe('23,135.18');
      await saved();
      const stored = (await admin.get(`/api/evaluations/${id}`)).evaluation.data;
      expect(stored.finance.budget).toBe(23135.18);
      expect(stored.drafts).toBeUndefined();
      await page.reload();
      await page.getByTestId('score-panel').waitFor();
      expect(await input('finance.budget').inputValue()).toBe('23,135.18');
      expect(await message('finance.budget').count()).toBe(0);
      // The score reads the amount: 南洲's execution rate and total are back to the report's.
      expect(await page.getByTestId('score-total').textContent()).toBe('91.46');
    },
    SLOW,
  );

  it(
    'saves another edit while an empty new indicator row waits, and keeps both across a reload',
    async () => {
      const id = await create();
      await openEditor(id);
      const rows = NANZHOU.indicators.length;
      await page.getByRole('button', { name: '添加指标' }).click();
      await field(`indicators[${rows}].name`).waitFor();
      await page.locator('[data-path="conclusion"] textarea').fill('空行不挡保存');
      await saved();
      expect(await page.getByTestId('draft-problems').textContent()).toContain('处待完善');
      await page.reload();
      await page.getByTestId('score-panel').waitFor();
      expect(await page.locator('[data-path="conclusion"] textarea').inputValue()).toBe('空行不挡保存');
      expect(await page.getByTestId('indicator-count').textContent()).toBe(`共 ${rows + 1} 项指标`);
      expect(await message(`indicators[${rows}].name`).textContent()).toBe('指标名称不能为空');
      await page.getByRole('tab', { name: /审核/ }).click();
      await poll(async () => (await page.getByTestId('finding').allTextContents()).join('|')).toContain(
        '指标名称不能为空',
      );
    },
    SLOW,
  );

  it(
    'saves what was just typed when the page is left before autosave ran',
    async () => {
      const id = await create();
      await openEditor(id);
      await page.locator('[data-path="conclusion"] textarea').fill('离开页面前刚写的结论');
      await input('finance.executed').fill('abc');
      // The browser asks before leaving with a change pending; leaving anyway still saves it.
      let asked = false;
      page.once('dialog', (d) => {
        asked = d.type() === 'beforeunload';
        void d.accept();
      });
      await page.reload();
      expect(asked).toBe(true);
      await page.getByTestId('score-panel').waitFor();
      await poll(async () => (await admin.get(`/api/evaluations/${id}`)).evaluation.data.conclusion).toBe(
        '离开页面前刚写的结论',
      );
      await page.reload();
      await page.getByTestId('score-panel').waitFor();
      expect(await page.locator('[data-path="conclusion"] textarea').inputValue()).toBe(
        '离开页面前刚写的结论',
      );
      expect(await input('finance.executed').inputValue()).toBe('abc');
    },
    SLOW,
  );

  it(
    'has on the page every field the registry names, editable, and every table and row it names',
    async () => {
      let doc: Evaluation | null = null;
      const id = await create((d) => {
        everything(d);
        doc = d;
      });
      await openEditor(id);
      await page.locator('#sec-reported').waitFor();
      const wanted = [...FIELDS, ...CONTAINER_FIELDS].map((f) => ({
        pattern: f.pattern,
        path: fieldElementPath(instance(f.pattern, doc!))!,
        editable: !f.container,
      }));
      const missing = await missingFields(page, wanted);
      expect(wanted.length).toBeGreaterThan(150);
      expect(missing).toEqual([]);
    },
    SLOW,
  );

  it(
    'opens the folded details of an indicator when its finding is clicked, at 偏差原因及改进措施',
    async () => {
      const id = await create((d) => {
        Object.assign(d.indicators[3]!, { actual: '80%', judgement: null, deviationReason: null });
      });
      await openEditor(id);
      const reason = 'indicators[3].deviationReason';
      expect(await field(reason).count()).toBe(0);
      await page.getByRole('tab', { name: /审核/ }).click();
      const finding = page.getByTestId('finding').filter({ hasText: '未说明偏差原因及改进措施' }).first();
      await finding.click();
      await poll(() =>
        page.evaluate(() => document.activeElement?.closest('[data-path]')?.getAttribute('data-path')),
      ).toBe(reason);
      await page.locator(`[data-path="${reason}"] textarea`).fill('年中调整了目标，下年度加强过程监控');
      await poll(async () =>
        (await page.getByTestId('finding').allTextContents()).some((t) =>
          t.includes('未说明偏差原因及改进措施'),
        ),
      ).toBe(false);
      await saved();
    },
    SLOW,
  );

  it(
    'clears 自评总分 … 按评分标准计算为 … at the stated total',
    async () => {
      const id = await create((d) => {
        d.reported.total = 93;
        d.reported.scores.总分 = 93;
      });
      await openEditor(id);
      await page.getByRole('tab', { name: /审核/ }).click();
      const mismatch = () =>
        page.getByTestId('finding').filter({ hasText: '自评总分 93 分，按评分标准' }).count();
      await poll(mismatch).toBe(1);
      await page.getByTestId('finding').filter({ hasText: '自评总分 93 分，按评分标准' }).click();
      await poll(() =>
        page.evaluate(() => document.activeElement?.closest('[data-path]')?.getAttribute('data-path')),
      ).toBe('reported.total');
      await input('reported.total').fill('91.46');
      await input('reported.scores.总分').fill('91.46');
      await poll(mismatch).toBe(0);
      await saved();
      const stored = (await admin.get(`/api/evaluations/${id}`)).evaluation.data;
      expect(stored.reported.total).toBe(91.46);
    },
    SLOW,
  );
});
