import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildProjectList,
  type GeneratedList,
  projectTotals,
  writeProjectListCsv,
  writeProjectListXlsx,
} from '../../../test/fixtures/projects/list';
import { ProjectEvaluation, ProjectEvaluationDraft } from '../../core/model/project-evaluation';
import { toFen } from '../../core/money';
import type { ScoreNode } from '../../core/rubric';
import { scoreProjectEvaluation } from '../../core/rubric/engine';
import { getRubric } from '../../rubrics';
import { decodeText } from '../text-encoding';
import { type ProjectListResult, readProjectList } from './read';

const fen = (wan: number | null | undefined) => (wan == null ? null : toFen(wan));
const list228 = buildProjectList();

/** Every project of `list` came back with its identity, its lines and its totals, to the 分. */
function expectList(r: ProjectListResult, list: GeneratedList) {
  expect(r.refused).toBe(false);
  expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(r.projects).toHaveLength(list.projects.length);
  let budget = 0;
  let executed = 0;
  r.projects.forEach((d, i) => {
    const g = list.projects[i]!;
    expect(ProjectEvaluationDraft.safeParse(d).success).toBe(true);
    expect(d).toMatchObject({ schema: 'jixiao/project-evaluation@1', year: list.year, indicators: [] });
    expect(d.rubric).toBe('national-project-2020');
    expect(d.project).toEqual({
      name: g.name,
      code: g.code,
      category: g.category,
      department: list.department,
      implementer: g.implementer,
      owner: g.owner,
    });
    const bySource = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(
      d.finance.bySource
        .map((l) => [l.source, fen(l.initial), fen(l.budget), fen(l.executed)])
        .sort(bySource),
    ).toEqual(g.lines.map((l) => [l.source, l.initialFen, l.budgetFen, l.executedFen]).sort(bySource));
    const t = projectTotals(g);
    expect([fen(d.finance.initialBudget), fen(d.finance.budget), fen(d.finance.executed)]).toEqual([
      t.initialFen,
      t.budgetFen,
      t.executedFen,
    ]);
    budget += fen(d.finance.budget)!;
    executed += fen(d.finance.executed)!;
    expect(d.drafts).toBeUndefined();
  });
  const all = list.projects.map(projectTotals);
  expect(budget).toBe(all.reduce((s, t) => s + t.budgetFen, 0));
  expect(executed).toBe(all.reduce((s, t) => s + t.executedFen, 0));
}

describe('readProjectList: the 228-project list of a street office', () => {
  it('has 228 projects with 1–3 sources, a few with low execution (the generator is realistic)', () => {
    const ps = list228.projects;
    expect(ps).toHaveLength(228);
    expect(new Set(ps.map((p) => p.name)).size).toBe(228);
    expect(new Set(ps.map((p) => p.lines.length))).toEqual(new Set([1, 2, 3]));
    const rates = ps.map((p) => projectTotals(p)).map((t) => t.executedFen / t.budgetFen);
    expect(rates.filter((x) => x >= 0.85).length).toBeGreaterThan(200);
    expect(rates.filter((x) => x < 0.8).length).toBeGreaterThan(3);
  });

  it.each([
    ['.xlsx in 万元', () => writeProjectListXlsx(list228)],
    [
      '.xlsx in 元, budget-system headers, names merged down their rows',
      () => writeProjectListXlsx(list228, { unit: 'yuan', headers: 'system', merge: true }),
    ],
    [
      '.xlsx with a column per source under each amount (two-row header, merged)',
      () => writeProjectListXlsx(list228, { layout: 'columns', merge: true }),
    ],
    [
      '.csv with a column per source under each amount (two-row header)',
      async () => writeProjectListCsv(list228, { layout: 'columns', unit: 'yuan' }),
    ],
    ['.csv UTF-8', async () => writeProjectListCsv(list228)],
    ['.csv UTF-8 with BOM', async () => writeProjectListCsv(list228, { encoding: 'utf-8-bom' })],
    ['.csv GB18030', async () => writeProjectListCsv(list228, { encoding: 'gb18030' })],
    ['.csv UTF-16 LE', async () => writeProjectListCsv(list228, { encoding: 'utf-16le' })],
    [
      'tab-separated GB18030 in 元',
      async () =>
        writeProjectListCsv(list228, {
          encoding: 'gb18030',
          delimiter: '\t',
          unit: 'yuan',
          headers: 'system',
        }),
    ],
  ])('%s imports to 228 drafts whose sums are the generator’s to the 分', async (_, write) => {
    const bytes = await write();
    expectList(await readProjectList(bytes, 'list', { year: 2023 }), list228);
  });

  it('the GB18030 file really is GB18030 (not UTF-8 in disguise)', () => {
    const bytes = writeProjectListCsv(list228, { encoding: 'gb18030' });
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeText(bytes)?.encoding).toBe('gb18030');
  });

  it('converts 元 to 万元 exactly, even amounts with 分, and says so in a warning naming the header row', async () => {
    const list = buildProjectList({ n: 40, seed: 7, precision: 'fen' });
    expect(list.projects.some((p) => p.lines.some((l) => l.budgetFen % 10_000 !== 0))).toBe(true);
    for (const bytes of [
      await writeProjectListXlsx(list, { unit: 'yuan' }),
      writeProjectListCsv(list, { unit: 'yuan' }),
    ]) {
      const r = await readProjectList(bytes, '清单.xlsx', { year: 2023 });
      expectList(r, list);
      expect(r.problems.filter((p) => p.code === 'project_list_unit_yuan')).toMatchObject([
        {
          severity: 'warning',
          row: 3,
          message: expect.stringContaining('金额单位为元，已按 1 万元 = 10,000 元换算'),
        },
      ]);
    }
  });

  it('checks the 合计 row against the sum and does not import it', async () => {
    const r = await readProjectList(writeProjectListCsv(list228), 'list.csv', { year: 2023 });
    expect(r.projects.some((p) => p.project.name.includes('合计'))).toBe(false);
    expect(r.problems.filter((p) => p.code === 'project_list_total_mismatch')).toEqual([]);
  });

  it('keeps where each project came from', async () => {
    const r = await readProjectList(await writeProjectListXlsx(list228), 'list.xlsx', { year: 2023 });
    const lines = list228.projects.map((p) => p.lines.length);
    expect(r.origins[0]).toEqual({
      sheet: '项目清单',
      rows: Array.from({ length: lines[0]! }, (_, i) => 4 + i),
    });
    expect(r.origins[1]!.rows[0]).toBe(4 + lines[0]!);
  });
});

describe('readProjectList: the seed’s projects (新华 2022, seed 003 表 2-2 and 2-4)', () => {
  const bytes = new Uint8Array(readFileSync('test/fixtures/projects/lists/xinhua-2022.csv'));

  it('three funding rows of 长者长寿保健金项目 become one project of 809.28 万元; 合计 2,097.26 agrees', async () => {
    const r = await readProjectList(bytes, 'xinhua-2022.csv', { year: 2022, department: '新华街道办事处' });
    expect(r.problems).toEqual([]);
    expect(r.projects.map((p) => p.project.name)).toEqual([
      '长者长寿保健金项目',
      '新型冠状病毒肺炎疫情防控工作项目',
    ]);
    const [changshou, covid] = r.projects;
    expect(changshou!.finance).toMatchObject({ budget: 809.28, executed: 809.28, initialBudget: null });
    expect(changshou!.finance.bySource).toEqual([
      { source: '长者长寿保健金市级财政资助经费', initial: null, budget: 390.47, executed: 390.47 },
      { source: '花都区长者长寿保健金经费', initial: null, budget: 417.75, executed: 417.75 },
      { source: '民政事务经费', initial: null, budget: 1.06, executed: 1.06 },
    ]);
    expect(covid!.finance).toMatchObject({ budget: 1287.98, executed: 1287.98 });
    expect(changshou!.project.department).toBe('新华街道办事处');
  });

  it('the imported 长者长寿保健金项目 scores 10 on 预算执行率 (809.28 of 809.28 万元)', async () => {
    const r = await readProjectList(bytes, 'xinhua-2022.csv', { year: 2022 });
    const doc = ProjectEvaluation.parse(r.projects[0]);
    const nodes = (n: ScoreNode): ScoreNode[] => [n, ...(n.children ?? []).flatMap(nodes)];
    const rate = nodes(scoreProjectEvaluation(doc, getRubric('national-project-2020')).root).find(
      (n) => n.kind === 'execution_rate',
    );
    expect(rate?.score).toBe(10);
  });

  it('a 合计 amount that is not one is told, and the row is still not imported', async () => {
    const text = new TextDecoder().decode(bytes).replace('合计,,"2,097.26"', '合计,,约2097');
    const r = await readProjectList(new TextEncoder().encode(text), 'xinhua-2022.csv', { year: 2022 });
    expect(r.projects).toHaveLength(2);
    expect(r.problems.map((p) => p.message)).toEqual([
      '「xinhua-2022.csv」第 8 行 C 列（全年预算数）：合计行的“约2097”不是有效金额：应为金额；该列未核对',
    ]);
  });

  it('a 合计 that disagrees with its rows is told with both figures', async () => {
    const text = new TextDecoder().decode(bytes).replace('"2,097.26","2,097.26"', '"2,097.26","2,097.25"');
    const r = await readProjectList(new TextEncoder().encode(text), 'xinhua-2022.csv', { year: 2022 });
    expect(r.projects).toHaveLength(2);
    expect(r.problems).toMatchObject([
      {
        code: 'project_list_total_mismatch',
        severity: 'warning',
        sheet: null,
        row: 8,
        column: 'D',
        message:
          '「xinhua-2022.csv」第 8 行 D 列（全年执行数）：合计行的全年执行数 2,097.25 万元与上方各项目之和 2,097.26 万元不符（差 -0.01 万元）',
      },
    ]);
  });
});
