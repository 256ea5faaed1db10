import { describe, expect, it } from 'vitest';
import { runLintRule } from '../_context';
import { renderLint } from '../render';
import { buildGoals } from './_build';
import { qualitativeCriteriaRule } from './qualitative-criteria';

describe('qualitative-criteria: a 定性 target has its 评(扣)分标准', () => {
  it('passes a 定性 target with its criteria, and a figure with no type', () => {
    const doc = buildGoals([
      {
        name: '历史遗留问题解决情况',
        target: '逐步解决',
        valueType: '定性',
        scoring: '全部解决得满分，部分解决得一半',
      },
      { name: '垃圾清运达标率', target: '100%' },
    ]);
    expect(runLintRule(qualitativeCriteriaRule, doc)).toEqual([]);
  });

  it('flags 定性 without criteria, and words with no type declared', () => {
    const doc = buildGoals([
      { name: '群众获得感', target: '明显提升', valueType: '定性' },
      { name: '服务水平', target: '进一步提升' },
    ]);
    const found = runLintRule(qualitativeCriteriaRule, doc);
    expect(found.map((f) => f.path)).toEqual(['indicators[0].scoring', 'indicators[1].scoring']);
    expect(renderLint(found[0]!)).toBe(
      '指标「群众获得感」为定性指标（目标「明显提升」），未填写评(扣)分标准',
    );
  });
});
