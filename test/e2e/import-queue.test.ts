/**
 * The import queue in a real browser against the real server: five files dropped at once are read two at a time,
 * and a server with one worker and no queue (503 `server_busy` with `Retry-After` for the second) is waited out —
 * every file ends read, none shown as failed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Evaluation } from '../../src/core/model';
import { renderReport } from '../../src/documents/report/render';
import { scannedPdf, scanToolsAvailable } from '../../src/server/uploads/_scan.testing';
import {
  ADMIN_PASSWORD,
  ensureWebBuild,
  launchBrowser,
  loginPage,
  ROOT,
  startTestServer,
  type TestServer,
} from './harness';

const SLOW = 180_000;
const tools = await scanToolsAvailable();
const example = (name: string) => readFileSync(join(ROOT, 'examples', name));
const nameOf = (bytes: Buffer) => (JSON.parse(bytes.toString('utf8')) as Evaluation).department.name;

describe('import queue', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer({ JIXIAO_EXTRACT_WORKERS: '1', JIXIAO_EXTRACT_QUEUE: '0' });
    browser = await launchBrowser();
    page = await loginPage(browser, server.url, 'admin', ADMIN_PASSWORD);
  }, 300_000);

  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
    await server?.close();
  });

  it(
    'reads five files dropped at once, waiting out a busy server, and every row ends 已读取',
    async () => {
      const nanzhou = Evaluation.parse(JSON.parse(example('nanzhou-2023.json').toString('utf8')));
      const jsons = ['duobao-2023.json', 'jinhua-2024.json', 'xiaoguwei-2023.json'].map((f) => ({
        name: f,
        mimeType: 'application/json',
        buffer: example(f),
      }));
      const files = [
        // Seed report 003: 广州市花都区人民政府新华街道办事处, 2022 (../shared/seeds/facts/003_0cae153c9ef8c78d.json).
        {
          name: '新华街道.txt',
          mimeType: 'text/plain',
          buffer: readFileSync(join(ROOT, 'test/fixtures/web/003_0cae153c9ef8c78d.txt')),
        },
        {
          name: '南洲街道.docx',
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          buffer: Buffer.from(await renderReport(nanzhou, 'docx')),
        },
        ...jsons,
      ];
      const statuses: number[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('/api/import')) statuses.push(r.status());
      });
      await page.goto('/import');
      await page.locator('input[type=file]').setInputFiles(files);
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(5);
      await expect
        .poll(() => page.locator('[data-testid=queue-status][data-status=done]').count(), {
          timeout: 120_000,
          interval: 250,
        })
        .toBe(5);
      expect(await page.getByTestId('queue-error').count()).toBe(0);
      expect(await page.getByTestId('import-progress').textContent()).toContain('已处理 5 / 5 个文件');
      const text = (await rows.allTextContents()).join('\n');
      for (const name of [
        '广州市花都区人民政府新华街道办事处',
        nanzhou.department.name,
        ...jsons.map((j) => nameOf(j.buffer)),
      ])
        expect(text).toContain(name);
      // One worker and no queue on the server, two files sent at a time: the busy answers were sent again.
      expect(statuses.filter((s) => s === 200)).toHaveLength(5);
      expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
      // The first two are sent together while the one worker is busy with the first: at least one 503 was waited out.
      expect(statuses).toContain(503);
    },
    SLOW,
  );

  it.skipIf(!tools && process.env.CI !== 'true')(
    'shows the pages of a scan as the server reads them (读取中 第 n/4 页), then the Chinese reason it failed',
    async () => {
      await page.goto('/import');
      const scan = Buffer.from(await scannedPdf(4));
      await page
        .locator('input[type=file]')
        .setInputFiles({ name: '扫描件.pdf', mimeType: 'application/pdf', buffer: scan });
      const status = page.getByTestId('queue-status');
      await expect
        .poll(() => status.textContent(), { timeout: 60_000, interval: 50 })
        .toMatch(/^读取中 第 [1-3]\/4 页$/);
      // English words only on the pages: read by OCR, then not recognised as a report.
      await page.locator('[data-testid=queue-status][data-status=error]').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('queue-error').textContent()).toContain('扫描件.pdf');
    },
    SLOW,
  );
});
