import { describe, expect, it } from 'vitest';
import { runLintRule } from '../_context';
import { renderLint } from '../render';
import { buildGoals } from './_build';
import { quantitativeTargetRule } from './quantitative-target';

describe('quantitative-target: a 定量 target states a figure and a unit', () => {
  it('passes ≥500人次, and 100 with 计量单位 %', () => {
    const doc = buildGoals([
      { name: '重要节日慰问人次', target: '≥500人次', valueType: '定量' },
      { name: '垃圾清运达标率', target: '100', unit: '%', valueType: '定量' },
    ]);
    expect(runLintRule(quantitativeTargetRule, doc)).toEqual([]);
  });

  it('flags 进一步提升 as no figure (error) and a bare 500 as no unit', () => {
    const doc = buildGoals([
      { name: '服务水平', target: '进一步提升', valueType: '定量' },
      { name: '重要节日慰问人次', target: '500', valueType: '定量' },
    ]);
    const found = runLintRule(quantitativeTargetRule, doc);
    expect(found).toMatchObject([
      {
        code: 'goal_quantity_no_figure',
        severity: 'error',
        path: 'indicators[0].target',
        principle: '指标应可衡量（SMART）',
      },
      { code: 'goal_quantity_no_unit', path: 'indicators[1].unit' },
    ]);
    expect(renderLint(found[0]!)).toBe(
      '指标「服务水平」为定量指标，但目标值「进一步提升」中没有可衡量的数值',
    );
  });
});
