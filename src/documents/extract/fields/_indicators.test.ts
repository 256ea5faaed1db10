import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../layout/_model';
import { readIndicatorTable } from './_indicators';

const table = (rows: string[][], anchor: TableBlock['anchor'] = 'unknown'): TableBlock => ({
  kind: 'table',
  rows,
  origin: { line: 1 },
  anchor,
  source: 'tab',
});
const levels = (t: TableBlock) =>
  readIndicatorTable(t).indicators.map((i) => [i.level1 ?? null, i.level2 ?? null, i.name]);

describe('readIndicatorTable', () => {
  it('fills labels written in the first row of their span down (and a 二级 label in the 一级 column moves)', () => {
    const t = table([
      ['绩效指标', '', '年度目标值', '年度实现值', '指标完成率', ''],
      ['产出指标', '数量指标', '甲', '=100%', '100%', '100%'],
      ['', '', '乙', '=100%', '100%', '100%'],
      ['效益指标', '社会效益', '丙', '提升', '提升', '100%'],
      ['生态效益', '', '丁', '改善', '改善', '100%'],
    ]);
    expect(levels(t)).toEqual([
      ['产出指标', '数量指标', '甲'],
      ['产出指标', '数量指标', '乙'],
      ['效益指标', '社会效益', '丙'],
      ['效益指标', '生态效益', '丁'],
    ]);
    expect(readIndicatorTable(t).indicators[0]).toMatchObject({
      target: '=100%',
      actual: '100%',
      completion: '100%',
    });
  });

  it('spreads labels written beside the middle row of their span, fragments joined', () => {
    const t = table([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '年度完成值', '完成情况'],
      ['', '', 'a1', '1', '1', '已完成'],
      ['产出指标', '数量 指标', 'a2', '1', '1', '已完成'],
      ['', '', 'a3', '1', '1', '已完成'],
      ['', '时效指标', 'a4', '1', '1', '已完成'],
      ['', '社会', 'b1', '1', '1', '已完成'],
      ['效益 指标', '指标', 'b2', '1', '0', '未完成'],
      ['满意 度', 'c1', '0次', '无投诉', '已完成'],
    ]);
    expect(levels(t)).toEqual([
      ['产出指标', '数量指标', 'a1'],
      ['产出指标', '数量指标', 'a2'],
      ['产出指标', '数量指标', 'a3'],
      ['产出指标', '时效指标', 'a4'],
      ['效益指标', '社会指标', 'b1'],
      ['效益指标', '社会指标', 'b2'],
      ['效益指标', '满意度', 'c1'],
    ]);
    expect(readIndicatorTable(t).indicators[5]).toMatchObject({ status: '未完成', actual: '0' });
    // placed by position, not read: the reader says so
    expect(readIndicatorTable(t).warnings.map((w) => w.code)).toEqual(['extract_levels_spread']);
  });

  it('takes levels from the headings above a table without level columns', () => {
    const t = table([
      ['序号', '指标名称', '预期指标值', '实际完成值'],
      ['1', '保证日常运转', '100%', '—'],
    ]);
    const r = readIndicatorTable(t, { level1: '效益指标', level2: '社会效益指标' });
    expect(r.indicators).toEqual([
      { name: '保证日常运转', level1: '效益指标', level2: '社会效益指标', target: '100%' },
    ]);
  });

  it('keeps merged (filled) cells as they are', () => {
    const t = table(
      [
        ['一级指标', '二级指标', '三级指标', '年度指标值'],
        ['产出指标', '数量指标', 'x', '1个'],
        ['产出指标', '质量指标', 'y', '100%'],
      ],
      'filled',
    );
    expect(levels(t)).toEqual([
      ['产出指标', '数量指标', 'x'],
      ['产出指标', '质量指标', 'y'],
    ]);
  });

  it('warns about a row without a name', () => {
    const r = readIndicatorTable(
      table([
        ['指标名称', '目标值'],
        ['', '100%'],
      ]),
    );
    expect(r.indicators).toEqual([]);
    expect(r.warnings[0]?.code).toBe('extract_table_row');
  });
});
