import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Evaluation } from '../../model';
import { runLintRule } from '../_context';
import { renderLint } from '../render';
import { DEFAULT_LINT_THRESHOLDS } from '../thresholds';
import { buildGoals } from './_build';
import { tooHardRule } from './too-hard';

/** The made-up 2019–2021 of 新华街道 (test/fixtures/goals/README.md). */
const history = [2019, 2020, 2021].map((y) =>
  Evaluation.parse(JSON.parse(readFileSync(`test/fixtures/goals/xinhua-${y}.json`, 'utf8'))),
);

describe('too-hard: a target within reach of the last years’ actuals', () => {
  it('passes ≥100场 against 88, 72, 95 and 461人 against 461', () => {
    const doc = buildGoals([
      { name: '开展讲座、活动次数', target: '≥100场' },
      { name: '村干部补助人数', target: '461人' },
    ]);
    expect(runLintRule(tooHardRule, doc, { history })).toEqual([]);
  });

  it('flags seed 003’s ≥28000人次 against 13,250 / 8,960 / 12,030', () => {
    const doc = buildGoals([{ name: '居民使用场室人次', target: '≥28000人次' }]);
    const found = runLintRule(tooHardRule, doc, { history });
    expect(found).toMatchObject([{ code: 'goal_too_hard', path: 'indicators[0].target', expected: 13250 }]);
    expect(renderLint(found[0]!)).toBe(
      '指标「居民使用场室人次」：目标 ≥28000人次，超过近年实际完成最高值 13250人次 的 150%（2019、2020、2021 年：13,250人次、8,960人次、12,030人次），目标值设置偏高',
    );
  });

  it('the ratio is data: at 2.5 times the best, 28,000 is within reach', () => {
    const doc = buildGoals([{ name: '居民使用场室人次', target: '≥28000人次' }]);
    const thresholds = { ...DEFAULT_LINT_THRESHOLDS, tooHardRatio: 2.5 };
    expect(runLintRule(tooHardRule, doc, { history, thresholds })).toEqual([]);
  });

  it('less is better: ≤0.1% against 2%, 3%', () => {
    const past = [2020, 2021].map((year, i) =>
      Evaluation.parse({
        department: { name: '新华街道办事处' },
        year,
        rubric: 'gz-dept-2022',
        indicators: [{ name: '投诉发生率', target: '≤5%', actual: ['2%', '3%'][i] }],
      }),
    );
    const doc = buildGoals([{ name: '投诉发生率', target: '≤0.1%' }]);
    expect(runLintRule(tooHardRule, doc, { history: past })).toMatchObject([
      { params: { direction: 'less', best: 2 } },
    ]);
    expect(
      runLintRule(tooHardRule, buildGoals([{ name: '投诉发生率', target: '≤2%' }]), { history: past }),
    ).toEqual([]);
  });
});

describe('too-hard: units', () => {
  it('does not compare a target in another unit than the row’s 计量单位 (2.8 万人次 is no 2.8 人次)', () => {
    const doc = buildGoals([{ name: '居民使用场室人次', target: '≥2.8万人次', unit: '人次' }]);
    expect(runLintRule(tooHardRule, doc, { history })).toEqual([]);
    const same = buildGoals([{ name: '居民使用场室人次', target: '≥28000', unit: '人次' }]);
    expect(runLintRule(tooHardRule, same, { history })).toMatchObject([{ code: 'goal_too_hard' }]);
  });
});
