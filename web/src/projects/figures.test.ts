import { describe, expect, it } from 'vitest';
import type { ProjectListRow } from '../api';
import { compareNullable, coverageText, distributionOption, percentText, searchRows } from './figures';

const row = (name: string, code: string | null = null): ProjectListRow => ({
  id: 1,
  name,
  code,
  category: null,
  owner: null,
  budget: null,
  executed: null,
  executionRate: null,
  total: null,
  grade: null,
  status: 'draft',
  version: 1,
  unmet: [],
});

describe('project list figures', () => {
  it.each([
    [{ projects: 228, scored: 0, rate: 0 }, '0%'],
    [{ projects: 228, scored: 1, rate: 0.44 }, '0.44%'],
    [{ projects: 228, scored: 228, rate: 100 }, '100%'],
    [{ projects: 0, scored: 0, rate: null }, '—'],
  ])('coverage %j reads %s', (c, text) => {
    expect(coverageText(c)).toBe(text);
  });

  it('prints rates to 2 decimals, half up on the decimal value', () => {
    expect(percentText(89.995)).toBe('90.00%');
    expect(percentText(null)).toBe('—');
  });

  it('finds rows by name or code, spaces and full-width characters ignored', () => {
    const rows = [row('长者长寿保健金项目', 'ZX-001'), row('环境卫生保洁服务', 'ZX-002')];
    expect(searchRows(rows, '长者 长寿').map((r) => r.name)).toEqual(['长者长寿保健金项目']);
    expect(searchRows(rows, 'ＺＸ-002').map((r) => r.name)).toEqual(['环境卫生保洁服务']);
    expect(searchRows(rows, '  ')).toHaveLength(2);
    expect(searchRows(rows, '疫情')).toHaveLength(0);
  });

  it('sorts blanks before every number, so descending puts them last', () => {
    expect([3, null, 1].sort(compareNullable)).toEqual([null, 1, 3]);
  });

  it('draws one bar per grade with its count', () => {
    const o = distributionOption({ 优: 5, 良: 2, 中: 0, 差: 1 }) as {
      xAxis: { data: string[] };
      series: { data: { name: string; value: number }[] }[];
    };
    expect(o.xAxis.data).toEqual(['优', '良', '中', '差']);
    expect(o.series[0]!.data.map((d) => d.value)).toEqual([5, 2, 0, 1]);
  });
});
