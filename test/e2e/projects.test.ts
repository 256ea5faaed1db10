/**
 * A department's project self-evaluations in the browser: import a list of 228, open one, fill its indicators, see its
 * score, submit it; the list's 自评覆盖率 and grades follow, and the departmental report prints the roll-up.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectEvaluation } from '../../src/core/model';
import { PROJECT_FIELDS } from '../../src/core/model/project-fields';
import { buildProjectList, type GeneratedList, writeProjectListXlsx } from '../fixtures/projects/list';
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

const PASSWORD = 'e2e-willow-canal-73';
const SLOW = 180_000;
const YEAR = 2023;
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 30_000, interval: 100 });

/** Three indicators, one of each first level the rubric scores, each met. */
const INDICATORS = [
  { level1: null, name: '服务对象覆盖人次', target: '≥1000人次', actual: '1200人次' },
  { level1: '效益指标', name: '政策知晓率', target: '≥90%', actual: '95%' },
  { level1: '满意度指标', name: '服务对象满意度', target: '≥90%', actual: '96%' },
] as const;

describe.each(STORE_KINDS)('project self-evaluations in the browser on %s', (kind) => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let deptId: number;
  let deptEvaluationId: number;
  let list: GeneratedList;
  let listFile: string;
  let admin: Awaited<ReturnType<typeof apiAs>>;
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-projects-'));

  const field = (path: string) => page.locator(`[data-path="${path}"]`).first();
  /** Pick an indicator's 一级指标 from its list, again until the row shows it (the list may still be opening). */
  const chooseLevel = (i: number, level: string) =>
    poll(async () => {
      const cell = field(`indicators[${i}].level1`);
      if (!(await cell.textContent())?.includes(level)) {
        await cell.locator('.ant-select').click();
        await page
          .locator(
            `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${level}"]`,
          )
          .click({ timeout: 2000 })
          .catch(() => {});
      }
      return (await cell.textContent())?.includes(level);
    }).toBe(true);
  const text = async (testId: string) => (await page.getByTestId(testId).first().textContent()) ?? '';

  beforeAll(async () => {
    ensureWebBuild();
    server = await startTestServer({}, kind);
    browser = await launchBrowser();
    admin = await apiAs(server.url, 'admin', ADMIN_PASSWORD);
    const { departments } = await admin.get('/api/departments');
    const dept = departments.find((d: { name: string }) => d.name.includes('南洲'));
    deptId = dept.id;
    const { evaluations } = await admin.get(`/api/evaluations?departmentId=${deptId}&year=${YEAR}`);
    deptEvaluationId = evaluations[0].id;
    await admin.post('/api/users', {
      username: 'nz-projects',
      name: '南洲项目填报人',
      role: 'editor',
      departmentId: deptId,
      password: PASSWORD,
    });
    list = buildProjectList({ n: 228, year: YEAR, department: dept.name });
    listFile = join(dir, '2023年度项目支出清单.xlsx');
    writeFileSync(listFile, await writeProjectListXlsx(list));
    page = await loginPage(browser, server.url, 'nz-projects', PASSWORD);
  }, 240_000);

  afterAll(async () => {
    await page?.context().close();
    await admin?.dispose();
    await browser?.close();
    await server?.close();
  });

  it(
    'imports 228 projects, scores and submits one, and the coverage, grades and report follow',
    async () => {
      // The menu opens the list on the department's latest year (2023, its seeded self-evaluation).
      await page.goto('/');
      await page.getByRole('menuitem', { name: '项目自评' }).click();
      await page.getByTestId('project-list-title').waitFor();
      await poll(() => page.evaluate(() => window.location.search)).toBe(`?year=${YEAR}`);
      await page.getByTestId('project-import').click();
      await page.locator('.ant-modal input[type=file]').setInputFiles(listFile);
      await page.getByTestId('project-import-result').waitFor();
      expect(await text('import-created')).toContain('228');
      expect(await text('import-skipped')).toContain('0');
      await page.keyboard.press('Escape');

      await poll(() => text('project-count')).toContain('228');
      expect(await text('project-coverage')).toBe('0%');
      expect(await page.getByTestId('project-table').getByText('共 228 个项目').count()).toBe(1);
      const values = async () =>
        JSON.parse((await page.getByTestId('project-distribution').getAttribute('data-values')) ?? '{}');
      expect(await values()).toEqual({ 优: 0, 良: 0, 中: 0, 差: 0 });

      // Open one by its name.
      const project = list.projects[7]!;
      await page.getByTestId('project-search').locator('input').fill(project.name);
      await page.getByRole('link', { name: project.name, exact: true }).first().click();
      await page.getByTestId('score-panel').waitFor();
      expect(await text('editor-title')).toContain(project.name);
      // The money came with the list: only 预算执行率 is scored without indicators, and the total is provisional.
      const budget = project.lines.reduce((s, l) => s + l.budgetFen, 0);
      const executed = project.lines.reduce((s, l) => s + l.executedFen, 0);
      const execution = 10 * Math.min(executed / budget, 1);
      expect(await field('finance.budget').locator('input').inputValue()).not.toBe('');
      expect(Number(await text('toolbar-score'))).toBeCloseTo(execution, 2);
      expect(await page.getByTestId('score-grade').count()).toBe(0);
      await page.locator('#sec-indicators').waitFor();

      for (const [i, ind] of INDICATORS.entries()) {
        await page.getByRole('button', { name: '添加指标' }).click();
        await field(`indicators[${i}].name`).waitFor();
        if (ind.level1) await chooseLevel(i, ind.level1);
        await field(`indicators[${i}].name`).locator('textarea').fill(ind.name);
        await field(`indicators[${i}].target`).locator('input').fill(ind.target);
        await field(`indicators[${i}].actual`).locator('input, textarea').first().fill(ind.actual);
      }
      // Every indicator met: 产出 50 + 效益 30 + 满意度 10, and 预算执行率 from the list's amounts.
      const expected = 90 + execution;
      await poll(async () => Number(await text('score-total'))).toBeCloseTo(expected, 2);
      expect(await text('score-grade')).toBe('优');
      await poll(() => page.getByTestId('save-state').getAttribute('data-phase')).toBe('saved');

      await page.getByTestId('submit-button').click();
      await poll(() => page.getByTestId('gate-confirm').isDisabled()).toBe(false);
      await page.getByTestId('gate-confirm').click();
      await poll(() => text('status-tag')).toBe('已提交');
      // Its 项目支出绩效自评表 downloads from the editor.
      const [table] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-xlsx').click(),
      ]);
      const sheet = await JSZip.loadAsync(readFileSync((await table.path()) ?? ''));
      const strings = (await sheet.file('xl/sharedStrings.xml')?.async('string')) ?? '';
      expect(strings).toContain('项目支出绩效自评表');
      expect(strings).toContain(project.name);

      // Back on the list: one scored of 228, its grade counted.
      await page.getByTestId('editor-back').click();
      await page.getByTestId('project-list-title').waitFor();
      await poll(() => text('project-coverage')).toBe('0.44%');
      expect(await text('project-scored')).toContain('1');
      const grade = expected >= 90 ? '优' : '良';
      expect((await values())[grade]).toBe(1);
      await page.getByTestId('project-filter').getByText('未评分').click();
      await poll(() => page.getByTestId('project-table').getByText('共 227 个项目').count()).toBe(1);

      // The department's editor shows the roll-up, and its report prints it.
      await page.goto(`/evaluations/${deptEvaluationId}`);
      await page.getByTestId('project-rollup').waitFor();
      await poll(() => text('project-rollup-count')).toBe('228');
      expect(await text('project-rollup-coverage')).toBe('0.44%');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('download-docx').click(),
      ]);
      const file = join(dir, 'report.docx');
      await download.saveAs(file);
      const zip = await JSZip.loadAsync(readFileSync(file));
      const words = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
      // The sentence counts the projects themselves: 228 of them, 1 scored.
      expect(words).toContain('开展项目支出绩效自评 228 项，已完成自评 1 项，项目自评覆盖率 0.44%');
    },
    SLOW,
  );

  it(
    'lists each problem of an imported list at its row and column, refuses a file that is not a list, skips known projects',
    async () => {
      await page.goto(`/departments/${deptId}/projects?year=${YEAR}`);
      await page.getByTestId('project-list-title').waitFor();
      const csv = join(dir, '补充项目.csv');
      writeFileSync(
        csv,
        '项目名称,项目编码,全年预算数（万元）,全年执行数（万元）\n社区微改造补充项目,BC-001,一千万,12.50\n,BC-002,3.00,3.00\n',
      );
      await page.getByTestId('project-import').click();
      await page.locator('.ant-modal input[type=file]').setInputFiles(csv);
      await page.getByTestId('project-import-result').waitFor();
      expect(await text('import-created')).toContain('1');
      const problems = page.getByTestId('project-import-problems').locator('tbody tr');
      const rows = await problems.allTextContents();
      // Row 2's 一千万 is kept as typed in the draft and told at its column; row 3 has no name.
      expect(rows.some((r) => r.includes('2') && r.includes('全年预算数') && r.includes('一千万'))).toBe(
        true,
      );
      expect(rows.some((r) => r.includes('3') && r.includes('项目名称'))).toBe(true);

      const junk = join(dir, '清单.xlsx');
      writeFileSync(junk, Buffer.from('这不是一个工作簿'));
      await page.locator('.ant-modal input[type=file]').setInputFiles(junk);
      await page.getByTestId('project-import-error').waitFor();
      expect(await text('project-import-error')).toMatch(/未导入：.*[\u4e00-\u9fa5]/);

      // The list again (imported already, or now if this runs alone): every project is known and skipped.
      await page.locator('.ant-modal input[type=file]').setInputFiles(listFile);
      await page.getByTestId('project-import-result').waitFor();
      await page.locator('.ant-modal input[type=file]').setInputFiles(listFile);
      await poll(() => text('import-skipped')).toContain('228');
      expect(await text('import-created')).toContain('0');
      await page.keyboard.press('Escape');
      await poll(() => text('project-count')).toContain('229');

      // The project whose 全年预算数 read 一千万 shows it as typed, with the reason at the field.
      await page.getByTestId('project-search').locator('input').fill('社区微改造补充项目');
      await page.getByRole('link', { name: '社区微改造补充项目', exact: true }).click();
      await page.getByTestId('score-panel').waitFor();
      expect(await field('finance.budget').locator('input').inputValue()).toBe('一千万');
      expect(await field('finance.budget').getByTestId('field-error').textContent()).toContain('阿拉伯数字');
      await page.getByTestId('editor-back').click();
      await page.getByTestId('project-list-title').waitFor();

      // All 自评表 of the year as one workbook.
      await page.getByTestId('project-export').hover();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByText('一个工作簿（每个项目一张表，.xlsx）').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const book = await JSZip.loadAsync(readFileSync((await download.path()) ?? ''));
      expect(Object.keys(book.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))).toHaveLength(
        229,
      );

      // 新建项目 opens the new draft in its editor.
      await page.keyboard.press('Escape');
      await page.getByTestId('project-new').click();
      await page.locator('.ant-modal').getByLabel('项目名称').fill('街道应急广播建设项目');
      await page.getByRole('button', { name: '新建并打开' }).click();
      await page.getByTestId('score-panel').waitFor();
      expect(await text('editor-title')).toBe(`街道应急广播建设项目 · ${YEAR} 年度`);
      expect(await text('status-tag')).toBe('草稿');
    },
    SLOW,
  );

  it(
    'has on the project editor every field the project registry names, editable, and every table and row it names',
    async () => {
      const doc: ProjectEvaluation = JSON.parse(
        readFileSync(join(ROOT, 'examples/projects/xinhua-2022-changshou.json'), 'utf8'),
      );
      doc.year = 2024;
      Object.assign(doc.project, { code: 'XH-2022-01', category: '民生类项目', owner: 'nz-projects' });
      doc.finance.initialBudget = 809.28;
      doc.finance.bySource[0]!.initial = 390.47;
      doc.goal.expected = '按时足额发放长寿保健金';
      doc.conclusion = '完成年度目标';
      doc.reported = { total: 100, grade: '优', executionRate: 100, scores: { 产出指标: 50 } };
      Object.assign(doc.indicators[0]!, {
        initialTarget: '≥90%',
        adjustedTarget: '≥95%',
        midYear: '50%',
        unit: '%',
        status: '已完成',
        points: 10,
        reportedScore: 10,
        deviationReason: '无偏差',
        core: true,
        owner: 'nz-projects',
      });
      const { evaluation } = await admin.post(`/api/departments/${deptId}/projects`, {
        year: 2024,
        data: doc,
      });
      await page.goto(`/evaluations/${evaluation.id}`);
      await page.getByTestId('score-panel').waitFor();
      await page.locator('#sec-project-reported').waitFor();
      const wanted = [...PROJECT_FIELDS.fields, ...PROJECT_FIELDS.containers].map((f) => ({
        pattern: f.pattern,
        path: PROJECT_FIELDS.fieldElementPath(f.pattern.replace(/\[\]/g, '[0]').replace('{}', '产出指标'))!,
        editable: !f.container,
      }));
      const missing = await missingFields(page, wanted);
      expect(wanted.length).toBeGreaterThan(40);
      expect(missing).toEqual([]);
    },
    SLOW,
  );

  it(
    'on a version conflict of a project shows both sides by the project’s field names and merges them',
    async () => {
      const doc: ProjectEvaluation = JSON.parse(
        readFileSync(join(ROOT, 'examples/projects/xinhua-2022-yiqing.json'), 'utf8'),
      );
      doc.year = 2025;
      const { evaluation } = await admin.post(`/api/departments/${deptId}/projects`, {
        year: 2025,
        data: doc,
      });
      await page.goto(`/evaluations/${evaluation.id}`);
      await page.getByTestId('score-panel').waitFor();
      // Someone else saves first.
      const theirs = (await admin.get(`/api/evaluations/${evaluation.id}`)).evaluation;
      const source = theirs.data.finance.bySource[0].source;
      theirs.data.finance.bySource[0].source = `${source}（调整）`;
      await admin.put(`/api/evaluations/${evaluation.id}`, { version: theirs.version, data: theirs.data });
      await page.locator('[data-path="conclusion"] textarea').fill('我写的项目自评结论');
      const table = page.getByTestId('conflict-table');
      await table.waitFor();
      const shown = (await table.textContent()) ?? '';
      expect(shown).toContain('资金来源第 1 行');
      expect(shown).toContain('自评结论');
      await page.getByRole('button', { name: '按所选合并并保存' }).click();
      await poll(() => page.getByTestId('save-state').getAttribute('data-phase')).toBe('saved');
      const after = (await admin.get(`/api/evaluations/${evaluation.id}`)).evaluation;
      expect(after.data.conclusion).toBe('我写的项目自评结论');
      expect(after.data.finance.bySource[0].source).toBe(`${source}（调整）`);
    },
    SLOW,
  );
});
