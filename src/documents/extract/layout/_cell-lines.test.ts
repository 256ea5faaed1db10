import { describe, expect, it } from 'vitest';
import { scanCellLines } from './_cell-lines';
import { layoutItems } from './_layout';
import { splitSourceLines } from './_lines';
import type { TableBlock } from './_model';

const tables = (text: string) =>
  layoutItems(splitSourceLines(text)).filter((b): b is TableBlock => b.kind === 'table');

const ROWS = [
  ['指标名称', '年度目标值', '实际完成值', '得分'],
  ['义诊活动场次', '≥12场', '15场', '5'],
  ['体检覆盖率', '≥90%', '93%', '5'],
  ['群众满意度', '≥85%', '91%', '4.5'],
];

describe('tables written one cell per line', () => {
  it.each([
    ['without blank lines', '\n'],
    ['with a blank line between cells', '\n\n'],
    ['with two blank lines between cells', '\n\n\n'],
  ])('%s', (_n, sep) => {
    const text = `（二）指标完成情况\n${ROWS.flat().join(sep)}\n\n三、存在问题\n部分指标设置偏简单。`;
    const [t] = tables(text);
    expect(t?.rows).toEqual(ROWS);
    expect(t?.source).toBe('flat');
  });

  it('an empty cell is one more blank line than the separator, and a label column may stay empty', () => {
    const text = [
      '一级指标\n\n二级指标\n\n三级指标\n\n年度目标值\n\n完成情况',
      '产出指标\n\n数量指标\n\n培训班次\n\n4期\n\n已完成',
      '\n\n质量指标\n\n合格率\n\n100%\n\n已完成',
      '效益指标\n\n社会效益\n\n受益人数\n\n≥300人\n\n未完成',
    ].join('\n\n');
    const [t] = tables(text);
    expect(t?.rows.slice(1)).toEqual([
      ['产出指标', '数量指标', '培训班次', '4期', '已完成'],
      ['', '质量指标', '合格率', '100%', '已完成'],
      ['效益指标', '社会效益', '受益人数', '≥300人', '未完成'],
    ]);
  });

  it('the header repeated after a page break is dropped, and the table ends at a numbered heading', () => {
    const rows = [...ROWS.slice(0, 2), ROWS[0]!, ...ROWS.slice(2)];
    const blocks = layoutItems(splitSourceLines(`${rows.flat().join('\n')}\n（三）下一节\n正文一段。`));
    const t = blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(t?.rows).toEqual(ROWS);
    expect(blocks.some((b) => b.kind === 'para' && b.text === '（三）下一节')).toBe(true);
  });

  it('an empty header cell (a header spanning two columns) keeps the columns apart', () => {
    const lines = splitSourceLines(
      ['绩效指标', '', '年度目标值', '指标完成率', '产出指标', '数量指标', '≥3次', '100%'].join('\n'),
    );
    const scan = scanCellLines(lines, 0, 30);
    expect(scan?.table.rows).toEqual([
      ['绩效指标', '', '年度目标值', '指标完成率'],
      ['产出指标', '数量指标', '≥3次', '100%'],
    ]);
  });

  it('a number column refuses text: prose after the table is not a row', () => {
    const text = `${ROWS.flat().join('\n')}\n本年度共开展\n义诊活动十五场\n覆盖全部社区\n取得良好效果`;
    expect(tables(text)[0]?.rows).toEqual(ROWS);
  });

  it.each([
    [
      'a header wrapped word by word (two words name one column)',
      '指标\n名称\n预期\n指标\n值\n1\n2\n3\n4\n5',
    ],
    ['fewer than three header words', '指标名称\n目标值\n义诊\n12场'],
    ['header words without a value column', '一级指标\n二级指标\n三级指标\n产出\n数量\n义诊'],
    ['prose lines', '今年工作\n有序推进\n成效明显\n群众满意'],
  ])('no table from %s', (_n, text) => {
    expect(tables(text)).toEqual([]);
  });
});
