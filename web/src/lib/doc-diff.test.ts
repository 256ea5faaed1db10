import { describe, expect, it } from 'vitest';
import nanzhou from '../../../examples/nanzhou-2023.json' with { type: 'json' };
import { applyChanges, conflictRows, diffDocs, summarizeValue } from './doc-diff';
import { setIn } from './paths';

describe('diffDocs', () => {
  it('finds nothing between a document and itself', () => {
    expect(diffDocs(nanzhou, structuredClone(nanzhou))).toEqual([]);
  });

  it('names the one field that changed', () => {
    const next = setIn(nanzhou, ['indicators', 3, 'actual'], '80%');
    expect(diffDocs(nanzhou, next)).toEqual([
      { path: 'indicators[3].actual', before: nanzhou.indicators[3]!.actual, after: '80%' },
    ]);
  });

  it('treats null and a missing key alike', () => {
    expect(diffDocs({ a: null }, {})).toEqual([]);
  });

  it('reports a list whose length changed as one change', () => {
    const d = diffDocs({ problems: ['a'] }, { problems: ['a', 'b'] });
    expect(d).toEqual([{ path: 'problems', before: ['a'], after: ['a', 'b'] }]);
  });

  it('merges chosen changes onto the other version', () => {
    const mine = setIn(setIn(nanzhou, ['year'], 2024), ['conclusion'], '我的结论');
    const theirs = setIn(nanzhou, ['overview'], '他人修改');
    const chosen = diffDocs(theirs, mine).filter((c) => c.path !== 'overview');
    const merged = applyChanges(theirs, chosen);
    expect(merged.year).toBe(2024);
    expect(merged.conclusion).toBe('我的结论');
    expect(merged.overview).toBe('他人修改');
  });

  it('summarizes values in Chinese', () => {
    expect(summarizeValue(null)).toBe('（空）');
    expect(summarizeValue([1, 2])).toBe('共 2 项');
    expect(summarizeValue({ name: '指标甲' })).toBe('「指标甲」');
  });
});

describe('conflictRows', () => {
  it('tells which side changed each differing field', () => {
    const base = { year: 2023, overview: 'a', conclusion: 'c' };
    const mine = { year: 2024, overview: 'a', conclusion: 'mine' };
    const theirs = { year: 2023, overview: 'b', conclusion: 'theirs' };
    expect(conflictRows(base, mine, theirs)).toEqual([
      { path: 'year', mine: 2024, theirs: 2023, mineChanged: true, theirsChanged: false },
      { path: 'overview', mine: 'a', theirs: 'b', mineChanged: false, theirsChanged: true },
      { path: 'conclusion', mine: 'mine', theirs: 'theirs', mineChanged: true, theirsChanged: true },
    ]);
  });
});

describe('typed text not yet a number', () => {
  it('is one change, merged whole, never split at the dots of its keys', () => {
    const a = { finance: { budget: null }, drafts: { 'finance.budget': '-500' } };
    const b = {
      finance: { budget: null },
      drafts: { 'finance.budget': 'abc', 'finance.income[0].budget': 'x' },
    };
    const changes = diffDocs(a, b);
    expect(changes).toEqual([{ path: 'drafts', before: a.drafts, after: b.drafts }]);
    expect(applyChanges(a, changes)).toEqual(b);
  });
});
