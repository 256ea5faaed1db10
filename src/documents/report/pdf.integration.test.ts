import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Evaluation } from '../../core/model';
import { formatPercent, formatWan, ratioWan, round2 } from '../../core/money';
import { renderReport, scoreForReport } from './render';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const missing = ['soffice', 'pdftotext'].filter((c) => !has(c));
const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.json'));
const load = (f: string) => Evaluation.parse(JSON.parse(readFileSync(`examples/${f}`, 'utf8')));
/** pdftotext breaks long names over lines and pads justified text: compare without any white space (-raw keeps each cell together). */
const squash = (s: string) => s.replace(/\s+/g, '');

const title = missing.length
  ? `the .docx of every example converts to PDF (skipped: ${missing.join(', ')} not installed)`
  : 'the .docx of every example converts to PDF with soffice and reads back with pdftotext';

describe.skipIf(missing.length > 0)(title, () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-pdf-'));
  const text = new Map<string, string>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const f of EXAMPLES) {
      const path = join(dir, f.replace(/\.json$/, '.docx'));
      writeFileSync(path, await renderReport(load(f), 'docx'));
      files.push(path);
    }
    // one soffice run for all files (it costs seconds to start); a private profile so parallel runs do not collide
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      {
        stdio: 'ignore',
        timeout: 170_000,
      },
    );
    for (const f of EXAMPLES) {
      const pdf = join(dir, f.replace(/\.json$/, '.pdf'));
      text.set(
        f,
        squash(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })),
      );
    }
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(EXAMPLES)(
    '%s: department, total score, budget, executed, rate, indicators and items are on the pages',
    (f) => {
      const e = load(f);
      const pdf = text.get(f) ?? '';
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

  it('南洲: the seed figures 91.46, 23,135.18, 23,033.06 and 99.56% are on the pages', () => {
    const pdf = text.get('nanzhou-2023.json') ?? '';
    for (const w of ['91.46分', '23,135.18', '23,033.06', '99.56%', '表2-2部门整体绩效指标完成情况'])
      expect(pdf).toContain(w);
  });
});
