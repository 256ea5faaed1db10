import { describe, expect, it } from 'vitest';
import { runLintRule } from '../_context';
import { renderLint } from '../render';
import { buildGoals } from './_build';
import { costUnitRule } from './cost-unit';

describe('cost-unit: a cost indicator is measured in money', () => {
  it('passes 万元 in the target, 元/人 as 计量单位, and a count that is no cost', () => {
    const doc = buildGoals([
      { level1: '成本指标', level2: '经济成本指标', name: '保洁服务费', target: '≤120万元' },
      { level1: '产出指标', level2: '成本指标', name: '人均补助标准', target: '≤300', unit: '元/人' },
      { level1: '产出指标', level2: '数量指标', name: '村干部补助人数', target: '461人' },
    ]);
    expect(runLintRule(costUnitRule, doc)).toEqual([]);
  });

  it('flags a cost indicator in % and one with no unit', () => {
    const doc = buildGoals([
      { level1: '成本指标', level2: '经济成本指标', name: '预算控制率', target: '≤100%' },
      { level1: '成本指标', level2: '经济成本指标', name: '保洁服务费', target: '控制在预算内' },
    ]);
    const found = runLintRule(costUnitRule, doc);
    expect(found.map((f) => f.path)).toEqual(['indicators[0].unit', 'indicators[1].unit']);
    expect(renderLint(found[0]!)).toBe(
      '指标「预算控制率」为成本指标，计量单位「%」，应以货币计量（元、万元、亿元、千元）',
    );
  });
});
