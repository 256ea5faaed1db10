import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LINT_THRESHOLDS, LintThresholdsError, parseLintThresholds } from './thresholds';

const data = JSON.parse(readFileSync('src/rubrics/lint/guangzhou.json', 'utf8'));

describe('lint thresholds as data', () => {
  it('loads the Guangzhou file', () => {
    expect(DEFAULT_LINT_THRESHOLDS).toMatchObject({ id: 'guangzhou', historyYears: 3, tooHardRatio: 1.5 });
  });

  it.each([
    [{ ...data, tooHardRatio: 0.5 }, 'tooHardRatio'],
    [{ ...data, extra: 1 }, 'extra'],
    [{ ...data, longTermPatterns: ['到(\\d{4}年'] }, 'longTermPatterns[0]: 不是有效的正则表达式'],
    [{ ...data, levelOfName: [{ level: '满意度', patterns: [], note: 'x' }] }, 'levelOfName[0]'],
  ])('refuses a bad file, naming the file and the path (%#)', (bad, where) => {
    expect(() => parseLintThresholds(bad, 'x.json')).toThrow(LintThresholdsError);
    expect(() => parseLintThresholds(bad, 'x.json')).toThrow(`x.json: ${where}`);
  });
});
