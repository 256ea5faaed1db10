/**
 * The official documents as printed: every example's .docx rendered by LibreOffice Writer and its .xlsx by Calc, read
 * back with pdftotext. Skipped where soffice or pdftotext is missing; under CI=true `test/setup/requirements.ts`
 * fails the run instead.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_004_TOTAL } from '../../../test/golden';
import { Evaluation } from '../../core/model';
import { formatPercent, formatWan, ratioWan, round2 } from '../../core/money';
import { findRubric } from '../../rubrics';
import { renderReport, scoreForReport } from './render';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const missing = ['soffice', 'pdftotext'].filter((c) => !has(c));
const load = (f: string) => Evaluation.parse(JSON.parse(readFileSync(`examples/${f}`, 'utf8')));
/** pdftotext breaks long names over lines and pads justified text: compare without any white space (-raw keeps each cell together). */
const squash = (s: string) => s.replace(/\s+/g, '');

/** 南洲 with 绩效管理制度执行 entered as 4.544 of 7: the total is 89.9998…, which prints as 90.00 (优, not 良). */
function nanzhouAtTheEdge(): Evaluation {
  const e = load('nanzhou-2023.json');
  return {
    ...e,
    management: e.management.map((m) => (m.item === '绩效管理制度执行' ? { ...m, score: 4.544 } : m)),
  };
}

const DOCUMENTS: Array<[string, Evaluation]> = [
  ...readdirSync('examples')
    .filter((f) => f.endsWith('.json'))
    .map((f): [string, Evaluation] => [f.replace(/\.json$/, ''), load(f)]),
  ['nanzhou-89.9998', nanzhouAtTheEdge()],
];
const NAMES = DOCUMENTS.map(([name]) => name);
const evaluationOf = (name: string) => (DOCUMENTS.find(([n]) => n === name) as [string, Evaluation])[1];

/** The grade band the rubric gives a number, read from the rubric's own table. */
function bandOf(e: Evaluation, printed: number): string | undefined {
  const grades = [...(findRubric(e.rubric)?.grades ?? [])].sort((a, b) => b.min - a.min);
  return grades.find((g) => printed >= g.min)?.label;
}

/** What no official page may say: a request to check, a placeholder, a rubric id. */
const FORBIDDEN = /请核对|未填写|gz-dept-\d{4}|national-project/g;

/** Render every document in one soffice run (it costs seconds to start), each format in its own folder. */
function printAll(dir: string, ext: 'docx' | 'xlsx', files: Map<string, Uint8Array>): Map<string, string> {
  const inputs = join(dir, ext);
  const outputs = join(dir, `${ext}-pdf`);
  mkdirSync(inputs, { recursive: true });
  const paths = [...files].map(([name, bytes]) => {
    const path = join(inputs, `${name}.${ext}`);
    writeFileSync(path, bytes);
    return path;
  });
  // a private profile, so that parallel runs do not collide
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, `profile-${ext}`)}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outputs,
      ...paths,
    ],
    { stdio: 'ignore', timeout: 170_000 },
  );
  const text = new Map<string, string>();
  for (const name of files.keys()) {
    const pdf = join(outputs, `${name}.pdf`);
    text.set(name, execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
  }
  return text;
}

const title = missing.length
  ? `the official documents as printed by LibreOffice (skipped: ${missing.join(', ')} not installed)`
  : 'the official documents as printed by LibreOffice and read back with pdftotext';

describe.skipIf(missing.length > 0)(title, () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-pdf-'));
  let docx = new Map<string, string>();
  let xlsx = new Map<string, string>();

  beforeAll(async () => {
    const render = async (format: 'docx' | 'xlsx') =>
      new Map(
        await Promise.all(
          DOCUMENTS.map(async ([name, e]) => [name, await renderReport(e, format)] as [string, Uint8Array]),
        ),
      );
    docx = printAll(dir, 'docx', await render('docx'));
    xlsx = printAll(dir, 'xlsx', await render('xlsx'));
  }, 360_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(NAMES)(
    '%s.docx: department, total score, budget, executed, rate, indicators and items are on the pages',
    (name) => {
      const e = evaluationOf(name);
      const pdf = squash(docx.get(name) ?? '');
      const want: string[] = [e.department.name];
      const score = scoreForReport(e);
      if (score?.total != null) want.push(`${String(round2(score.total))}分`);
      const { budget, executed, executionRate } = e.finance;
      if (budget != null) want.push(formatWan(budget));
      if (executed != null) want.push(formatWan(executed));
      const rate =
        budget != null && executed != null
          ? ratioWan(executed, budget)
          : executionRate != null
            ? executionRate / 100
            : null;
      if (rate !== null) want.push(formatPercent(rate));
      want.push(...e.indicators.map((i) => i.name), ...e.management.map((m) => m.item));
      const absent = want.filter((w) => !pdf.includes(squash(w)));
      expect(absent).toEqual([]);
    },
  );

  it.each(NAMES)('%s.docx: no request to check, no placeholder, no rubric id on any page', (name) => {
    expect(squash(docx.get(name) ?? '').match(FORBIDDEN)).toBeNull();
  });

  it.each(NAMES)(
    '%s.docx: the grade printed beside the total is the grade of the total as printed',
    (name) => {
      const e = evaluationOf(name);
      const pdf = squash(docx.get(name) ?? '');
      // every 自评得分 with its grade on the pages, the department's own narrative included
      const printed = [...pdf.matchAll(/自评得分(\d+(?:\.\d+)?)分，评价等级为“(.)”/g)];
      for (const [, total, grade] of printed)
        expect([total, grade]).toEqual([total, bandOf(e, Number(total))]);
      // the verdict the report writes from the score tree: there exactly when there is a total
      const verdict = /年度部门整体支出绩效自评得分(\d+(?:\.\d+)?)分，评价等级为“(.)”/.exec(pdf);
      const score = scoreForReport(e);
      if (score?.total == null) expect(verdict).toBeNull();
      else expect(Number(verdict?.[1])).toBe(round2(score.total));
    },
  );

  it.each(NAMES)(
    '%s.xlsx: the 自评表 names the rubric in Chinese and carries no note, placeholder or id',
    (name) => {
      const e = evaluationOf(name);
      const text = squash(xlsx.get(name) ?? '');
      expect(text.match(FORBIDDEN)).toBeNull();
      expect(text).toContain(squash(findRubric(e.rubric)?.name ?? '—'));
      expect(text).toContain(squash(e.department.name));
    },
  );

  it.each(NAMES)(
    '%s.xlsx: the grade beside 自评得分 is the grade of the total as printed (2 decimals)',
    (name) => {
      const e = evaluationOf(name);
      const m = /自评得分\s*(\d+\.\d{2})\s*([优良中差])/.exec(xlsx.get(name) ?? '');
      if (scoreForReport(e)?.total == null) {
        expect(m).toBeNull();
        return;
      }
      expect(m).not.toBeNull();
      const [, total, grade] = m as RegExpExecArray;
      expect(grade).toBe(bandOf(e, Number(total)));
    },
  );

  it('南洲: the seed figures 91.46, 23,135.18, 23,033.06 and 99.56% are on the pages', () => {
    const pdf = squash(docx.get('nanzhou-2023') ?? '');
    for (const w of [
      `${SEED_004_TOTAL}分`,
      '23,135.18',
      '23,033.06',
      '99.56%',
      '表2-2部门整体绩效指标完成情况',
    ])
      expect(pdf).toContain(w);
    expect(xlsx.get('nanzhou-2023')).toMatch(new RegExp(`自评得分\\s*${SEED_004_TOTAL}\\s*优`));
  });

  it('南洲 at 89.9998…: both documents print 90 and grade it 优', () => {
    expect(squash(docx.get('nanzhou-89.9998') ?? '')).toContain('自评得分90分，评价等级为“优”');
    expect(xlsx.get('nanzhou-89.9998')).toMatch(/自评得分\s*90\.00\s*优/);
  });
});
