import { describe, expect, it } from 'vitest';
import { Evaluation } from '../../model';
import { runLintRule } from '../_context';
import { renderLint } from '../render';
import { buildGoals } from './_build';
import { tooEasyRule } from './too-easy';

const lastYear = (indicators: unknown[], year = 2021) =>
  Evaluation.parse({ department: { name: '新华街道办事处' }, year, rubric: 'gz-dept-2022', indicators });

describe('too-easy: a target no weaker than last year’s actual', () => {
  const history = [
    lastYear([
      { name: '开展讲座、活动次数', target: '≥100场', actual: '134场' },
      { name: '投诉发生率', target: '≤1%', actual: '0.2%' },
    ]),
  ];

  it('passes targets at or beyond last year’s actual, and any target without last year', () => {
    const doc = buildGoals([
      { name: '开展讲座、活动次数', target: '≥134场' },
      { name: '投诉发生率', target: '≤0.2%' },
    ]);
    expect(runLintRule(tooEasyRule, doc, { history })).toEqual([]);
    const weak = buildGoals([{ name: '开展讲座、活动次数', target: '≥100场' }]);
    expect(runLintRule(tooEasyRule, weak)).toEqual([]);
    expect(runLintRule(tooEasyRule, weak, { history: [{ ...history[0]!, year: 2019 }] })).toEqual([]);
  });

  it('flags ≥100场 after 134 done, and ≤1% after 0.2% (less is better)', () => {
    const doc = buildGoals([
      { name: '开展讲座、活动次数', target: '≥100场' },
      { name: '投诉发生率', target: '≤1%' },
    ]);
    const found = runLintRule(tooEasyRule, doc, { history });
    expect(found.map((f) => [f.path, f.expected])).toEqual([
      ['indicators[0].target', 134],
      ['indicators[1].target', 0.2],
    ]);
    expect(renderLint(found[0]!)).toBe(
      '指标「开展讲座、活动次数」：目标 ≥100场 不及上年（2021 年）实际完成 134场，目标值设置偏低',
    );
    expect(renderLint(found[1]!)).toBe(
      '指标「投诉发生率」：目标 ≤1% 不及上年（2021 年）实际完成 0.2%，目标值设置过宽',
    );
  });

  it('ignores another department’s history', () => {
    const doc = buildGoals([{ name: '开展讲座、活动次数', target: '≥100场' }]);
    const other = { ...history[0]!, department: { ...history[0]!.department, name: '南洲街道办事处' } };
    expect(runLintRule(tooEasyRule, doc, { history: [other] })).toEqual([]);
  });
});
