import { describe, expect, it } from 'vitest';
import { type Block, h1, h2, h3, p, type TableBlock } from './_blocks';
import { numberReport, tableMark } from './_numbering';

const table = (n: number, title: string): TableBlock => ({
  kind: 'table',
  number: tableMark(n),
  title,
  columns: [{ header: '项目', width: 1 }],
  rows: [{ cells: [{ text: `见${tableMark(n)}` }] }],
});
const heads = (bs: Block[]) => bs.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));

describe('numberReport', () => {
  it('leaves out headings whose section holds nothing, then numbers the rest within their parents', () => {
    const out = numberReport([
      h1('部门基本情况'),
      h2('部门职能'), // empty: left out
      h2('年度总体工作和重点工作任务'),
      h3('年度总体工作'), // empty: left out
      h3('重点工作任务'),
      p('年初设置重点工作任务 3 项。'),
      h1('空的一章'), // empty with an empty child: both left out
      h2('空的一节'),
      h1('绩效自评情况'),
      h2('自评结论'),
      p('…'),
    ]);
    expect(heads(out)).toEqual([
      '一、部门基本情况',
      '（一）年度总体工作和重点工作任务',
      '1.重点工作任务',
      '二、绩效自评情况',
      '（一）自评结论',
    ]);
  });

  it('numbers tables per chapter as they come and writes the number wherever the table is cited', () => {
    const out = numberReport([
      h1('部门职能为空的一章'),
      h1('部门基本情况'),
      p(`主要职责见${tableMark(1)}，收入见${tableMark(2)}。`),
      table(1, '部门主要职责'),
      table(2, '部门总收入统计表'),
      h1('绩效自评情况'),
      p(`得分情况见${tableMark(3)}。`),
      table(3, '得分情况'),
    ]);
    const tables = out.filter((b): b is TableBlock => b.kind === 'table');
    expect(tables.map((t) => t.number)).toEqual(['表 1-1', '表 1-2', '表 2-1']);
    expect(tables.map((t) => t.rows[0]?.cells[0]?.text)).toEqual(['见表 1-1', '见表 1-2', '见表 2-1']);
    const paras = out.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(paras).toEqual(['主要职责见表 1-1，收入见表 1-2。', '得分情况见表 2-1。']);
  });
});
