import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildXinhuaProjects } from '../../../test/fixtures/projects/table/xinhua';
import { ProjectEvaluation } from '../../core/model';
import { printedScore, printedTotal } from '../../core/rubric';
import { renderProjectGrid } from './_grid';
import { scoreForTable } from './many';
import { readProjectTableXlsx } from './read-xlsx';
import { writeProjectTableXlsx } from './write-xlsx';

const blank = <T>(v: T | null | undefined | '') => (v === '' || v === undefined ? null : v);

/** Every field the table shows, blank text as none. */
function shown(d: ProjectEvaluation) {
  const f = d.finance;
  return {
    year: d.year,
    rubric: d.rubric,
    project: {
      name: d.project.name,
      department: blank(d.project.department),
      implementer: blank(d.project.implementer),
    },
    finance: {
      initialBudget: blank(f.initialBudget),
      budget: blank(f.budget),
      executed: blank(f.executed),
      // printed as the rate only when an amount is missing (otherwise the rate printed is the amounts')
      executionRate: f.budget == null || f.executed == null ? blank(f.executionRate) : null,
      bySource: f.bySource.map((l) => ({
        source: l.source,
        initial: blank(l.initial),
        budget: blank(l.budget),
        executed: blank(l.executed),
      })),
    },
    goal: { expected: blank(d.goal.expected), actual: blank(d.goal.actual) },
    indicators: d.indicators.map((i) => ({
      level1: blank(i.level1),
      level2: blank(i.level2),
      name: i.name,
      target: blank(i.target),
      actual: blank(i.actual),
      points: blank(i.points),
      deviationReason: blank(i.deviationReason),
    })),
  };
}

async function roundTrip(doc: ProjectEvaluation) {
  const score = scoreForTable(doc);
  const bytes = await writeProjectTableXlsx(doc, score);
  const { doc: back, warnings } = await readProjectTableXlsx(bytes, '自评表.xlsx');
  return { score, back: ProjectEvaluation.parse(back), warnings };
}

describe('the .xlsx 自评表 reads back unchanged', () => {
  it.each(buildXinhuaProjects().map((d) => [d.project.name, d] as const))('新华 2022 %s', async (_, doc) => {
    const { score, back, warnings } = await roundTrip(doc);
    expect(warnings).toEqual([]);
    expect(shown(back)).toEqual(shown(doc));
    // the table's scores come back as the stated ones: what the score tree gave, as printed
    expect(back.reported.total).toBe(score ? printedTotal(score).total : null);
    expect(back.reported.grade ?? null).toBe(score ? printedTotal(score).grade : null);
    expect(back.reported.scores.预算执行率).toBe(10);
    expect(back.reported.executionRate).toBe(100);
    // and the table written again from what was read is the same table
    expect(renderProjectGrid(back, scoreForTable(back))).toEqual(renderProjectGrid(doc, score));
  });

  it('长者长寿保健金项目 scores 100 (809.28 of 809.28 万元, every indicator met); 疫情防控 waits for judgement', async () => {
    const [changshou, covid] = buildXinhuaProjects() as [ProjectEvaluation, ProjectEvaluation];
    expect(printedTotal(scoreForTable(changshou)!).total).toBe(100);
    const { back } = await roundTrip(covid);
    expect(back.reported.total ?? null).toBeNull(); // unscored prints empty, not 0
    expect(back.indicators.map((i) => i.reportedScore ?? null)).toEqual([null, 16.67, null, 16.67, 15, null]);
  });

  const text = fc
    .array(
      fc.constantFrom(
        ...'项目资经费绩效指标完成率长者保健发放人次防疫物资到位1234567890%≥≤，。（）abc -'.split(''),
      ),
      {
        minLength: 1,
        maxLength: 40,
      },
    )
    .map((a) => a.join('').trim())
    .filter((s) => s.length > 0);
  const amount = fc.option(
    fc.integer({ min: 0, max: 10 ** 11 }).map((fen) => fen / 10 ** 6),
    { nil: null },
  );
  const points = fc.integer({ min: 1, max: 3000 }).map((n) => n / 100);
  const project = fc
    .record({
      year: fc.integer({ min: 2000, max: 2100 }),
      name: text,
      department: fc.option(text, { nil: null }),
      implementer: fc.option(text, { nil: null }),
      initialBudget: amount,
      budget: amount,
      executed: amount,
      executionRate: fc.option(
        fc.integer({ min: 0, max: 12000 }).map((n) => n / 100),
        { nil: null },
      ),
      sources: fc.array(fc.record({ source: text, initial: amount, budget: amount, executed: amount }), {
        maxLength: 4,
      }),
      expected: fc.option(text, { nil: null }),
      actual: fc.option(text, { nil: null }),
      withPoints: fc.boolean(),
      indicators: fc.array(
        fc.record({
          level1: fc.constantFrom('产出指标', '效益指标', '满意度指标', null),
          level2: fc.constantFrom('数量指标', '质量指标', '社会效益指标', null),
          name: text,
          target: fc.option(fc.constantFrom('100%', '≥95%', '0', '5个', '进一步提升'), { nil: null }),
          actual: fc.option(fc.oneof(text, fc.constantFrom('100%', '96%', '0', '5个')), { nil: null }),
          points,
          deviationReason: fc.option(text, { nil: null }),
        }),
        { maxLength: 12 },
      ),
    })
    .map((g) =>
      ProjectEvaluation.parse({
        year: g.year,
        project: { name: g.name, department: g.department, implementer: g.implementer },
        finance: {
          initialBudget: g.initialBudget,
          budget: g.budget,
          // an execution above 1000% of the budget is refused as 不合常理 when read: not generated here
          executed:
            g.budget != null && g.executed != null
              ? Math.min(g.executed, Number((g.budget * 10).toFixed(6)))
              : g.executed,
          executionRate: g.budget == null || g.executed == null ? g.executionRate : null,
          bySource: g.sources,
        },
        goal: { expected: g.expected, actual: g.actual },
        indicators: g.indicators.map((i) => ({ ...i, points: g.withPoints ? i.points : null })),
      }),
    );

  it('generated projects: every field the table shows, and the table written again is the same', async () => {
    await fc.assert(
      fc.asyncProperty(project, async (doc) => {
        const { score, back, warnings } = await roundTrip(doc);
        expect(warnings).toEqual([]);
        expect(shown(back)).toEqual(shown(doc));
        expect(back.reported.total ?? null).toBe(score ? printedTotal(score).total : null);
        expect(renderProjectGrid(back, scoreForTable(back))).toEqual(renderProjectGrid(doc, score));
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('a project without 满意度指标 prints the 效益 indicators with the moved points, and reads back without 分值', async () => {
    const [changshou] = buildXinhuaProjects() as [ProjectEvaluation];
    const doc = { ...changshou, indicators: changshou.indicators.filter((i) => i.level1 !== '满意度指标') };
    const grid = renderProjectGrid(doc, scoreForTable(doc));
    const row = grid.find((r) => r.cells.some((c) => c.value === '投诉发生率'));
    expect(row?.cells.find((c) => c.col === 7)?.value).toBe(40); // 效益 30 + 满意度 10, one indicator
    const { back } = await roundTrip(doc);
    expect(back.indicators.map((i) => i.points ?? null)).toEqual([null, null, null, null, null]);
  });

  it('keeps 分值 a person typed, and a stored amount finer than 0.01 万元', async () => {
    // 产出 20/10/10/10 are not the equal shares (12.5): kept. 效益's one 30 and 满意度's one 10 are exactly the shares
    // the table prints without 分值, so they read as none: the same score and the same table either way.
    const [changshou] = buildXinhuaProjects() as [ProjectEvaluation];
    const doc = ProjectEvaluation.parse({
      ...changshou,
      finance: { ...changshou.finance, budget: 809.283456 },
      indicators: changshou.indicators.map((ind, i) => ({ ...ind, points: [20, 10, 30, 10, 10, 10][i] })),
    });
    const { back } = await roundTrip(doc);
    expect(back.finance.budget).toBe(809.283456);
    expect(back.indicators.map((i) => i.points ?? null)).toEqual([20, 10, null, 10, 10, null]);
    expect(renderProjectGrid(back, scoreForTable(back))).toEqual(renderProjectGrid(doc, scoreForTable(doc)));
    expect(printedScore(scoreForTable(back)?.total)).toBe(printedScore(scoreForTable(doc)?.total));
  });

  it('stores figures as numbers with formats, not as text', async () => {
    const [changshou] = buildXinhuaProjects() as [ProjectEvaluation];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await writeProjectTableXlsx(changshou, scoreForTable(changshou))) as unknown as ArrayBuffer,
    );
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    const total = ws.getRow(6);
    expect(total.getCell(2).value).toBe('年度资金总额');
    expect(total.getCell(5).value).toBe(809.28);
    expect(total.getCell(5).numFmt).toBe('#,##0.00');
    expect(total.getCell(8).value).toBe(1);
    expect(total.getCell(8).numFmt).toBe('0.00%');
    expect(ws.getCell('B7').value).toBe('其中：长者长寿保健金市级财政资助经费');
  });
});
