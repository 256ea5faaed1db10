/**
 * The 项目支出绩效自评表 as printed: 新华 2022's two projects as .xlsx rendered by LibreOffice Calc and as .docx by
 * Writer, read back with pdftotext. Skipped where soffice or poppler is missing, except under CI=true, where a missing
 * tool fails the run (as `test/setup/requirements.ts` does before any test).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildXinhuaProjects } from '../../../test/fixtures/projects/table/xinhua';
import { getRubric } from '../../rubrics';
import { scoreForTable } from './many';
import { writeProjectTableDocx } from './write-docx';
import { writeProjectTableXlsx } from './write-xlsx';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const missing = ['soffice', 'pdftotext', 'pdftoppm', 'pdfinfo'].filter((c) => !has(c));
/** Under CI=true nothing is skipped: a missing tool fails the run (here, and in `test/setup/requirements.ts`). */
const skip = missing.length > 0 && process.env.CI !== 'true';
/** pdftotext breaks cells over lines: compare without white space. */
const squash = (s: string) => s.replace(/\s+/g, '');

const DOCS = buildXinhuaProjects();
const FORMATS = ['xlsx', 'docx'] as const;
/** One page of each rendering, kept for a person to look at. */
const PNG = join(tmpdir(), 'jixiao-project-table');

/** What every printed table must say: the template's labels, and the rubric by its Chinese name. */
const LABELS = [
  '项目支出绩效自评表',
  '（2022年度）',
  '项目名称',
  '主管部门',
  '实施单位',
  '项目资金（万元）',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '分值',
  '执行率',
  '得分',
  '年度资金总额',
  '年度总体目标',
  '预期目标',
  '实际完成情况',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '偏差原因分析及改进措施',
  '总分',
  getRubric('national-project-2020').name,
];

/** Figures from seed 003 (表 2-2 to 表 2-5) and the rubric's points. */
const FIGURES: Record<string, string[]> = {
  长者长寿保健金项目: ['809.28', '390.47', '417.75', '1.06', '100.00%', '10.00', '12.50', '100.00', '优'],
  新型冠状病毒肺炎疫情防控工作项目: ['1,287.98', '100.00%', '10.00', '16.67', '15.00'],
};

describe.skipIf(skip)(
  missing.length
    ? `printed by LibreOffice (skipped: ${missing.join(', ')} not installed)`
    : 'printed by LibreOffice',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-ptable-'));
    const text = new Map<string, string>();
    const pages = new Map<string, string>();

    beforeAll(async () => {
      if (missing.length)
        throw new Error(
          `CI=true 但未安装：${missing.join('、')}（apt-get install libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils）`,
        );
      mkdirSync(PNG, { recursive: true });
      for (const format of FORMATS) {
        const inputs = join(dir, format);
        const outputs = join(dir, `${format}-pdf`);
        mkdirSync(inputs, { recursive: true });
        const paths: string[] = [];
        for (const [i, doc] of DOCS.entries()) {
          const write = format === 'xlsx' ? writeProjectTableXlsx : writeProjectTableDocx;
          const path = join(inputs, `p${i}.${format}`);
          writeFileSync(path, await write(doc, scoreForTable(doc)));
          paths.push(path);
        }
        execFileSync(
          'soffice',
          [
            `-env:UserInstallation=file://${join(dir, `profile-${format}`)}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            outputs,
            ...paths,
          ],
          { stdio: 'ignore', timeout: 170_000 },
        );
        DOCS.forEach((_, i) => {
          const pdf = join(outputs, `p${i}.pdf`);
          text.set(
            `${format}${i}`,
            execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }),
          );
          pages.set(`${format}${i}`, execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));
          execFileSync('pdftoppm', [
            '-png',
            '-r',
            '80',
            '-f',
            '1',
            '-l',
            '1',
            pdf,
            join(PNG, `${format}-${i}`),
          ]);
        });
      }
    }, 360_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const cases = FORMATS.flatMap((f) => DOCS.map((d, i) => [f, d.project.name, i] as const));

    it.each(cases)('.%s of %s: the labels, names and figures are on the page', (format, name, i) => {
      const page = squash(text.get(`${format}${i}`) ?? '');
      const doc = DOCS[i];
      const want = [
        ...LABELS,
        name,
        doc?.project.department ?? '',
        ...(doc?.finance.bySource.map((l) => l.source) ?? []),
        ...(doc?.indicators.map((ind) => ind.name) ?? []),
        ...(FIGURES[name] ?? []),
      ].map(squash);
      expect(want.filter((w) => !page.includes(w))).toEqual([]);
      // no rubric id and no placeholder on an official page
      expect(page).not.toMatch(/national-project|请核对|未填写/);
    });

    it.each(cases)('.%s of %s: A4 landscape, a page image to look at', (format, _name, i) => {
      expect(pages.get(`${format}${i}`)).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
      const png = join(PNG, `${format}-${i}-1.png`);
      expect(statSync(png).size).toBeGreaterThan(10_000);
    });
  },
);
