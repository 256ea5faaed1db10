import { describe, expect, it } from 'vitest';
import { formatPath, getIn, normalizePath, parsePath, pathPrefixes, setIn } from './paths';

describe('paths', () => {
  it.each([
    ['indicators[3].actual', ['indicators', 3, 'actual']],
    ['indicators.3.actual', ['indicators', 3, 'actual']],
    ['finance.income[0].budget', ['finance', 'income', 0, 'budget']],
    ['finance', ['finance']],
  ])('parses %s', (path, keys) => {
    expect(parsePath(path)).toEqual(keys);
  });

  it('formats brackets for indexes and dots for names', () => {
    expect(formatPath(['projects', 2, 'funding', 0, 'budget'])).toBe('projects[2].funding[0].budget');
    expect(normalizePath('management.5.score')).toBe('management[5].score');
  });

  it('lists prefixes longest first', () => {
    expect(pathPrefixes('indicators[3].actual')).toEqual([
      'indicators[3].actual',
      'indicators[3]',
      'indicators',
    ]);
  });

  it('sets a value without touching the original', () => {
    const doc = { indicators: [{ name: 'a', actual: '1' }, { name: 'b' }], year: 2023 };
    const next = setIn(doc, ['indicators', 0, 'actual'], '2');
    expect(next.indicators[0]!.actual).toBe('2');
    expect(doc.indicators[0]!.actual).toBe('1');
    expect(next.indicators[1]).toBe(doc.indicators[1]);
    expect(getIn(next, ['indicators', 0, 'actual'])).toBe('2');
    expect(getIn(next, ['nothing', 1])).toBeUndefined();
  });

  it('creates missing containers', () => {
    expect(setIn({}, ['finance', 'threePublic', 'budget'], 3)).toEqual({
      finance: { threePublic: { budget: 3 } },
    });
  });
});
