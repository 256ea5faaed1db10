/** `npm run bench:web`: first-load JavaScript (gzip) and the time to draw the dashboard of 2,000 departments in chromium. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { derivedRev, deriveEvaluation } from '../src/server/services/derive';
import type { Derived, NewEvaluation, Store } from '../src/store';
import { variant } from '../test/e2e/demo-data';
import {
  ADMIN_PASSWORD,
  ensureWebBuild,
  launchBrowser,
  loginPage,
  startTestServer,
  WEB_DIST,
} from '../test/e2e/harness';

const DEPARTMENTS = 2000;
const DISTRICT = '白云区';
const YEAR = 2023;
/** Distinct documents behind the 2,000 departments: each is scored and audited once, then reused. */
const VARIANTS = 40;
const RUNS = 3;

/** The scripts index.html loads before any route: the entry and its module preloads. */
export function firstLoadScripts(html: string): string[] {
  const src = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!);
  const preload = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
  return [...new Set([...src, ...preload])];
}

function firstLoadSize(): { files: number; raw: number; gzip: number } {
  const files = firstLoadScripts(readFileSync(join(WEB_DIST, 'index.html'), 'utf8'));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(WEB_DIST, f.replace(/^\//, '')));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzip };
}

async function seed(store: Store): Promise<void> {
  const rev = derivedRev();
  const derived = new Map<string, Derived>();
  const actor = { userId: null, username: 'bench' };
  let batch: NewEvaluation[] = [];
  for (let i = 0; i < DEPARTMENTS; i++) {
    const name = `基准测试第${String(i + 1).padStart(4, '0')}街道办事处`;
    const dept = await store.createDepartment({ name, district: DISTRICT }, actor);
    for (const year of [YEAR - 1, YEAR]) {
      const v = (i * 7 + year) % VARIANTS;
      const doc = variant(v, { name, district: DISTRICT }, year);
      const key = `${v}:${year}`;
      if (!derived.has(key)) derived.set(key, deriveEvaluation(doc, rev));
      batch.push({ departmentId: dept.id, year, data: doc, derived: derived.get(key)!, status: 'submitted' });
    }
    if (batch.length >= 500) {
      await store.createEvaluations(batch, actor);
      batch = [];
    }
  }
  if (batch.length) await store.createEvaluations(batch, actor);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchWeb(): Promise<Record<string, string | number>> {
  ensureWebBuild();
  const size = firstLoadSize();
  const server = await startTestServer({ JIXIAO_SEED: 'false' });
  const browser = await launchBrowser();
  try {
    const t0 = performance.now();
    await seed(server.store);
    const seedMs = performance.now() - t0;
    const page = await loginPage(browser, server.url, 'admin', ADMIN_PASSWORD);
    const url = `/dashboard?district=${encodeURIComponent(DISTRICT)}&year=${YEAR}`;
    const total: number[] = [];
    const afterData: number[] = [];
    const requested: number[] = [];
    const waited: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
      if (run === 0) await page.goto(url);
      else await page.reload();
      await page.locator('[data-testid="dashboard"][data-ready="true"]').waitFor({ timeout: 120_000 });
      const m = await page.evaluate(() => {
        const api = performance
          .getEntriesByType('resource')
          .find((e) => e.name.includes('/api/dashboard')) as PerformanceResourceTiming;
        return {
          rendered: window.__jxDashboardRendered ?? Number.NaN,
          requestStart: api.startTime,
          responseEnd: api.responseEnd,
          size: api.decodedBodySize,
        };
      });
      total.push(m.rendered);
      requested.push(m.requestStart);
      waited.push(m.responseEnd - m.requestStart);
      afterData.push(m.rendered - m.responseEnd);
      bytes = m.size;
    }
    const departments = await page.getByText(/^共 \d+ 个部门$/).textContent();
    return {
      '首屏 JavaScript 文件数': size.files,
      '首屏 JavaScript（未压缩，KB）': Math.round(size.raw / 1024),
      '首屏 JavaScript（gzip，KB）': Math.round(size.gzip / 1024),
      看板部门数: departments ?? '',
      '看板数据（KB）': Math.round(bytes / 1024),
      '写入 2,000 个部门 × 2 年（ms）': Math.round(seedMs),
      [`看板：打开到图表和排名绘制完成（ms，${RUNS} 次中位数）`]: Math.round(median(total)),
      [`看板：页面脚本就绪、发出请求（ms，${RUNS} 次中位数）`]: Math.round(median(requested)),
      [`看板：服务器汇总并传回数据（ms，${RUNS} 次中位数）`]: Math.round(median(waited)),
      [`看板：数据到达后绘制（ms，${RUNS} 次中位数）`]: Math.round(median(afterData)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await benchWeb();
  console.log('\n## 网页');
  for (const [k, v] of Object.entries(figures))
    console.log(`${k}: ${typeof v === 'number' ? v.toLocaleString('en-US') : v}`);
}
