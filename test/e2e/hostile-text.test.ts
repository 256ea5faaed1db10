/**
 * Hostile text in a real browser: markup typed into every name, value, item, comment and user name is shown as text on
 * every page and in every chart tooltip; nothing navigates, runs or is created from it, and styles need the CSP nonce.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const PASSWORD = 'e2e-hostile-pass-7';
const SLOW = 180_000;
const IMG = '<img src=x onerror=window.__x=1>';
const SCRIPT = '<script>window.__y=1</script>';
const META = '<meta http-equiv="refresh" content="0;url=/boom">';
const ALL = `${IMG}${SCRIPT}${META}`;
const DEPARTMENT = `广州市海珠区人民政府${ALL}街道办事处`;
const DISTRICT = '海珠区';
const DESK = `/dashboard?district=${encodeURIComponent(DISTRICT)}&year=2023`;

/** Three accounts, each named by one of the hostile texts (a name holds at most 100 characters). */
const USERS = [
  { username: 'hostile-editor', name: `${IMG}填报人`, role: 'editor' },
  { username: 'hostile-reviewer', name: `${SCRIPT}审核人`, role: 'reviewer' },
  { username: 'hostile-second', name: `${META}复核人`, role: 'editor' },
] as const;

interface Watch {
  created: string[];
  violations: string[];
  /** <style> elements written without the nonce: the CSP refuses them. */
  unsigned: string[];
}
declare global {
  interface Window {
    __x?: unknown;
    __y?: unknown;
    __watch: Watch;
    __marker?: number;
  }
}

/**
 * Runs before the page's own scripts: records every img[src=x], meta[http-equiv] and script that is not the app's own
 * bundle the moment it enters the document (even if removed at once), every <style> without the nonce, and every
 * CSP violation.
 */
function watchDocument() {
  const watch: Watch = { created: [], violations: [], unsigned: [] };
  window.__watch = watch;
  const BAD = 'img[src="x"], meta[http-equiv], script:not([src*="/assets/"])';
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        for (const e of [n, ...n.querySelectorAll('*')])
          if (e.matches(BAD)) watch.created.push(e.outerHTML.slice(0, 200));
          else if (e instanceof HTMLStyleElement && !e.nonce) watch.unsigned.push(e.outerHTML.slice(0, 200));
      }
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('securitypolicyviolation', (e) =>
    watch.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
  );
}

describe.each(STORE_KINDS)('hostile text in the browser on %s', (kind) => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let evaluationId: number;
  const boom: string[] = [];

  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer({ JIXIAO_DASHBOARD_CACHE_MS: '0' }, kind);
    browser = await launchBrowser();
    const admin = await apiAs(server.url, 'admin', ADMIN_PASSWORD);
    const { evaluations } = await admin.get(
      `/api/evaluations?district=${encodeURIComponent(DISTRICT)}&year=2023`,
    );
    const base = (await admin.get(`/api/evaluations/${evaluations[0].id}`)).evaluation.data;
    const { department } = await admin.post('/api/departments', { name: DEPARTMENT, district: DISTRICT });
    for (const u of USERS)
      await admin.post('/api/users', {
        ...u,
        password: PASSWORD,
        departmentId: u.role === 'editor' ? department.id : null,
        district: DISTRICT,
      });

    // The department's own staff write the year: every text that is shown somewhere carries the markup.
    const data = structuredClone(base);
    data.department = { ...data.department, name: DEPARTMENT };
    data.indicators = data.indicators.map((x: Record<string, unknown>, i: number) => ({
      ...x,
      name: `${ALL}指标${i + 1}`,
      // The first falls short (so it is charted as unmet), the second's target and the third's actual are markup.
      ...(i === 0 ? { target: '100%', actual: `目标任务为 1,050.00 万元，实绩为 500.00 万元。${ALL}` } : {}),
      ...(i === 1 ? { target: `${ALL}目标` } : {}),
      ...(i === 2 ? { actual: `${ALL}实际` } : {}),
    }));
    data.management = data.management.map((m: Record<string, unknown>, i: number) =>
      i === 0 ? { ...m, item: `${ALL}管理事项`, evidence: `${ALL}佐证` } : m,
    );
    data.problems = [`${ALL}问题`];
    const editor = await apiAs(server.url, USERS[0].username, PASSWORD);
    const created = (await editor.post('/api/evaluations', { departmentId: department.id, data })).evaluation;
    evaluationId = created.id;
    // A second version by another hostile-named account, so the history shows a change of hostile text.
    const second = await apiAs(server.url, USERS[2].username, PASSWORD);
    data.management[1] = { ...data.management[1], item: `${META}第二版事项` };
    await second.put(`/api/evaluations/${evaluationId}`, { version: created.version, data });
    // Counted on the desk: the status is set in the store, the submission gate is not under test here.
    const w = await server.store.writeEvaluation(
      { id: evaluationId, status: 'submitted', summary: '测试：已提交' },
      { userId: null, username: 'test' },
    );
    expect(w.ok).toBe(true);
    const reviewer = await apiAs(server.url, USERS[1].username, PASSWORD);
    await reviewer.post(`/api/evaluations/${evaluationId}/comments`, {
      body: `${ALL}意见`,
      path: 'indicators[0].name',
    });
    for (const c of [admin, editor, second, reviewer]) await c.dispose();

    page = await loginPage(browser, server.url, 'admin', ADMIN_PASSWORD);
    context = page.context();
    await context.addInitScript(watchDocument);
    context.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/boom')) boom.push(r.url());
    });
  }, SLOW);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** Open a page by address; the marker tells whether the document was later replaced (a meta refresh). */
  async function visit(path: string) {
    await page.goto(path);
    await page.evaluate(() => {
      window.__marker = 42;
    });
  }

  /** The page still shows the same document at the same address, and nothing ran or was created from the text. */
  async function expectUntouched(path: string) {
    // A meta refresh of 0 s fires on the next tasks: give it the time before looking.
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
    const state = await page.evaluate(() => ({
      marker: window.__marker,
      x: window.__x,
      y: window.__y,
      created: window.__watch.created,
      violations: window.__watch.violations,
      now: [
        ...document.querySelectorAll('img[src="x"], meta[http-equiv], script:not([src*="/assets/"])'),
      ].map((e) => e.outerHTML),
      unsigned: window.__watch.unsigned,
    }));
    expect(state.marker).toBe(42);
    expect(state.x).toBeUndefined();
    expect(state.y).toBeUndefined();
    expect(state.created).toEqual([]);
    expect(state.now).toEqual([]);
    // The page is styled under the CSP: no <style> was refused, and antd wrote the nonce on every one.
    // Every <style> carries the nonce but two that @rc-component/util writes without taking one (docs/server.md):
    // the scrollbar-width probe, and the body scroll lock under a modal. The CSP refuses exactly those.
    const known = state.unsigned.filter((h) => /rc-util-key="(rc-scrollbar-measure|rc-util-locker)-/.test(h));
    expect(state.unsigned).toEqual(known);
    expect(state.violations.filter((v) => v.startsWith('style-src')).length).toBe(known.length);
    expect(boom).toEqual([]);
  }

  /** What the page shows as text holds the markup itself, so the page did render the hostile values. */
  async function expectShown(needle: string) {
    await expect
      .poll(() => page.evaluate(() => document.body.textContent ?? ''), { timeout: 20_000 })
      .toContain(needle);
  }

  /**
   * Mouse moves dispatched over every chart on the page in a grid of `step` pixels, so each bar, slice and point shows
   * its tooltip; returns how many charts there were and at how many points a tooltip showed the hostile text.
   */
  async function hoverCharts(step = 10): Promise<{ charts: number; hostileTips: number }> {
    const charts = await page.locator('[_echarts_instance_]').count();
    const hostileTips = await page.evaluate(async (step) => {
      let seen = 0;
      for (const chart of document.querySelectorAll<HTMLElement>('[_echarts_instance_]')) {
        chart.scrollIntoView({ block: 'center' });
        const box = chart.getBoundingClientRect();
        for (let y = box.top + 1; y < box.bottom; y += step) {
          for (let x = box.left + 1; x < box.right; x += step) {
            const target = document.elementFromPoint(x, y);
            if (!target || !chart.contains(target)) continue;
            for (const type of ['pointermove', 'mousemove'])
              target.dispatchEvent(
                new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true }),
              );
            if (chart.textContent?.includes('onerror=window.__x=1')) seen++;
          }
          // Let the chart's timers and the page's observers run between rows.
          await new Promise((r) => setTimeout(r, 0));
        }
        chart.dispatchEvent(new MouseEvent('mouseout', { bubbles: true }));
      }
      return seen;
    }, step);
    return { charts, hostileTips };
  }

  it(
    'serves the page with a CSP whose style-src has a nonce and no unsafe-inline',
    async () => {
      const res = await page.goto('/');
      const csp = res?.headers()['content-security-policy'] ?? '';
      const directives = new Map(
        csp.split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      const styleSrc = directives.get('style-src') ?? [];
      expect(styleSrc).toContain("'self'");
      expect(styleSrc.some((v) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(v))).toBe(true);
      for (const d of ['style-src', 'style-src-elem'])
        expect(directives.get(d) ?? []).not.toContain("'unsafe-inline'");
      expect(directives.get('script-src')).toEqual(["'self'"]);
      // A new nonce for every response, and the page carries the one of its own response.
      const again = await page.request.get('/');
      const nonceOf = (h: string) => /'nonce-([^']+)'/.exec(h)?.[1];
      expect(nonceOf(again.headers()['content-security-policy'] ?? '')).not.toBe(nonceOf(csp));
      expect(await again.text()).toContain(
        `nonce="${nonceOf(again.headers()['content-security-policy'] ?? '')}"`,
      );
    },
    SLOW,
  );

  it(
    'the evaluation list shows the department name as text',
    async () => {
      await visit('/');
      await expectShown(DEPARTMENT);
      await expectUntouched('/');
    },
    SLOW,
  );

  it(
    'the editor: form, score, audit, review and history tabs, and a version’s changes',
    async () => {
      const path = `/evaluations/${evaluationId}`;
      await visit(path);
      await page.locator(`[data-path="indicators[0].name"]`).first().waitFor({ timeout: 60_000 });
      await expectShown(DEPARTMENT);
      for (const tab of ['评分', '审核', '审阅', '历史']) {
        await page.getByRole('tab', { name: tab }).click();
        if (tab === '审阅') await expectShown(`${ALL}意见`);
        if (tab === '历史') {
          await page.getByTestId('history-entry').first().waitFor();
          await expectShown(USERS[2].name);
          await page.getByTestId('history-entry').first().click();
          await page.getByTestId('version-changes').waitFor();
          await expectShown(`${META}第二版事项`);
        }
        await expectUntouched(path);
      }
      // The inputs hold the markup as their value, not as elements.
      expect(
        await page
          .locator(`[data-path="indicators[0].name"] input, [data-path="indicators[0].name"] textarea`)
          .first()
          .inputValue(),
      ).toBe(`${ALL}指标1`);
      await expectUntouched(path);
    },
    SLOW,
  );

  it(
    'the desk: ranking and every chart hovered, tooltips show the names as text',
    async () => {
      await visit(DESK);
      await page.locator('[data-testid="dashboard"][data-ready="true"]').waitFor({ timeout: 60_000 });
      await expectShown(DEPARTMENT);
      const { charts, hostileTips } = await hoverCharts();
      expect(charts).toBeGreaterThanOrEqual(5);
      // The scatter and the unmet-indicator and findings bars name the hostile department and indicator.
      expect(hostileTips).toBeGreaterThan(0);
      await expectUntouched(DESK);
    },
    SLOW,
  );

  it(
    'the desk’s print view',
    async () => {
      const path = `${DESK}&print=1`;
      await visit(path);
      await page.locator('[data-testid="dashboard-print"][data-ready="true"]').waitFor({ timeout: 60_000 });
      await expectShown(DEPARTMENT);
      await hoverCharts(12);
      await expectUntouched(path);
    },
    SLOW,
  );

  it.each([
    ['/users', USERS[1].name],
    ['/departments', DEPARTMENT],
    ['/audit-log', USERS[0].name],
  ])(
    '%s shows the names as text',
    async (path, needle) => {
      await visit(path);
      await expectShown(needle);
      await expectUntouched(path);
    },
    SLOW,
  );
});
