import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Evaluation, Goals } from '../model';
import { lintRows } from './_rows';
import { calibrateRows, compareWithPeers, departmentKind, historyOf, suggestRange } from './calibrate';

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const xinhua = Goals.parse(read('examples/goals/xinhua-2022.json'));
/** Made-up 2019–2021 (test/fixtures/goals/README.md). */
const history = [2019, 2020, 2021].map((y) => Evaluation.parse(read(`test/fixtures/goals/xinhua-${y}.json`)));
const rows = lintRows(xinhua, { indicators: '绩效指标', projects: '项目' });
const goals = (name: string, year: number, indicators: unknown[], kind?: string) =>
  Goals.parse({ department: { name, kind }, year, indicators });

describe('historyOf', () => {
  it('finds 居民使用场室人次 in the three earlier years, with each year’s target and actual', () => {
    expect(historyOf(rows[13]!, 2022, history)).toEqual([
      { year: 2019, target: '≥25000人次', actual: '13,250人次', targetValue: 25000, actualValue: 13250 },
      { year: 2020, target: '≥28000人次', actual: '8,960人次', targetValue: 28000, actualValue: 8960 },
      { year: 2021, target: '≥28000人次', actual: '12,030人次', targetValue: 28000, actualValue: 12030 },
    ]);
  });

  it('matches by normalised name and unit: another unit is another indicator; only the last years count', () => {
    const row = { ind: { name: '居民使用 场室人次', target: '≥28000', unit: '人次' }, project: null };
    expect(historyOf(row, 2022, history).map((p) => p.year)).toEqual([2019, 2020, 2021]);
    const other = { ind: { name: '居民使用场室人次', target: '≥28000场' }, project: null };
    expect(historyOf(other, 2022, history)).toEqual([]);
    expect(historyOf(row, 2022, history, 1).map((p) => p.year)).toEqual([2021]);
  });

  it('takes the target from a declaration of that year and the actual from its self-evaluation', () => {
    const declared = goals('广州市花都区人民政府新华街道办事处', 2021, [
      { name: '居民使用场室人次', target: '≥30000人次' },
    ]);
    const [, , y2021] = historyOf(rows[13]!, 2022, [...history, declared]);
    expect(y2021).toMatchObject({ target: '≥30000人次', targetValue: 30000, actualValue: 12030 });
  });
});

describe('suggestRange', () => {
  it('居民使用场室人次 after 13,250 / 8,960 / 12,030: from last year’s 12,030 to it plus 10%', () => {
    expect(suggestRange(historyOf(rows[13]!, 2022, history), 'more', '人次')).toEqual({
      low: 12030,
      high: 13233,
      unit: '人次',
    });
  });

  it('a rising trend lifts the high end; a percentage stays within 100%', () => {
    const up = [2019, 2020, 2021].map((year, i) => ({ year, actualValue: [100, 120, 140][i]! }));
    expect(suggestRange(up, 'more', '场')).toEqual({ low: 140, high: 176, unit: '场' });
    const pct = [{ year: 2021, actualValue: 98 }];
    expect(suggestRange(pct, 'more', '%')).toEqual({ low: 98, high: 100, unit: '%' });
  });

  it('less is better: from the lowest less 10% up to last year’s actual; none without a figure', () => {
    const down = [2020, 2021].map((year, i) => ({ year, actualValue: [3, 2][i]! }));
    expect(suggestRange(down, 'less', '%')).toEqual({ low: 0.9, high: 2, unit: '%' });
    expect(suggestRange([{ year: 2021, actualValue: null }], 'more', '场')).toBeNull();
    expect(suggestRange(down, 'range', '%')).toBeNull();
  });

  it('calibrateRows gives every row, with a range only where the past has figures', () => {
    const c = calibrateRows(rows, 2022, history);
    expect(c).toHaveLength(rows.length);
    expect(c.filter((x) => x.suggested).map((x) => x.name)).toEqual([
      '开展讲座、活动次数',
      '村干部补助人数',
      '重要节日慰问人次',
      '居民使用场室人次',
      '城中村清洁覆盖率',
    ]);
  });
});

describe('compareWithPeers: 街道 against 街道', () => {
  const peers = [
    goals('广州市海珠区人民政府南洲街道办事处', 2022, [{ name: '居民使用场室人次', target: '≥12000人次' }]),
    goals('广州市花都区人民政府秀全街道办事处', 2022, [{ name: '居民使用场室人次', target: '≥15000人次' }]),
    goals('广州市花都区人民政府新雅街道办事处', 2022, [{ name: '居民使用场室人次', target: '≥9000人次' }]),
    goals('广州市花都区人民政府新雅街道办事处', 2021, [{ name: '居民使用场室人次', target: '≥99000人次' }]),
    goals('广州市花都区炭步镇人民政府', 2022, [{ name: '居民使用场室人次', target: '≥50000人次' }]),
    goals('广州市花都区人民政府新华街道办事处', 2022, [{ name: '居民使用场室人次', target: '≥1人次' }]),
  ];

  it('the same indicator in the other 街道 that year: median 12,000, range 9,000–15,000', () => {
    const c = compareWithPeers(xinhua, peers).find((x) => x.name === '居民使用场室人次');
    expect(c).toMatchObject({ target: 28000, median: 12000, min: 9000, max: 15000, unit: '人次' });
    expect(c?.peers).toHaveLength(3);
  });

  it('reads the kind from the name, or as declared', () => {
    expect(departmentKind({ name: '广州市海珠区人民政府南洲街道办事处' })).toBe('街道');
    expect(departmentKind({ name: '广州市花都区炭步镇人民政府' })).toBe('镇');
    expect(departmentKind({ name: '广州市海珠区教育局', kind: '局' })).toBe('局');
    expect(departmentKind({ name: '广州市海珠区教育局' })).toBeNull();
  });

  it('an indicator no peer has: no median', () => {
    expect(compareWithPeers(xinhua, peers)[0]).toMatchObject({
      peers: [],
      median: null,
      min: null,
      max: null,
    });
  });
});
