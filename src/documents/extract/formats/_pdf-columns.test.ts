/** Tables found from text positions alone (no ruling lines, or a rule under the header only), and what is not one. */
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../layout/_model';
import { joinAcrossPages, layoutPdfPage, type PdfRule, type PdfText } from './_pdf-geometry';

const SIZE = 10;
/** A run of text at (x, baseline y) as a text layer or OCR gives it: CJK one font size wide, ASCII half. */
const t = (str: string, x: number, y: number): PdfText => ({
  str,
  x,
  y,
  w: [...str].reduce((w, ch) => w + (ch <= '~' ? 0.5 : 1) * SIZE, 0),
  size: SIZE,
});

/** Cells placed in columns starting at `xs`; each cell a list of its wrapped lines, one line 14 pt below the last. */
function rowsAt(xs: number[], top: number, rows: Array<Array<string[]>>): PdfText[] {
  const out: PdfText[] = [];
  let y = top;
  for (const row of rows) {
    row.forEach((lines, c) => {
      lines.forEach((s, k) => {
        if (s) out.push(t(s, xs[c]!, y - 14 * k));
      });
    });
    y -= 14 * Math.max(...row.map((l) => l.length));
  }
  return out;
}

const tables = (items: SourceItemList) => items.filter((i): i is TableBlock => i.kind === 'table');
type SourceItemList = ReturnType<typeof layoutPdfPage>;

// columns 40 pt wide (four characters), a 12 pt gutter between them
const XS = [50, 102, 154, 206, 258];

describe('tables from text positions', () => {
  it('reads columns from where the text sits and joins cells wrapped over two and three lines', () => {
    const items = rowsAt(XS, 700, [
      [['一级指', '标'], ['三级指', '标'], ['指标值'], ['实际完', '成值'], ['得分']],
      [['产出指', '标'], ['培训人', '次'], ['≥100'], ['全年培'], ['10']],
      [[''], ['宣传覆', '盖街道', '数'], ['12个'], ['完成12'], ['8.5']],
      [[''], ['巡查次'], ['≥50'], ['完成48', '次'], ['9']],
    ]);
    const [table, ...more] = tables(layoutPdfPage(items, [], 3));
    expect(more).toEqual([]);
    expect(table).toMatchObject({ source: 'pdf', origin: { page: 3 }, anchor: 'unknown' });
    expect(table!.rows).toEqual([
      ['一级指标', '三级指标', '指标值', '实际完成值', '得分'],
      ['产出指标', '培训人次', '≥100', '全年培', '10'],
      ['', '宣传覆盖街道数', '12个', '完成12', '8.5'],
      ['', '巡查次', '≥50', '完成48次', '9'],
    ]);
  });

  it('keeps a merged label on the row it is written beside, with only a rule under the header', () => {
    const items = rowsAt(XS, 700, [
      [['一级'], ['二级'], ['名称'], ['目标'], ['分值']],
      [['产出'], ['数量'], ['人次'], ['100'], ['5']],
      [[''], [''], ['场次'], ['12'], ['5']],
      [['效益'], ['社会'], ['覆盖'], ['90%'], ['10']],
      [[''], [''], ['满意'], ['95%'], ['10']],
    ]);
    const rule: PdfRule = { x1: 45, y1: 693, x2: 300, y2: 693 };
    const [table] = tables(layoutPdfPage(items, [rule], 1));
    expect(table!.rows.map((r) => r.slice(0, 3))).toEqual([
      ['一级', '二级', '名称'],
      ['产出', '数量', '人次'],
      ['', '', '场次'],
      ['效益', '社会', '覆盖'],
      ['', '', '满意'],
    ]);
  });

  it('does not join one-line rows whose cells happen to fill their columns', () => {
    const items = rowsAt(XS, 500, [
      [['项目'], ['预算数'], ['执行数'], ['执行率']],
      [['基本支'], ['120.5'], ['118.2'], ['98.1%']],
      [['项目支'], ['300.0'], ['290.7'], ['96.9%']],
    ]);
    const [table] = tables(layoutPdfPage(items, [], 1));
    expect(table!.rows).toEqual([
      ['项目', '预算数', '执行数', '执行率'],
      ['基本支', '120.5', '118.2', '98.1%'],
      ['项目支', '300.0', '290.7', '96.9%'],
    ]);
  });

  it('reads rows whose cells are centred in them (lines of different columns interleaved)', () => {
    // row 1 is three lines tall: the two-line cells sit half a line lower, the one-line cells a whole line lower
    const items = [
      ...rowsAt(XS, 700, [[['名称'], ['目标'], ['完成'], ['得分']]]),
      t('培训人', 50, 679),
      t('次数', 50, 665),
      t('≥100', 102, 672),
      t('全年完', 154, 686),
      t('成120', 154, 672),
      t('人次', 154, 658),
      t('10', 206, 672),
      ...rowsAt(XS, 644, [[['场次'], ['12'], ['12'], ['5']]]),
    ];
    const [table] = tables(layoutPdfPage(items, [], 1));
    expect(table!.rows).toEqual([
      ['名称', '目标', '完成', '得分'],
      ['培训人次数', '≥100', '全年完成120人次', '10'],
      ['场次', '12', '12', '5'],
    ]);
  });

  it('ends the table where a full-width paragraph begins, which stays a line', () => {
    const items = [
      ...rowsAt(XS, 700, [
        [['名称'], ['目标'], ['完成']],
        [['人次'], ['100'], ['120']],
        [['场次'], ['12'], ['12']],
      ]),
      t('表格之后的一段正文说明，宽度超过整张表格并且一直延伸到右侧页边附近为止。', 50, 640),
    ];
    const out = layoutPdfPage(items, [], 1);
    expect(out.map((i) => i.kind)).toEqual(['table', 'line']);
    expect((out[0] as TableBlock).rows).toHaveLength(3);
  });
});

describe('what is not a table', () => {
  const prose = (y: number) => t('正文段落的一行文字，从左边距一直写到右边距附近，没有任何空隙。', 50, y);

  it('a page header and footer in two columns around body prose', () => {
    const items = [
      t('某区卫生健康局', 50, 800),
      t('2023年度', 420, 800),
      prose(770),
      prose(755),
      prose(740),
      t('内部资料', 50, 60),
      t('第 2 页', 420, 60),
    ];
    expect(tables(layoutPdfPage(items, [], 2))).toEqual([]);
  });

  it('a numbered list with a wide gap after each number', () => {
    const items = [1, 2, 3, 4].flatMap((n) => [
      t(`${n}.`, 50, 700 - 14 * n),
      t('加强预算绩效管理，完善制度建设', 90, 700 - 14 * n),
    ]);
    expect(tables(layoutPdfPage(items, [], 1))).toEqual([]);
  });

  it('a single row of label and value pairs', () => {
    const items = [
      t('单位名称：某区卫生健康局', 50, 700),
      t('负责人：张某', 230, 700),
      t('联系电话：12345678', 340, 700),
      prose(680),
    ];
    expect(tables(layoutPdfPage(items, [], 1))).toEqual([]);
  });
});

describe('tables over a page break', () => {
  const line = (text: string, page: number) => ({ kind: 'line' as const, text, origin: { page } });
  const table = (rows: string[][], page: number): TableBlock => ({
    kind: 'table',
    rows,
    origin: { page },
    anchor: 'unknown',
    source: 'pdf',
  });

  it('joins the two parts across a page number and a running head, dropping the repeated header', () => {
    const joined = joinAcrossPages([
      [
        line('某局绩效材料', 1),
        table(
          [
            ['名称', '目标'],
            ['人次', '100'],
          ],
          1,
        ),
        line('第 1 页 共 2 页', 1),
      ],
      [
        line('某局绩效材料', 2),
        table(
          [
            ['名 称', '目标'],
            ['场次', '12'],
          ],
          2,
        ),
        line('第 2 页 共 2 页', 2),
      ],
    ]);
    expect(joined.filter((i) => i.kind === 'table')).toEqual([
      expect.objectContaining({
        rows: [
          ['名称', '目标'],
          ['人次', '100'],
          ['场次', '12'],
        ],
        breaks: [2],
      }),
    ]);
    expect(joined.filter((i) => i.kind === 'line')).toHaveLength(4);
  });

  it('puts the cells of the next page under their columns when a label column is empty there', () => {
    const page1 = rowsAt(XS, 700, [
      [['一级'], ['名称'], ['目标'], ['得分']],
      [['产出'], ['人次'], ['100'], ['5']],
      [[''], ['场次'], ['12'], ['5']],
    ]);
    const page2 = rowsAt(XS, 700, [
      [[''], ['课时'], ['40'], ['4']],
      [[''], ['班次'], ['6'], ['3']],
    ]);
    const joined = joinAcrossPages([layoutPdfPage(page1, [], 1), layoutPdfPage(page2, [], 2)]);
    expect(tables(joined)).toHaveLength(1);
    expect(tables(joined)[0]!.rows.slice(2)).toEqual([
      ['', '场次', '12', '5'],
      ['', '课时', '40', '4'],
      ['', '班次', '6', '3'],
    ]);
  });

  it('keeps two tables apart when text of the report lies between them', () => {
    const joined = joinAcrossPages([
      [
        table(
          [
            ['名称', '目标'],
            ['人次', '100'],
          ],
          1,
        ),
        line('二、下一部分的说明文字', 1),
      ],
      [
        table(
          [
            ['项目', '金额'],
            ['经费', '12'],
          ],
          2,
        ),
      ],
    ]);
    expect(joined.filter((i) => i.kind === 'table')).toHaveLength(2);
  });
});
