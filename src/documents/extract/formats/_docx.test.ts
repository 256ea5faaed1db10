import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
} from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '..';
import { ExtractError } from '../_errors';
import { readDocx } from './_docx';

const cell = (text: string, opts: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ children: [new Paragraph(text)], ...opts });

/** A small Word report: auto-numbered headings, a tab, and an indicator table with merged cells. */
async function buildDocx(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'cn',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({
            text: '2023 年度广州市白云区人民政府某某街道办事处部门整体支出绩效自评报告',
            heading: HeadingLevel.TITLE,
          }),
          new Paragraph({ text: '部门基本情况', numbering: { reference: 'cn', level: 0 } }),
          new Paragraph({ text: '部门整体收支情况', numbering: { reference: 'cn', level: 1 } }),
          new Paragraph('全年预算数 1,000.00 万元，执行数 950.00 万元，完成预算的 95.00%。'),
          new Paragraph({
            children: [new TextRun('项目'), new TextRun({ text: '\t', break: 0 }), new TextRun('说明')],
          }),
          new Paragraph({ text: '绩效自评情况', numbering: { reference: 'cn', level: 0 } }),
          new Paragraph('本次自评得分 95 分，评价等级为“优”。'),
          new Table({
            rows: [
              new TableRow({
                children: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'].map((t) =>
                  cell(t),
                ),
              }),
              new TableRow({
                children: [
                  cell('产出指标', { verticalMerge: VerticalMergeType.RESTART }),
                  cell('数量指标', { verticalMerge: VerticalMergeType.RESTART }),
                  cell('培训人次'),
                  cell('≥100人次'),
                  cell('120人次'),
                ],
              }),
              new TableRow({
                children: [
                  cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
                  cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
                  cell('宣传场次'),
                  cell('≥10场'),
                  cell('12场'),
                ],
              }),
              new TableRow({
                children: [cell('合计', { columnSpan: 3 }), cell('—'), cell('—')],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('readDocx', () => {
  it('reads a tab inside a paragraph as a table row, like a text file', async () => {
    const doc = await readDocx(await buildDocx());
    expect(doc.blocks).toContainEqual(
      expect.objectContaining({ kind: 'table', source: 'tab', rows: [['项目', '说明']] }),
    );
  });

  it('restores automatic numbering and heading styles', async () => {
    const doc = await readDocx(await buildDocx());
    const texts = doc.blocks.filter((b) => b.kind === 'para').map((b) => (b.kind === 'para' ? b.text : ''));
    expect(texts).toContain('一、部门基本情况');
    expect(texts).toContain('（一）部门整体收支情况');
    expect(texts).toContain('二、绩效自评情况');
  });

  it('reads tables as tables: merged cells filled, spanned cells kept in their grid column', async () => {
    const doc = await readDocx(await buildDocx());
    const t = doc.blocks.find((b) => b.kind === 'table' && b.source === 'docx');
    expect(t).toMatchObject({ anchor: 'filled' });
    expect(t?.kind === 'table' && t.rows).toEqual([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
      ['产出指标', '数量指标', '培训人次', '≥100人次', '120人次'],
      ['产出指标', '数量指标', '宣传场次', '≥10场', '12场'],
      ['合计', '', '', '—', '—'],
    ]);
  });

  it('reads the report through the same extractors', async () => {
    const { evaluation: e } = await extractDocument({ bytes: await buildDocx(), filename: '报告.docx' });
    expect(e.department).toMatchObject({ name: '广州市白云区人民政府某某街道办事处', district: '白云区' });
    expect(e.finance).toMatchObject({ budget: 1000, executed: 950 });
    expect(e.reported).toMatchObject({ total: 95, grade: '优', executionRate: 95 });
    expect(e.indicators.map((i) => [i.level1, i.level2, i.name, i.target])).toEqual([
      ['产出指标', '数量指标', '培训人次', '≥100人次'],
      ['产出指标', '数量指标', '宣传场次', '≥10场'],
    ]);
  });

  it('refuses a zip that is not a Word document, and a broken one', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const xlsx = await zip.generateAsync({ type: 'uint8array' });
    await expect(extractDocument({ bytes: xlsx, filename: 'a.xlsx' })).rejects.toMatchObject({
      code: 'not_docx',
    });
    const broken = (await buildDocx()).slice(0, 200);
    await expect(extractDocument({ bytes: broken, filename: 'b.docx' })).rejects.toBeInstanceOf(ExtractError);
  });
});
