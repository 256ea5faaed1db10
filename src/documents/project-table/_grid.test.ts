import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildXinhuaProjects } from '../../../test/fixtures/projects/table/xinhua';
import { type ProjectEvaluation, ProjectEvaluation as Schema } from '../../core/model';
import { renderProjectGrid } from './_grid';
import { COLUMN_COUNT, type GridRow } from './layout';
import { scoreForTable } from './many';
import { shownValue, writeProjectTableDocx } from './write-docx';

const [CHANGSHOU, COVID] = buildXinhuaProjects() as [ProjectEvaluation, ProjectEvaluation];
const rows = (g: GridRow[], role: GridRow['role']) => g.filter((r) => r.role === role);
const at = (r: GridRow | undefined, col: number) => r?.cells.find((c) => c.col === col);

describe('renderProjectGrid: the layout filled in', () => {
  const grid = renderProjectGrid(CHANGSHOU, scoreForTable(CHANGSHOU));

  it('every row covers the nine columns exactly once, spans included', () => {
    const covered = grid.map(() => new Set<number>());
    grid.forEach((row, r) => {
      for (const c of row.cells)
        for (let dr = 0; dr < c.rowSpan; dr++)
          for (let dc = 0; dc < c.colSpan; dc++) {
            const set = covered[r + dr] as Set<number>;
            expect(set.has(c.col + dc)).toBe(false);
            set.add(c.col + dc);
          }
    });
    expect(covered.map((s) => s.size)).toEqual(grid.map(() => COLUMN_COUNT));
  });

  it('one row per source of funds, 其中 before the first; 分值 and 得分 only on 年度资金总额', () => {
    const sources = rows(grid, 'fundsSource');
    expect(sources.map((r) => at(r, 2)?.value)).toEqual([
      '其中：长者长寿保健金市级财政资助经费',
      '花都区长者长寿保健金经费',
      '民政事务经费',
    ]);
    expect(sources.map((r) => at(r, 7)?.value)).toEqual(['—', '—', '—']);
    const total = rows(grid, 'fundsTotal')[0];
    expect([at(total, 5)?.value, at(total, 6)?.value, at(total, 7)?.value, at(total, 8)?.value]).toEqual([
      809.28, 809.28, 10, 1,
    ]);
    expect(at(rows(grid, 'fundsHeader')[0], 1)).toMatchObject({ value: '项目资金（万元）', rowSpan: 5 });
  });

  it('merges 一级 and 二级 down over equal neighbours only, 二级 within its 一级', () => {
    const inds = rows(grid, 'indicator');
    // 产出/数量, 产出/时效, 效益/社会效益, 产出/质量, 产出/质量, 满意度/服务对象满意度
    expect(inds.map((r) => at(r, 2)?.rowSpan ?? 0)).toEqual([2, 0, 1, 2, 0, 1]);
    expect(inds.map((r) => at(r, 3)?.rowSpan ?? 0)).toEqual([1, 1, 1, 2, 0, 1]);
  });

  it('prints empty, not 0, what is not scored; an unknown rubric says so', () => {
    const covid = renderProjectGrid(COVID, scoreForTable(COVID));
    expect(at(rows(covid, 'total')[0], 8)?.value).toBeNull();
    expect(rows(covid, 'indicator').map((r) => at(r, 8)?.value)).toEqual([
      null,
      16.67,
      null,
      16.67,
      15,
      null,
    ]);
    const unknown = Schema.parse({ ...COVID, rubric: 'no-such-rubric' });
    const g = renderProjectGrid(unknown, scoreForTable(unknown));
    expect(at(rows(g, 'total')[0], 9)?.value).toBe('评分标准未收录');
    expect(at(rows(g, 'rubric')[0], 2)?.value).toBe('no-such-rubric');
    expect(at(rows(g, 'fundsTotal')[0], 9)?.value).toBeNull();
  });

  it.each([
    [{ kind: 'amount', value: 1287.98 }, '1,287.98'],
    [{ kind: 'amount', value: 809.283456 }, '809.28'],
    [{ kind: 'percent', value: 0.9956 }, '99.56%'],
    [{ kind: 'score', value: 16.67 }, '16.67'],
    [{ kind: 'score', value: 10 }, '10.00'],
    [{ kind: 'score', value: null }, ''],
  ] as const)('the .docx shows %j as %s', (c, text) => {
    expect(shownValue(c)).toBe(text);
  });
});

describe('writeProjectTableDocx', () => {
  it('one table with the spans of the layout, in the departmental report fonts', async () => {
    const zip = await JSZip.loadAsync(await writeProjectTableDocx(CHANGSHOU, scoreForTable(CHANGSHOU)));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
    expect(xml).toContain('<w:gridSpan w:val="9"/>');
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toMatch(/w:eastAsia="黑体"/);
    expect(xml).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
  });
});
