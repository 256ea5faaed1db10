import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Evaluation } from '../../core/model';
import { type DocxParts, type DocxTable, readDocx } from './_docx-xml';
import { renderReport } from './render';

const load = (path: string) => Evaluation.parse(JSON.parse(readFileSync(path, 'utf8')));
const nanzhou = load('examples/nanzhou-2023.json');
const xinhua = load('examples/xinhua-2022.json');

const table = (d: DocxParts, title: string): DocxTable => {
  const t = d.tables.find((x) => x.caption.includes(title));
  if (!t) throw new Error(`no table ${title}: ${d.tables.map((x) => x.caption).join(' / ')}`);
  return t;
};
const rowOf = (t: DocxTable, first: string) => t.rows.find((r) => r.cells.some((c) => c.text === first));

describe('renderDocx: the 南洲 2023 report (seed 004)', () => {
  let d: DocxParts;
  beforeAll(async () => {
    d = await readDocx(await renderReport(nanzhou, 'docx'));
  });

  it('has the title and the outline the seeds share, each heading in its style', () => {
    const title = d.paragraphs.find((p) => p.style === 'Title');
    expect(title?.text).toBe('2023 年度广州市海珠区人民政府南洲街道办事处部门整体支出绩效自评报告');
    const h1 = d.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1).toEqual(['一、部门基本情况', '二、绩效自评情况', '三、存在的主要问题', '四、下一步改进措施']);
    const h2 = d.paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(h2).toEqual([
      '（一）部门职能',
      '（二）年度总体工作和重点工作任务',
      '（三）部门整体支出绩效目标',
      '（四）部门整体收支情况',
      '（一）自评结论',
      '（二）履职效能分析',
      '（三）管理效率分析',
    ]);
  });

  it('names the official fonts in the eastAsia slot of the styles and of every run', () => {
    const styles = d.files['word/styles.xml'] ?? '';
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's').exec(styles)?.[0] ?? '';
    expect(style('Title')).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(style('Title')).toMatch(/<w:sz w:val="44"\/>/); // 二号
    expect(style('Heading1')).toMatch(/w:eastAsia="黑体"/);
    expect(style('Heading2')).toMatch(/w:eastAsia="楷体_GB2312"/);
    expect(style('Normal')).toMatch(/w:eastAsia="仿宋_GB2312"/);
    for (const id of ['Heading1', 'Heading2', 'Normal']) expect(style(id)).toMatch(/<w:sz w:val="32"\/>/); // 三号
    const runs = (d.files['word/document.xml'] ?? '').match(/<w:r>.*?<\/w:r>/gs) ?? [];
    expect(runs.length).toBeGreaterThan(200);
    expect(runs.filter((r) => !/<w:rFonts [^>]*w:eastAsia="[^"]+"/.test(r))).toEqual([]);
    expect(d.paragraphs.find((p) => p.style === 'Heading1')?.fonts).toEqual(['黑体']);
  });

  it('sets the theme fonts to 宋体 and lists fallbacks in the font table', () => {
    const theme = d.files['word/theme/theme1.xml'] ?? '';
    expect(theme).toMatch(/<a:majorFont><a:latin typeface="Times New Roman"\/><a:ea typeface="宋体"\/>/);
    expect(theme).toMatch(/<a:minorFont><a:latin typeface="Times New Roman"\/><a:ea typeface="宋体"\/>/);
    expect(d.files['word/fontTable.xml']).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
  });

  it('lays out A4 with the GB/T 9704 margins and `— N —` page numbers on odd and even pages', () => {
    const doc = d.files['word/document.xml'] ?? '';
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(d.files['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.entries(d.files).filter(([k]) => /word\/footer\d\.xml$/.test(k));
    expect(footers).toHaveLength(2);
    for (const [, xml] of footers) expect(xml).toMatch(/— <\/w:t>.*PAGE.* —<\/w:t>/s);
  });

  it('numbers and titles every table and repeats its header row', () => {
    expect(d.tables.map((t) => t.caption.split(' ').slice(0, 2).join(' '))).toEqual([
      '表 2-1',
      '表 2-2',
      '表 2-3',
      '表 2-4',
      '表 2-5',
      '表 2-6',
      '表 2-7',
      '表 2-8',
      '表 2-9',
    ]);
    for (const t of d.tables) {
      expect(t.rows[0]?.header).toBe(true);
      expect(t.rows.slice(1).some((r) => r.header)).toBe(false);
    }
  });

  it('keeps a table with what introduces it: the citing sentence and the caption keep with next, so does the header row', () => {
    const styles = d.files['word/styles.xml'] ?? '';
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's').exec(styles)?.[0] ?? '';
    for (const id of ['TableCaption', 'Heading1', 'Heading2', 'Heading3'])
      expect(style(id)).toContain('<w:keepNext/>');
    const captions = d.paragraphs.flatMap((p, i) => (p.style === 'TableCaption' ? [i] : []));
    expect(captions).toHaveLength(d.tables.length);
    for (const i of captions) {
      const before = d.paragraphs[i - 1];
      // a sentence citing the table, or a heading (keepNext by its style)
      expect(before?.keepNext || /^Heading/.test(before?.style ?? '')).toBe(true);
    }
    for (const t of d.tables) {
      expect(t.rows[0]?.cells.every((c) => c.keepNext)).toBe(true);
      // the last row lets the text after the table flow on
      expect(t.rows.at(-1)?.cells.some((c) => c.keepNext)).toBe(false);
    }
    // body paragraphs elsewhere flow freely: only those right before a caption keep with next
    const keepers = d.paragraphs.flatMap((p, i) => (p.style === 'Normal' && p.keepNext ? [i] : []));
    expect(keepers.length).toBeGreaterThan(0);
    expect(keepers.filter((i) => d.paragraphs[i + 1]?.style !== 'TableCaption')).toEqual([]);
  });

  it("keeps short rows whole on a page and lets a tall one break (the indicator table's long 实际完成值)", () => {
    const t = table(d, '自评得分情况');
    expect(t.rows.every((r) => r.cantSplit)).toBe(true);
    const inds = table(d, '部门整体绩效指标完成情况');
    expect(inds.rows[0]?.cantSplit).toBe(true);
  });

  it('writes the score table from the score tree: 91.46 in total, 9.96 for the execution rate (seed 004)', () => {
    const t = table(d, '自评得分情况');
    expect(
      rowOf(t, '合计')
        ?.cells.map((c) => c.text)
        .slice(0, 5),
    ).toEqual(['合计', '', '100.00', '91.46', '91.46%']);
    expect(
      rowOf(t, '部门预算资金支出率')
        ?.cells.map((c) => c.text)
        .slice(1, 5),
    ).toEqual(['部门预算资金支出率', '10.00', '9.96', '99.60%']);
    // 得分来源 (issue 11 part 6): 执行数 ÷ 全年预算数 is computed, the judged items entered, the total both.
    expect(rowOf(t, '部门预算资金支出率')?.cells[5]?.text).toBe('计算');
    expect(rowOf(t, '绩效管理')?.cells[5]?.text).toBe('人工');
    const [computed, entered] = (
      /^计算 ([\d.]+) \+ 人工 ([\d.]+)$/.exec(rowOf(t, '合计')?.cells[5]?.text ?? '') ?? []
    )
      .slice(1)
      .map((x) => Math.round(Number(x) * 100));
    // seed 004 prints 91.46
    expect(computed! + entered!).toBe(9146);
    expect(rowOf(t, '绩效管理')?.cells[3]?.text).toBe('9.00');
    expect(rowOf(t, '资产管理')?.cells[3]?.text).toBe('7.50');
    expect(rowOf(t, '资产管理')?.cells[3]?.align).toBe('right');
  });

  it('merges 一级 and 二级 cells of the indicator table down their rows (产出 7 = 数量 6 + 质量 1)', () => {
    const t = table(d, '部门整体绩效指标完成情况');
    expect(t.rows[0]?.cells.map((c) => c.text)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度目标值',
      '实际完成值',
      '完成情况',
    ]);
    const body = t.rows.slice(1);
    expect(body).toHaveLength(12);
    expect(body.map((r) => r.cells[0]?.vMerge)).toEqual([
      'restart',
      ...Array(6).fill('continue'),
      'restart',
      ...Array(4).fill('continue'),
    ]);
    expect(body.map((r) => r.cells[1]?.vMerge)).toEqual([
      'restart',
      ...Array(5).fill('continue'),
      null,
      'restart',
      ...Array(3).fill('continue'),
      null,
    ]);
    expect(body[0]?.cells[0]?.text).toBe('产出指标');
    expect(body[6]?.cells[1]?.text).toBe('质量指标');
    expect(body[7]?.cells[0]?.text).toBe('效益指标');
    expect(body[11]?.cells[2]?.text).toBe('全街环卫保洁水平');
  });

  it('states the computed facts: execution rate, total, grade and each deduction with its reason', () => {
    const text = d.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('全年预算数 23,135.18 万元，执行数 23,033.06 万元，完成预算的 99.56%');
    expect(text).toContain('自评得分 91.46 分，评价等级为“优”');
    expect(text).toContain('“三公”经费 27.90 万元，比年初预算数减少 0.64 万元，下降 2.24%');
    expect(text).toContain(
      '绩效管理制度建设：得 0 分（满分 5 分），扣 5 分，理由：未另行制定本部门绩效管理制度',
    );
    expect(text).toContain('资产管理合规性：得 0.5 分（满分 2 分），扣 1.5 分');
    expect(text).toContain('扣分情况：共扣 8.54 分');
  });

  it('keeps the narrative as written', () => {
    const body = d.paragraphs.filter((p) => p.style === 'Normal').map((p) => p.text);
    expect(body).toContain(nanzhou.overview);
    expect(body).toContain(nanzhou.conclusion);
    expect(body).toContain(`1.${nanzhou.problems[0]}`);
  });

  it('leaves out what the department did not write (income lines, projects) instead of saying so', () => {
    const text = d.paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toContain('未填写');
    expect(text).not.toMatch(/收入情况|重点项目绩效情况/);
    expect(d.tables.some((t) => t.caption.includes('收入'))).toBe(false);
  });

  it('prints one total, never the stated one beside it, nor a request to check it', async () => {
    const stated = { ...nanzhou, reported: { ...nanzhou.reported, total: 89.71 } };
    const doc = await readDocx(await renderReport(stated, 'docx'));
    const text = doc.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('自评得分 91.46 分，评价等级为“优”');
    expect(text).not.toMatch(/89\.71|请核对|不一致/);
  });
});

describe('renderDocx: the 新华 2022 report (seed 003, with income tables and projects)', () => {
  let d: DocxParts;
  beforeAll(async () => {
    d = await readDocx(await renderReport(xinhua, 'docx'));
  });

  it('writes the functions as 表 1-1 and the income and expenditure tables with amounts right-aligned', () => {
    expect(d.tables[0]?.caption).toBe('表 1-1 部门主要职责');
    expect(d.tables[0]?.rows).toHaveLength(13);
    const income = table(d, '部门总收入统计表');
    expect(income.caption.startsWith('表 1-2')).toBe(true);
    expect(income.rows[0]?.cells.map((c) => c.text)).toEqual([
      '项目',
      '年初预算数（万元）',
      '全年预算数（万元）',
      '决算数（万元）',
    ]);
    const line = rowOf(income, '一般公共预算财政拨款收入');
    expect(line?.cells.map((c) => c.text).slice(1)).toEqual(['21,870.50', '22,588.02', '22,588.02']);
    expect(line?.cells.slice(1).map((c) => c.align)).toEqual(['right', 'right', 'right']);
    for (const c of line?.cells.slice(1) ?? []) expect(c.text).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
    expect(rowOf(income, '合计')?.cells[3]?.text).toBe('43,717.66');
  });

  it('notes a 0.01 万元 尾差 under its table, but not the 2.54 万元 gap of seed 003 (an audit finding)', () => {
    const notes = d.paragraphs.filter((p) => p.style === 'TableNote').map((p) => p.text);
    expect(notes).toEqual(['注：决算数合计与各行之和相差 0.01 万元，系四舍五入尾差。']);
    expect(d.paragraphs.map((p) => p.text).join('\n')).not.toMatch(/2\.54|43,715\.12|不一致/);
  });

  it('writes a budget table and an indicator table per project (表 2-2 / 2-3 of seed 003)', () => {
    const budget = table(d, '长者长寿保健金项目预算执行情况');
    expect(budget.rows.map((r) => r.cells[0]?.text)).toEqual([
      '资金来源',
      '长者长寿保健金市级财政资助经费',
      '花都区长者长寿保健金经费',
      '民政事务经费',
      '合计',
    ]);
    expect(
      rowOf(budget, '合计')
        ?.cells.map((c) => c.text)
        .slice(2),
    ).toEqual(['809.28', '809.28', '100.00%']);
    const inds = table(d, '长者长寿保健金项目指标完成情况');
    expect(inds.rows).toHaveLength(7);
  });
});
