/** Screenshots of the editor, the dashboard and the import screen at 1440×900 for docs/images (JIXIAO_SCREENSHOTS=1). */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAIZHU_STREETS, variant } from './demo-data';
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

const OUT = join(ROOT, 'docs/images');
const PASSWORD = 'shot-user-pass';
const SEED_003 = join(ROOT, 'test/fixtures/web/003_0cae153c9ef8c78d.txt');

/** Two animation frames: the scroll and the last layout are on screen. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe.skipIf(!process.env.JIXIAO_SCREENSHOTS)('screenshots', () => {
  let server: TestServer;
  let browser: Browser;
  let seedDir: string;
  let nanzhouId: number;

  beforeAll(async () => {
    ensureWebBuild();
    // The five examples plus the street offices of 海珠区 over two years, so the dashboard has a district to show.
    seedDir = mkdtempSync(join(tmpdir(), 'jixiao-shots-'));
    for (const f of readdirSync(join(ROOT, 'examples')).filter((x) => x.endsWith('.json'))) {
      copyFileSync(join(ROOT, 'examples', f), join(seedDir, f));
    }
    HAIZHU_STREETS.forEach((street, i) => {
      const department = { name: `广州市海珠区人民政府${street}街道办事处`, district: '海珠区' };
      for (const year of [2022, 2023]) {
        writeFileSync(
          join(seedDir, `demo-${i}-${year}.json`),
          JSON.stringify(variant(i * 2 + year, department, year)),
        );
      }
    });
    server = await startTestServer({ JIXIAO_SEED_DIR: seedDir });
    browser = await launchBrowser();
    const admin = await apiAs(server.url, 'admin', ADMIN_PASSWORD);
    const { evaluations } = await admin.get('/api/evaluations?district=海珠区&year=2023');
    const nanzhou = evaluations.find((e: { departmentName: string }) => e.departmentName.includes('南洲'));
    nanzhouId = nanzhou.id;
    await admin.post('/api/users', {
      username: 'nz-editor',
      name: '南洲街道财务科',
      role: 'editor',
      departmentId: nanzhou.departmentId,
      password: PASSWORD,
    });
    await admin.post('/api/users', {
      username: 'hz-reviewer',
      name: '海珠区财政局',
      role: 'reviewer',
      district: '海珠区',
      password: PASSWORD,
    });
    // A district mid-review: most submitted, some approved, one returned.
    for (const [i, e] of (evaluations as { id: number }[]).entries()) {
      if (e.id === nanzhouId || i % 5 === 4) continue;
      await admin.post(`/api/evaluations/${e.id}/transitions`, { action: 'submit' });
      if (i % 3 === 0) await admin.post(`/api/evaluations/${e.id}/transitions`, { action: 'approve' });
      else if (i % 7 === 1)
        await admin.post(`/api/evaluations/${e.id}/transitions`, {
          action: 'return',
          comment: '请补充偏差原因',
        });
    }
    await admin.dispose();
    mkdirSync(OUT, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (seedDir) rmSync(seedDir, { recursive: true, force: true });
  });

  it('the editor, at the indicator table', async () => {
    const page = await loginPage(browser, server.url, 'nz-editor', PASSWORD);
    await page.goto(`/evaluations/${nanzhouId}`);
    await page.locator('[data-path="indicators[3].actual"] textarea').fill('完成目标数的 90%');
    await page.getByTestId('lost-item').filter({ hasText: '出租屋综合税' }).waitFor();
    await page.locator('[data-testid="save-state"][data-phase="saved"]').waitFor();
    await page.evaluate(() => {
      const el = document.getElementById('sec-indicators')!;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 112);
    });
    await page.mouse.move(0, 0);
    await settle(page);
    await page.screenshot({ path: join(OUT, 'editor.png') });
    expect(statSync(join(OUT, 'editor.png')).size).toBeGreaterThan(10_000);
    await page.context().close();
  }, 120_000);

  it('the dashboard of 海珠区 2023', async () => {
    const page = await loginPage(browser, server.url, 'hz-reviewer', PASSWORD);
    // The demo evaluations are drafts: count them, as the switch 计入草稿和退回 does.
    await page.goto('/dashboard?year=2023&drafts=1');
    await page.locator('[data-testid="dashboard"][data-ready="true"]').waitFor({ timeout: 60_000 });
    await page.mouse.move(0, 0);
    await settle(page);
    await page.screenshot({ path: join(OUT, 'dashboard.png') });
    expect(statSync(join(OUT, 'dashboard.png')).size).toBeGreaterThan(10_000);
    await page.context().close();
  }, 120_000);

  it('the import screen with seed 003', async () => {
    const page = await loginPage(browser, server.url, 'admin', ADMIN_PASSWORD);
    await page.goto('/import');
    await page.locator('input[type=file]').setInputFiles(SEED_003);
    await page.getByTestId('import-indicator-count').waitFor({ timeout: 60_000 });
    await page.locator('#sec-indicators').waitFor();
    // A warning with a line number scrolls the source beside it to that line.
    const warning = page.getByTestId('import-warning').first();
    if (await warning.count()) await warning.click();
    await page.evaluate(() => {
      const el = document.getElementById('sec-indicators')!;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 250);
    });
    await page.mouse.move(0, 0);
    await settle(page);
    await page.screenshot({ path: join(OUT, 'import.png') });
    expect(statSync(join(OUT, 'import.png')).size).toBeGreaterThan(10_000);
    await page.context().close();
  }, 120_000);
});
