import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ProjectEvaluationDraft } from '../../core/model/project-evaluation';
import { readProjectList } from './read';

const utf8 = (s: string) => new TextEncoder().encode(s);
const read = (text: string, file = '清单.csv', department?: string) =>
  readProjectList(utf8(text), file, { year: 2023, ...(department ? { department } : {}) });
const HEAD = '项目名称,项目编码,资金来源,全年预算数（万元）,全年执行数（万元）\n';

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readProjectList: a value that is not an amount', () => {
  it('imports the row, leaves the amount empty, keeps the text in drafts and names the place', async () => {
    const r = await read('项目名称,全年预算数（万元）,全年执行数（万元）\n环境卫生保洁服务,一千万,980.00\n');
    expect(r.projects).toHaveLength(1);
    const d = r.projects[0]!;
    expect(d.finance).toMatchObject({ budget: null, executed: 980 });
    expect(d.drafts).toEqual({ 'finance.budget': '一千万' });
    expect(ProjectEvaluationDraft.safeParse(d).success).toBe(true);
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'project_list_bad_amount',
        severity: 'error',
        file: '清单.csv',
        sheet: null,
        row: 2,
        column: 'B',
        header: '全年预算数（万元）',
        message:
          '「清单.csv」第 2 行 B 列（全年预算数（万元））：“一千万”不是有效金额：请用阿拉伯数字填写，不接受中文数字；该项留空，原文保留在草稿中',
      }),
    ]);
  });

  it('a negative amount is told and kept as typed; in a multi-row project it sits on its funding line', async () => {
    const r = await read(
      `${HEAD}社工服务站运营经费,P1,财政拨款,100.00,90.00\n社工服务站运营经费,P1,其他资金,-5.00,1.00\n`,
    );
    const d = r.projects[0]!;
    expect(d.finance.bySource.map((l) => l.budget)).toEqual([100, null]);
    expect(d.finance.budget).toBeNull(); // unknown while one line is unreadable
    expect(d.finance.executed).toBe(91);
    expect(d.drafts).toEqual({ 'finance.bySource[1].budget': '-5.00' });
    expect(ProjectEvaluationDraft.safeParse(d).success).toBe(true);
    expect(r.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [
        3,
        'D',
        '「清单.csv」第 3 行 D 列（全年预算数（万元））：“-5.00”不是有效金额：金额不能为负数；该项留空，原文保留在草稿中',
      ],
    ]);
  });

  it('an Excel error value in an amount cell is told with its sheet', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('2023年项目');
      ws.addRow(['项目名称', '全年预算数']);
      ws.addRow(['禁毒工作经费', { formula: '1/0', result: { error: '#DIV/0!' } }]);
    });
    const r = await readProjectList(bytes, '清单.xlsx', { year: 2023 });
    expect(r.projects[0]!.drafts).toEqual({ 'finance.budget': '#DIV/0!' });
    expect(r.problems.find((p) => p.code === 'project_list_bad_amount')?.message).toBe(
      '「清单.xlsx」工作表「2023年项目」第 2 行 B 列（全年预算数）：“#DIV/0!”不是有效金额：单元格为错误值 #DIV/0!；该项留空，原文保留在草稿中',
    );
  });
});

describe('readProjectList: rows and names', () => {
  it('a row without a name is not imported and is told; the others are', async () => {
    const r = await read(
      `${HEAD}绿化养护经费,,,50.00,50.00\n,,,10.00,10.00\n\n,,财政拨款,1.00,1.00\n禁毒工作经费,,,5.00,4.00\n`,
    );
    expect(r.projects.map((p) => p.project.name)).toEqual(['绿化养护经费', '禁毒工作经费']);
    expect(r.problems).toMatchObject([
      {
        code: 'project_list_row_no_name',
        row: 3,
        column: 'A',
        message: '「清单.csv」第 3 行 A 列（项目名称）：该行没有项目名称，未导入',
      },
      { code: 'project_list_row_no_name', row: 5 },
    ]);
  });

  it('a funding row right under its project with name and code blank (merged cells saved as CSV) joins it, told', async () => {
    const r = await read(
      `${HEAD}绿化养护经费,G1,财政拨款,50.00,50.00\n,,其他资金,10.00,9.00\n,,上级补助,1.00,1.00\n`,
    );
    expect(r.projects.map((p) => [p.project.code, p.finance.budget, p.finance.bySource.length])).toEqual([
      ['G1', 61, 3],
    ]);
    expect(r.problems.map((p) => [p.code, p.row])).toEqual([
      ['project_list_continuation', 3],
      ['project_list_continuation', 4],
    ]);
    expect(r.problems[0]!.message).toBe(
      '「清单.csv」第 3 行 A 列（项目名称）：该行没有项目名称，紧接第 2 行且填有资金来源，按合并单元格视为项目“绿化养护经费”的一条资金，请核对',
    );
  });

  it('a row with only the 项目编码 continues the project of that code', async () => {
    const r = await read(`${HEAD}绿化养护经费,G1,财政拨款,50.00,50.00\n,G1,其他资金,10.00,9.00\n`);
    expect(r.problems).toEqual([]);
    expect(r.projects[0]!.finance).toMatchObject({ budget: 60, executed: 59 });
  });

  it('a row with the name and no code continues the project whose first row has the code', async () => {
    const r = await read(`${HEAD}绿化养护经费,G1,财政拨款,50.00,50.00\n绿化养护经费,,其他资金,10.00,9.00\n`);
    expect(r.problems).toEqual([]);
    expect(r.projects.map((p) => [p.project.code, p.finance.budget, p.finance.bySource.length])).toEqual([
      ['G1', 60, 2],
    ]);
  });

  it('two projects of the same name with different codes are both kept, and told', async () => {
    const r = await read(`${HEAD}居委会工作经费,A01,,30.00,30.00\n居委会工作经费,A02,,40.00,38.00\n`);
    expect(r.projects.map((p) => [p.project.code, p.finance.budget])).toEqual([
      ['A01', 30],
      ['A02', 40],
    ]);
    expect(r.problems).toMatchObject([
      {
        code: 'project_list_same_name',
        severity: 'warning',
        row: 3,
        column: 'B',
        message:
          '「清单.csv」第 3 行 B 列（项目编码）：项目“居委会工作经费”在第 2 行（编码 A01）和本行（编码 A02）出现，编码不同，作为两个项目导入，请核对',
      },
    ]);
  });

  it('rows of one project that disagree on 项目类别 or repeat a 资金来源 are told', async () => {
    const text =
      '项目名称,项目类别,资金来源,全年预算数\n河长制工作经费,专项资金,财政拨款,1\n河长制工作经费,一般性项目,财政拨款,2\n';
    const r = await read(text);
    expect(r.projects[0]!.finance.budget).toBe(3);
    expect(r.projects[0]!.project.category).toBe('专项资金');
    expect(r.problems.map((p) => [p.code, p.row, p.column])).toEqual([
      ['project_list_unit_assumed', 1, null],
      ['project_list_field_conflict', 3, 'B'],
      ['project_list_source_duplicate', 3, 'C'],
    ]);
  });

  it('a 主管部门 other than the importing department is told; a blank one is filled in', async () => {
    const text =
      '项目名称,主管部门,预算数(万元)\n甲项目,广州市海珠区人民政府南洲街道办事处,1\n乙项目,,2\n丙项目,沙园街道办事处,3\n';
    const r = await read(text, '清单.csv', '南洲街道办事处');
    expect(r.projects.map((p) => p.project.department)).toEqual([
      '广州市海珠区人民政府南洲街道办事处',
      '南洲街道办事处',
      '沙园街道办事处',
    ]);
    expect(r.problems.map((p) => [p.code, p.row])).toEqual([['project_list_department_differs', 4]]);
  });

  it('control characters in a name are refused, naming the character', async () => {
    const others = Array.from({ length: 20 }, (_, i) => `第${i + 1}社区环境卫生保洁服务,1.00\n`).join('');
    const r = await read(`项目名称,预算数(万元)\n保洁\u0007服务,1\n${others}`);
    expect(r.projects).toHaveLength(20);
    expect(r.problems.map((p) => p.message)).toEqual([
      '「清单.csv」第 2 行 A 列（项目名称）：项目名称包含不可见或控制字符（第 3 个字符 U+0007），请删除后重试；该项留空',
      '「清单.csv」第 2 行 A 列（项目名称）：该行没有项目名称，未导入',
    ]);
  });
});

describe('readProjectList: headers', () => {
  it('with a column per source: a 合计 column that disagrees, and an unreadable source amount, are placed', async () => {
    const text =
      '项目名称,全年预算数（万元）,,,全年执行数（万元）,,\n' +
      ',合计,财政拨款,其他资金,合计,财政拨款,其他资金\n' +
      '禁毒工作经费,30.00,20.00,10.00,29.00,二十,9.00\n' +
      '信访工作经费,5.01,5.00,,约4,4.00,\n' +
      '合计,35.00,,,33.00,,\n';
    const r = await read(text);
    expect(r.projects.map((p) => [p.project.name, p.finance.budget, p.finance.executed, p.drafts])).toEqual([
      ['禁毒工作经费', 30, null, { 'finance.bySource[0].executed': '二十' }],
      ['信访工作经费', 5, 4, undefined],
    ]);
    expect(r.projects[1]!.finance.bySource).toEqual([
      { source: '财政拨款', initial: null, budget: 5, executed: 4 },
    ]);
    expect(r.problems.filter((p) => p.severity !== 'info').map((p) => p.message)).toEqual([
      '「清单.csv」第 3 行 F 列（全年执行数（万元）/财政拨款）：“二十”不是有效金额：请用阿拉伯数字填写，不接受中文数字；该项留空，原文保留在草稿中',
      '「清单.csv」第 4 行 B 列（全年预算数（万元）/合计）：合计列的全年预算数 5.01 万元与各资金来源之和 5.00 万元不符（差 0.01 万元），项目金额按各资金来源相加',
      '「清单.csv」第 4 行 E 列（全年执行数（万元）/合计）：“约4”不是有效金额：应为金额；本行未核对合计（项目金额按各资金来源相加）',
      '「清单.csv」第 5 行 E 列（全年执行数（万元）/合计）：合计行的全年执行数 33.00 万元与上方各项目之和 13.00 万元不符（差 20.00 万元）',
    ]);
  });

  it('finds the header below titles by its labels, with spaces, full-width brackets and budget-system spellings', async () => {
    const text =
      '关于2023年度项目的清单\n\n序号,项 目 名 称,项目代码,资金性质,调整后预算数 (万元),支出数（万元）\n1,保洁,X1,财政拨款,"1,000.50",999\n';
    const r = await read(text);
    expect(r.problems).toEqual([]);
    expect(r.projects[0]).toMatchObject({
      project: { name: '保洁', code: 'X1' },
      finance: {
        budget: 1000.5,
        executed: 999,
        bySource: [{ source: '财政拨款', budget: 1000.5, executed: 999 }],
      },
    });
  });

  it('refuses a list with no 项目名称 column, naming the columns it found', async () => {
    const r = await read('项目编码,全年预算数,全年执行数\nA1,1,1\n');
    expect(r.refused).toBe(true);
    expect(r.projects).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual([
      '「清单.csv」第 1 行：表头中没有“项目名称”列，无法区分项目，本表未导入（已识别的列：“项目编码”、“全年预算数”、“全年执行数”）',
    ]);
  });

  it('a second column of the same meaning is told and not read', async () => {
    const r = await read('项目名称,预算数,全年预算数\n甲,1,2\n');
    expect(r.projects[0]!.finance.budget).toBe(1);
    expect(r.problems.find((p) => p.code === 'project_list_column_duplicate')).toMatchObject({
      row: 1,
      column: 'C',
    });
  });

  it('reads every sheet that has a header and says which it skipped', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('填表说明').addRow(['请按预算系统导出的格式填写']);
      const a = wb.addWorksheet('一般性项目');
      a.addRow(['项目名称', '全年预算数（万元）']);
      a.addRow(['甲', 1.25]);
      const b = wb.addWorksheet('专项资金');
      b.addRow(['单位：元']);
      b.addRow(['项目名称', '全年预算数']);
      b.addRow(['乙', 12_345.67]);
    });
    const r = await readProjectList(bytes, '清单.xlsx', { year: 2023 });
    expect(r.projects.map((p) => [p.project.name, p.finance.budget])).toEqual([
      ['甲', 1.25],
      ['乙', 1.234567],
    ]);
    expect(r.origins.map((o) => o.sheet)).toEqual(['一般性项目', '专项资金']);
    expect(r.problems.map((p) => [p.code, p.sheet])).toEqual([
      ['project_list_sheet_skipped', '填表说明'],
      ['project_list_unit_yuan', '专项资金'],
    ]);
  });
});

describe('readProjectList: a file that is not a table is refused clearly, never a crash', () => {
  const docx = async () =>
    new Uint8Array(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('项目名称')] }] })),
    );

  it.each([
    ['an empty file', async () => new Uint8Array(), '「x.xlsx」：文件为空，没有可读取的项目清单'],
    [
      'a .docx renamed .xlsx',
      docx,
      '「x.xlsx」：是 Word 文档或其他压缩文件，不是 Excel 工作簿（.xlsx），无法读取项目清单',
    ],
    [
      'an old .xls',
      async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      '「x.xlsx」：是旧版 Excel（.xls）文件，不支持；请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 后再导入',
    ],
    [
      'a PDF',
      async () => new Uint8Array(readFileSync('test/fixtures/server/small.pdf')),
      '「x.xlsx」：是 PDF 文档，不是表格；请从预算系统导出 .xlsx 或 .csv 项目清单',
    ],
    [
      'a truncated workbook',
      async () => (await docx()).slice(0, 300),
      '「x.xlsx」：Excel 工作簿（.xlsx）已损坏或格式无效，无法读取',
    ],
    [
      'random bytes',
      async () => new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
      '「x.xlsx」：不是表格文件：项目清单应为 Excel 工作簿（.xlsx）或 CSV 文本（.csv），无法读取',
    ],
    [
      'prose',
      async () => utf8('这是一份工作总结，没有表格。\n第二段。'),
      '「x.xlsx」：未找到项目清单的表头：应有一行列名，其中包括“项目名称”',
    ],
  ])('%s', async (_, bytes, message) => {
    const r = await readProjectList(await bytes(), 'x.xlsx', { year: 2023 });
    expect(r).toMatchObject({ refused: true, projects: [] });
    expect(r.problems.map((p) => p.message)).toEqual([message]);
  });

  it('a workbook whose directory claims more than 100 MB is refused before anything is inflated', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    zip.file('xl/worksheets/sheet1.xml', '<worksheet/>');
    const b = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    const dv = new DataView(b.buffer);
    for (let p = 0; p + 46 < b.length; p++)
      if (dv.getUint32(p, true) === 0x02014b50) dv.setUint32(p + 24, 60 * 1024 * 1024, true);
    const r = await readProjectList(b, 'x.xlsx', { year: 2023 });
    expect(r.refused).toBe(true);
    expect(r.problems.map((p) => p.code)).toEqual(['project_list_too_large']);
  });

  it('a header with no projects below it says so', async () => {
    const r = await read('项目名称,全年预算数（万元）\n,\n');
    expect(r).toMatchObject({ refused: false, projects: [] });
    expect(r.problems.map((p) => p.message)).toEqual(['「清单.csv」：表头下没有任何项目']);
  });

  it('reads at most 50,000 rows and says so', async () => {
    const r = await read(`项目名称,全年预算数\n甲,1\n${',\n'.repeat(50_000)}乙,2\n`);
    expect(r.projects.map((p) => p.project.name)).toEqual(['甲']);
    expect(r.problems.map((p) => p.message)).toContain('「清单.csv」：超过 50,000 行，只读取了前 50,000 行');
  });

  it('a CSV with ragged rows: short rows read, cells past the header told', async () => {
    const r = await read('项目名称,全年预算数\n甲\n乙,2,多余,内容\n丙,3\n');
    expect(r.projects.map((p) => [p.project.name, p.finance.budget])).toEqual([
      ['甲', null],
      ['乙', 2],
      ['丙', 3],
    ]);
    expect(r.problems.find((p) => p.code === 'project_list_extra_cells')).toMatchObject({
      row: 3,
      column: 'C',
      message: '「清单.csv」第 3 行 C 列：该行有 4 个单元格，多于表头的 2 列，多出的内容“多余，内容”未读取',
    });
  });

  it('a quote left open is told at the row where it opens', async () => {
    const r = await read('项目名称,全年预算数\n甲,1\n"乙,2\n丙,3\n');
    expect(r.problems.find((p) => p.code === 'project_list_unclosed_quote')).toMatchObject({ row: 3 });
  });

  it('any bytes give a result, never an exception (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.boolean(), async (b, zip) => {
        const bytes = zip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]) : b;
        const r = await readProjectList(bytes, 'x', { year: 2023 });
        expect(r.refused || r.projects.every((p) => ProjectEvaluationDraft.safeParse(p).success)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
