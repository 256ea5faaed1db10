import { describe, expect, it } from 'vitest';
import { runLintRule } from '../_context';
import { renderLint } from '../render';
import { buildGoals } from './_build';
import { longTermRule } from './long-term';

describe('long-term: no long-term goal as the year’s target', () => {
  it('passes annual targets, and 到2022年底 in a 2022 declaration', () => {
    const doc = buildGoals([
      { name: '开展讲座、活动次数', target: '≥100场' },
      { name: '历史征地项目清理', target: '到2022年底全部清理' },
    ]);
    expect(runLintRule(longTermRule, doc)).toEqual([]);
  });

  it('flags 到2025年 and 持续 in a target, and 长期 in a name', () => {
    const doc = buildGoals([
      { name: '城乡环境面貌', target: '到2025年全面提升' },
      { name: '社区参与', target: '持续提升' },
      { name: '长期护理服务覆盖', target: '100%' },
    ]);
    const found = runLintRule(longTermRule, doc);
    expect(found.map((f) => [f.path, f.params.word])).toEqual([
      ['indicators[0].target', '到2025年'],
      ['indicators[1].target', '持续'],
      ['indicators[2].name', '长期'],
    ]);
    expect(renderLint(found[0]!)).toBe(
      '指标「城乡环境面貌」：「到2025年全面提升」含「到2025年」，是长期目标，不宜作为 2022 年度指标',
    );
  });
});
