import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildXinhuaProjects } from '../../../test/fixtures/projects/table/xinhua';
import { type ProjectEvaluation, ProjectEvaluationDraft } from '../../core/model';
import { writeProjectTablesWorkbook } from './many';
import { readProjectTablesXlsx, readProjectTableXlsx } from './read-xlsx';

type Cells = Record<string, ExcelJS.CellValue>;

/** A table typed by hand: its own columns and rows, blank rows, numbers typed as text. */
function handMade(wb: ExcelJS.Workbook, name: string, cells: Cells, merges: string[] = []): void {
  const ws = wb.addWorksheet(name);
  for (const [addr, v] of Object.entries(cells)) ws.getCell(addr).value = v;
  for (const m of merges) ws.mergeCells(m);
}

const CHANGSHOU: Cells = {
  A1: '2022年度项目支出绩效自评表',
  A3: '项目名称',
  B3: '长者长寿保健金项目',
  A4: '主管部门',
  B4: '广州市花都区人民政府新华街道办事处',
  D4: '实施单位',
  E4: '新华街道',
  // row 5 left blank; the money block starts one column left of the template's
  A6: '项目资金（万元）',
  C6: '年初预算数',
  D6: '全年预算数',
  E6: '全年执行数',
  F6: '分值',
  G6: '执行率',
  H6: '得分',
  B7: '年度资金总额',
  D7: '809.28',
  E7: 809.28,
  F7: 10,
  G7: '100%',
  H7: 10,
  B8: '其中：长者长寿保健金市级财政资助经费',
  D8: '390.47',
  E8: '390.47',
  G8: '100.00%',
  B9: '花都区长者长寿保健金经费',
  D9: 'abc',
  E9: '４１７．７５',
  B10: '民政事务经费',
  D10: 1.06,
  E10: 1.06,
  A12: '年度总体目标',
  B12: '预期目标',
  E12: '实际完成情况',
  B13: '按时足额发放长寿保健金',
  E13: '均较好地完成了该项目的年度工作内容',
  A14: '绩效指标',
  B14: '一级指标',
  C14: '二级指标',
  D14: '三级指标',
  E14: '年度指标值',
  F14: '实际完成值',
  G14: '分值',
  H14: '得分',
  I14: '偏差原因分析及改进措施',
  B15: '产出指标',
  C15: '数量指标',
  D15: '70周岁以上长者长寿保健金发放人次数计划完成率',
  E15: '95%以上',
  F15: '计划完成率100%',
  G15: '30',
  H15: '30',
  C16: '质量指标',
  D16: '长寿保健金发放对象准确率',
  E16: '100%',
  F16: '100%',
  G16: 20,
  H16: 20,
  // row 17 blank, inside nothing
  B18: '效益指标',
  C18: '社会效益指标',
  D18: '投诉发生率',
  E18: '≤1%',
  F18: '投诉发生率为0%。',
  G18: 30,
  H18: 30,
  B19: '满意度指标',
  C19: '服务对象满意度指标',
  D19: '长者满意度',
  E19: '90%',
  F19: '长者满意度为100%。',
  G19: 10,
  H19: 10,
  A20: '总分',
  G20: 100,
  H20: 100,
  I20: '优',
  A21: '备注：仅供测试',
};

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readProjectTableXlsx: a hand-made table of the same layout', () => {
  it('reads rows wherever they are, merged 一级, numbers typed as text; a bad figure is kept as typed and named', async () => {
    const wb = new ExcelJS.Workbook();
    handMade(wb, '长者长寿保健金项目', CHANGSHOU, ['B15:B16', 'A14:A19']);
    const { doc, warnings } = await readProjectTableXlsx(await bytesOf(wb), '手填.xlsx');
    expect(warnings.map((w) => w.text)).toEqual([
      '第 1 张表「长者长寿保健金项目」第 9 行 全年预算数：「abc」不是数字',
      '第 1 张表「长者长寿保健金项目」第 21 行 第 A 列：未能识别「备注：仅供测试」，未读入',
    ]);
    expect(warnings[0]).toMatchObject({ sheet: 1, row: 9, column: 'D', field: '全年预算数' });
    expect(ProjectEvaluationDraft.safeParse(doc).success).toBe(true);
    expect(doc).toMatchObject({
      year: 2022,
      rubric: 'national-project-2020',
      project: {
        name: '长者长寿保健金项目',
        department: '广州市花都区人民政府新华街道办事处',
        implementer: '新华街道',
      },
      finance: {
        budget: 809.28,
        executed: 809.28,
        bySource: [
          { source: '长者长寿保健金市级财政资助经费', budget: 390.47, executed: 390.47 },
          { source: '花都区长者长寿保健金经费', budget: null, executed: 417.75 },
          { source: '民政事务经费', budget: 1.06, executed: 1.06 },
        ],
      },
      goal: { expected: '按时足额发放长寿保健金', actual: '均较好地完成了该项目的年度工作内容' },
      drafts: { 'finance.bySource[1].budget': 'abc' },
      reported: { total: 100, grade: '优', executionRate: 100, scores: { 预算执行率: 10 } },
    });
    expect(
      doc?.indicators.map((i) => [i.level1, i.level2, i.name, i.points ?? null, i.reportedScore]),
    ).toEqual([
      ['产出指标', '数量指标', '70周岁以上长者长寿保健金发放人次数计划完成率', 30, 30],
      ['产出指标', '质量指标', '长寿保健金发放对象准确率', 20, 20],
      // one indicator carrying its node's whole 30 (and 10): exactly the share printed without 分值, read as none
      ['效益指标', '社会效益指标', '投诉发生率', null, 30],
      ['满意度指标', '服务对象满意度指标', '长者满意度', null, 10],
    ]);
  });

  it('reads 一级 repeated on every row, 「1,287.98」, and every sheet of a workbook', async () => {
    const wb = new ExcelJS.Workbook();
    handMade(wb, '长者长寿保健金项目', CHANGSHOU, ['B15:B16']);
    handMade(wb, '疫情防控', {
      A1: '项目支出绩效自评表',
      A2: '（2022年度）',
      A3: '项目名称',
      B3: '新型冠状病毒肺炎疫情防控工作项目',
      A5: '项目资金（万元）',
      D5: '年初预算数',
      E5: '全年预算数',
      F5: '全年执行数',
      B6: '年度资金总额',
      E6: '1,287.98',
      F6: '1,287.98 万元',
      B7: '财政拨款（市本级支出）',
      E7: '1,287.98',
      F7: '1287.98',
      A9: '绩效指标',
      B9: '一级指标',
      C9: '二级指标',
      D9: '三级指标',
      E9: '年度指标值',
      F9: '实际完成值',
      G9: '完成率（%）',
      H9: '完成情况',
      G10: '100%',
      H10: '已完成',
      B10: '产出指标',
      D10: '防疫物资到位率',
      E10: '100%',
      B11: '产出指标',
      D11: '疫情防控覆盖率',
      E11: '100%',
      F11: '100%',
    });
    const { tables, warnings } = await readProjectTablesXlsx(await bytesOf(wb), '两张.xlsx');
    expect(tables.map((t) => [t.sheet, t.sheetName, t.doc.project.name])).toEqual([
      [1, '长者长寿保健金项目', '长者长寿保健金项目'],
      [2, '疫情防控', '新型冠状病毒肺炎疫情防控工作项目'],
    ]);
    expect(warnings.filter((w) => w.sheet === 2)).toEqual([]);
    const covid = tables[1]?.doc;
    expect(covid?.finance).toMatchObject({
      budget: 1287.98,
      executed: 1287.98,
      bySource: [{ source: '财政拨款（市本级支出）', budget: 1287.98, executed: 1287.98 }],
    });
    expect(covid?.indicators.map((i) => i.level1)).toEqual(['产出指标', '产出指标']);
    // columns the national table lacks but hand-made ones add are read too
    expect(covid?.indicators.map((i) => [i.completion ?? null, i.status ?? null])).toEqual([
      ['100%', '已完成'],
      [null, null],
    ]);
    const one = await readProjectTableXlsx(await bytesOf(wb), '两张.xlsx');
    expect(one.doc?.project.name).toBe('长者长寿保健金项目');
    expect(one.warnings.at(-1)?.text).toBe('两张.xlsx：第 2 张表「疫情防控」也是自评表，只读入了第 1 张');
  });

  it('reads back every sheet of the workbook of many', async () => {
    const docs = buildXinhuaProjects();
    const { tables, warnings } = await readProjectTablesXlsx(
      await writeProjectTablesWorkbook(docs),
      '全部.xlsx',
    );
    expect(warnings).toEqual([]);
    expect(tables.map((t) => t.doc.finance.budget)).toEqual([809.28, 1287.98]);
  });
});

describe('readProjectTableXlsx: what is not a table is a warning, never a crash', () => {
  const corruptZip = async () => {
    const z = new JSZip();
    z.file('hello.txt', 'not a workbook');
    return z.generateAsync({ type: 'uint8array' });
  };
  const truncated = async () => (await writeProjectTablesWorkbook(buildXinhuaProjects())).slice(0, 3000);

  it.each([
    ['an empty file', async () => new Uint8Array(), '坏.xlsx：不是 .xlsx 工作簿（文件为空或格式不符）'],
    [
      'a text file',
      async () => new TextEncoder().encode('项目名称,全年预算数\n'),
      '坏.xlsx：不是 .xlsx 工作簿（文件为空或格式不符）',
    ],
    ['a zip of something else', corruptZip, /^坏\.xlsx：(无法读取工作簿|不是自评表工作簿)/],
    ['a cut-off workbook', truncated, /^坏\.xlsx：无法读取工作簿/],
  ] as const)('%s', async (_, bytes, message) => {
    const r = await readProjectTableXlsx(await bytes(), '坏.xlsx');
    expect(r.doc).toBeNull();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.text).toMatch(message);
  });

  it('a sheet that is not a 自评表, one with no year, and error values in number cells', async () => {
    const wb = new ExcelJS.Workbook();
    handMade(wb, '说明', { A1: '填表说明：每个项目一张表' });
    handMade(wb, '无年度', { A1: '项目支出绩效自评表' });
    handMade(wb, '长者', {
      ...CHANGSHOU,
      E7: { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue,
    });
    const { doc, warnings } = await readProjectTableXlsx(await bytesOf(wb), '手填.xlsx');
    expect(warnings.map((w) => w.text)).toContain(
      '第 1 张表「说明」：不是项目支出绩效自评表（没有「项目支出绩效自评表」标题，也没有「项目资金」栏），此表未读入',
    );
    expect(warnings.map((w) => w.text)).toContain(
      '第 2 张表「无年度」：未找到年度（表头应有「（2022年度）」这样的一行），此表未读入',
    );
    expect(warnings.map((w) => w.text)).toContain(
      '第 3 张表「长者」第 7 行 全年执行数：单元格为错误值 #DIV/0!',
    );
    expect(doc?.finance.executed ?? null).toBeNull();
    expect(doc?.project.name).toBe('长者长寿保健金项目');
  });
});

describe('readProjectTableXlsx: far and long', () => {
  it('a stray cell a million rows down costs nothing, and is reported; text too long to keep is reported', async () => {
    const wb = new ExcelJS.Workbook();
    handMade(wb, '长者', { ...CHANGSHOU, D10: '字'.repeat(2000), C1000000: '这里还有字' });
    const started = performance.now();
    const { doc, warnings } = await readProjectTableXlsx(await bytesOf(wb), '手填.xlsx');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(ProjectEvaluationDraft.safeParse(doc).success).toBe(true);
    expect(doc?.drafts?.['finance.bySource[2].budget']).toBeUndefined();
    expect(warnings.map((w) => w.text)).toContain(
      '第 1 张表「长者」第 1000000 行 第 C 列：未能识别「这里还有字」，未读入',
    );
    expect(warnings.find((w) => w.row === 10)?.text).toMatch(
      /^第 1 张表「长者」第 10 行 全年预算数：「字{30}…」不是数字$/,
    );
  });
});

describe('readProjectTableXlsx: any cell changed to anything', () => {
  const value = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      '总分',
      '项目名称',
      '年度资金总额',
      '三级指标',
      '（2022年度）',
      '其中：',
      '—',
      '1,287.98',
      '１００％',
    ),
    fc.double({ noNaN: false }),
    fc.boolean(),
    fc.date({ noInvalidDate: true }),
    fc.constant({ error: '#REF!' } as ExcelJS.CellValue),
    fc.constant(null),
  );
  const edit = fc.record({
    row: fc.integer({ min: 1, max: 30 }),
    col: fc.integer({ min: 1, max: 12 }),
    value,
  });

  it('never throws, and what it returns is a valid draft', async () => {
    const [changshou] = buildXinhuaProjects();
    const base = await writeProjectTablesWorkbook([changshou as ProjectEvaluation]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        async (edits, unmerge) => {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(base as unknown as ArrayBuffer);
          const ws = wb.worksheets[0] as ExcelJS.Worksheet;
          if (unmerge) ws.unMergeCells('A5:A9');
          for (const e of edits) ws.getCell(e.row, e.col).value = e.value as ExcelJS.CellValue;
          const { doc, warnings } = await readProjectTableXlsx(await bytesOf(wb), '改过.xlsx');
          if (doc) expect(ProjectEvaluationDraft.safeParse(doc).success).toBe(true);
          else expect(warnings.length).toBeGreaterThan(0);
          for (const w of warnings) expect(w.text).toMatch(/^(第 1 张表「|改过\.xlsx：)/);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
