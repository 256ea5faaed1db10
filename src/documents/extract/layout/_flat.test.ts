import { describe, expect, it } from 'vitest';
import { layoutItems } from './_layout';
import { splitSourceLines } from './_lines';
import type { TableBlock } from './_model';

/** A made-up indicator table as a PDF-to-text tool leaves it: one cell per line, wrapped, with a page break. */
const FLAT = `（一）数量指标。本年度设置数量指标 4 个，完成情况详见下表，各项指标均已按计划完成。
序
号
指标
名称
年度
目标值
实际完成值
1
道路清扫保
洁覆盖率
100%
全年完成主次干道清扫保洁，
覆盖率达到 100%。
2
公共厕所管
护数量
≥20
座
全年管护公共厕所 22 座，每
日巡查两次，保洁及时到位。
3 路灯亮灯率 ≥98% 全年路灯亮灯率 99.2%。
4
辖区绿化养
护面积完成
 序
号
指标
名称
年度
目标值
实际完成值
率
进一
步提
高
全年养护绿地 12.6 万平方米，
较上年增加 0.8 万平方米。
（二）质量指标。本年度设置质量指标 1 个，完成情况详见下表，各项指标均已完成。`;

function tables(text: string): TableBlock[] {
  return layoutItems(splitSourceLines(text)).filter((b): b is TableBlock => b.kind === 'table');
}

describe('flattened tables (one cell per line)', () => {
  const [t] = tables(FLAT);

  it('reads the header split over lines and one row per sequence number', () => {
    expect(t?.source).toBe('flat');
    expect(t?.rows[0]).toEqual(['序号', '指标名称', '年度目标值', '实际完成值']);
    expect(t?.rows.map((r) => r[0])).toEqual(['序号', '1', '2', '3', '4']);
  });

  it('joins cells wrapped mid-word and keeps short values in their column', () => {
    expect(t?.rows[1]).toEqual([
      '1',
      '道路清扫保洁覆盖率',
      '100%',
      '全年完成主次干道清扫保洁，覆盖率达到 100%。',
    ]);
    expect(t?.rows[2]?.slice(1, 3)).toEqual(['公共厕所管护数量', '≥20座']);
  });

  it('splits cells that share one line', () => {
    expect(t?.rows[3]).toEqual(['3', '路灯亮灯率', '≥98%', '全年路灯亮灯率 99.2%。']);
  });

  it('continues a row after the header repeated at a page break', () => {
    expect(t?.rows[4]).toEqual([
      '4',
      '辖区绿化养护面积完成率',
      '进一步提高',
      '全年养护绿地 12.6 万平方米，较上年增加 0.8 万平方米。',
    ]);
  });

  it('ends the table at the next numbered heading', () => {
    const blocks = layoutItems(splitSourceLines(FLAT));
    expect(blocks[blocks.length - 1]).toMatchObject({
      kind: 'para',
      text: expect.stringMatching(/^（二）质量指标/),
    });
  });

  it('does not take numbered text for a table without a header', () => {
    expect(tables('序言\n1\n第一段\n2\n第二段')).toEqual([]);
  });
});
