/** Where the points come from, in the browser: 计算 / 人工 per node with the figures or the reason, and the split line. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_004_SUBSECTIONS, SEED_004_TOTAL } from '../golden';
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

const SLOW = 120_000;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const cents = (x: number) => Math.round(x * 100);
/** 按数据计算 N 分，人工评定 M 分 → [N, M]. */
const splitOf = (text: string | null) => {
  const m = /按数据计算 ([\d.]+) 分，人工评定 ([\d.]+) 分/.exec(text ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
};

describe.each(STORE_KINDS)('the score panel says where 南洲 2023 points come from, on %s', (kind) => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let id: number;

  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer({}, kind);
    browser = await launchBrowser();
    const admin = await apiAs(server.url, 'admin', ADMIN_PASSWORD);
    const { evaluations } = (await admin.get('/api/evaluations')) as {
      evaluations: Array<{ id: number; departmentName: string; year: number }>;
    };
    id = evaluations.find((e) => e.departmentName.includes('南洲') && e.year === 2023)!.id;
    await admin.dispose();
    page = await loginPage(browser, server.url, 'admin', ADMIN_PASSWORD);
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const line = (name: string) => page.locator(`[data-testid="score-node"][data-name="${name}"]`);
  /** The tooltip of a node's tag, once the previous one has gone. */
  const tip = async (name: string) => {
    await page.mouse.move(0, 0);
    await poll(() => page.locator('.ant-tooltip:visible').count()).toBe(0);
    await line(name).getByTestId('score-origin').hover();
    const t = page.locator('.ant-tooltip:visible');
    await t.waitFor();
    return (await t.textContent()) ?? '';
  };

  it(
    'tags each node 计算 or 人工, explains it on hover, and splits 91.46 to the cent',
    async () => {
      await page.goto(`/evaluations/${id}`);
      await page.getByTestId('score-total').waitFor();
      expect(await page.getByTestId('score-total').textContent()).toBe(SEED_004_TOTAL.toFixed(2));
      const split = splitOf(await page.getByTestId('score-split').textContent());
      expect(split).not.toBeNull();
      expect(cents(split![0]!) + cents(split![1]!)).toBe(cents(SEED_004_TOTAL));

      expect(await line('预算资金支出率').getByTestId('score-origin').getAttribute('data-source')).toBe(
        'computed',
      );
      expect(await line('预算资金支出率').getByTestId('score-origin').textContent()).toBe('计算');
      // Seed 004: 执行数 23,033.06 ÷ 全年预算数 23,135.18.
      expect(await tip('预算资金支出率')).toContain(
        '执行数 23,033.06 万元 ÷ 全年预算数 23,135.18 万元 = 99.56%',
      );
      expect(await line('效益指标').getByTestId('score-origin').textContent()).toBe('人工');
      expect(await tip('效益指标')).toContain('填报的评定「已完成」');
      expect(await tip('绩效管理')).toContain('理由：未另行制定本部门绩效管理制度（填报人：填报单位）');
      // 产出指标: the two collection rows are judged from the figures their prose states.
      expect(await line('产出指标').getByTestId('score-origin').getAttribute('data-source')).toBe('mixed');
      expect(await tip('产出指标')).toContain('实绩 1,106.78 万元 ÷ 目标任务 1,050.00 万元');
    },
    SLOW,
  );

  it(
    'prose typed into an actual value that names both figures is judged from them at once',
    async () => {
      const actual = page.locator('[data-path="indicators[0].actual"] textarea');
      await actual.scrollIntoViewIfNeeded();
      await actual.fill('2023 年环卫收费目标任务为 1,000.00 万元，实绩为 600.00 万元。');
      // 产出指标 20 points over seven rows: 60% of one row's 20 ÷ 7.
      const expected = SEED_004_SUBSECTIONS.产出指标 - (SEED_004_SUBSECTIONS.产出指标 / 7) * 0.4;
      await poll(async () =>
        (await line('产出指标').textContent())?.includes(`${Math.round(expected * 100) / 100} / 20`),
      ).toBe(true);
      expect(await tip('产出指标')).toContain('实绩 600.00 万元 ÷ 目标任务 1,000.00 万元），完成率 60%');
      const total = Number(await page.getByTestId('score-total').textContent());
      const split = splitOf(await page.getByTestId('score-split').textContent())!;
      expect(cents(split[0]!) + cents(split[1]!)).toBe(cents(total));
    },
    SLOW,
  );
});
