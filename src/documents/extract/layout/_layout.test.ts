import { describe, expect, it } from 'vitest';
import { buildParagraphs, layoutItems } from './_layout';
import { splitSourceLines } from './_lines';

const layout = (text: string) => layoutItems(splitSourceLines(text));

describe('text tables', () => {
  it('reads tab-separated rows and drops the header repeated after a page break', () => {
    const blocks = layout(
      '资金来源\t年度预算数\t执行数\n甲经费\t1.00\t1.00\n\n资金来源\t年度预算数\t执行数\n乙经费\t2.00\t2.00\n合计\t3.00\t3.00',
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({
      kind: 'table',
      source: 'tab',
      rows: [
        ['资金来源', '年度预算数', '执行数'],
        ['甲经费', '1.00', '1.00'],
        ['乙经费', '2.00', '2.00'],
        ['合计', '3.00', '3.00'],
      ],
    });
  });

  it('reads markdown pipe tables', () => {
    const [t] = layout('| 指标名称 | 目标值 |\n| --- | --- |\n| 满意度 | ≥90% |');
    expect(t).toMatchObject({
      kind: 'table',
      source: 'pipe',
      rows: [
        ['指标名称', '目标值'],
        ['满意度', '≥90%'],
      ],
    });
  });

  it('removes spaces a wrapped cell left between CJK characters, keeps them around numbers', () => {
    const [t] = layout('指标名称\t年度指标值\n补偿土地面积数 量\t1000 平 方米');
    expect(t).toMatchObject({
      rows: [
        ['指标名称', '年度指标值'],
        ['补偿土地面积数量', '1000 平方米'],
      ],
    });
  });
});

describe('paragraphs', () => {
  it('joins a paragraph broken by a page break, and starts a new one at a heading number', () => {
    const paras = layout(
      '一、部门基本情况\n统筹推进“两新”组织党\n\n建工作。负责思想政治工作。\n（一）部门职能',
    );
    expect(paras.map((p) => (p.kind === 'para' ? p.text : ''))).toEqual([
      '一、部门基本情况',
      '统筹推进“两新”组织党建工作。负责思想政治工作。',
      '（一）部门职能',
    ]);
  });

  it('drops page numbers and markdown marks', () => {
    const paras = layout('— 3 —\n## **四、下一步改进措施**\n第 2 页');
    expect(paras).toEqual([expect.objectContaining({ text: '四、下一步改进措施', heading: 2 })]);
  });

  it('in wrapped text, joins full lines that end a sentence and splits after a short one', () => {
    const line = (s: string) => ({ kind: 'line' as const, text: s, origin: {} });
    const lines = [
      '总体来看，部门整体支出科学高效、合法合规，资金安排',
      '分配合理。但仍存在一些问题：一是考核体系不够完善。',
      '二是预算精细化管理有待提升。',
      '四、下一步改进措施',
      ...new Array(8).fill('部门整体绩效目标设置应立足于部门当年项目建设计划，'),
    ].map(line);
    const paras = buildParagraphs(lines, 26, true);
    expect(paras[0]?.text).toBe(
      '总体来看，部门整体支出科学高效、合法合规，资金安排分配合理。但仍存在一些问题：一是考核体系不够完善。二是预算精细化管理有待提升。',
    );
    expect(paras[1]?.text).toBe('四、下一步改进措施');
  });
});
