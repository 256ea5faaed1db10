import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSoffice } from '../../../test/fixtures/extract/variants';
import { buildProjectList, projectTotals, writeProjectListXlsx } from '../../../test/fixtures/projects/list';
import { toFen } from '../../core/money';
import { decodeText } from '../text-encoding';
import { readProjectList } from './read';

const run = promisify(execFile);
const list = buildProjectList();
/** The list as LibreOffice Calc saves it: re-saved as .xlsx and as CSV in GB18030 (as a budget clerk would). */
const saved = new Map<string, Uint8Array>();
let dir = '';

// Under CI=true the suite's setup fails first when soffice is missing; without CI the test says it is skipped.
const soffice = hasSoffice() || process.env.CI === 'true';

beforeAll(async () => {
  if (!soffice) return;
  dir = await mkdtemp(join(tmpdir(), 'jixiao-project-list-'));
  await writeFile(join(dir, 'list.xlsx'), await writeProjectListXlsx(list, { merge: true }));
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
  for (const [out, target] of [
    ['csv', 'csv:Text - txt - csv (StarCalc):44,34,85'],
    ['xlsx', 'xlsx:Calc MS Excel 2007 XML'],
  ] as const) {
    await run(
      'soffice',
      [profile, '--headless', '--convert-to', target, '--outdir', join(dir, out), join(dir, 'list.xlsx')],
      {
        timeout: 120_000,
      },
    );
    saved.set(out, new Uint8Array(await readFile(join(dir, out, `list.${out}`))));
  }
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!soffice)('readProjectList: the list as LibreOffice Calc saves it', () => {
  it.each(['xlsx', 'csv'])('.%s: 228 projects, every line and total to the 分', async (kind) => {
    const bytes = saved.get(kind)!;
    if (kind === 'csv') expect(decodeText(bytes)?.encoding).toBe('gb18030');
    const r = await readProjectList(bytes, `list.${kind}`, { year: 2023 });
    // Merged name cells come out blank in CSV: those rows join their project with a warning, nothing else.
    expect(r.problems.filter((p) => p.severity !== 'info' && p.code !== 'project_list_continuation')).toEqual(
      [],
    );
    expect(r.projects).toHaveLength(228);
    r.projects.forEach((d, i) => {
      const g = list.projects[i]!;
      expect([d.project.name, d.project.code]).toEqual([g.name, g.code]);
      expect(d.finance.bySource.map((l) => [l.source, toFen(l.budget!), toFen(l.executed!)])).toEqual(
        g.lines.map((l) => [l.source, l.budgetFen, l.executedFen]),
      );
      const t = projectTotals(g);
      expect([toFen(d.finance.initialBudget!), toFen(d.finance.budget!), toFen(d.finance.executed!)]).toEqual(
        [t.initialFen, t.budgetFen, t.executedFen],
      );
    });
  });
});
