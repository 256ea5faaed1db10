import { describe, expect, it } from 'vitest';
import { runLintRule } from '../_context';
import { renderLint } from '../render';
import { buildGoals } from './_build';
import { duplicatesRule } from './duplicates';

describe('duplicates: one indicator once per table', () => {
  it('passes the same name in another unit, and in a project’s own table', () => {
    const doc = buildGoals(
      [
        { name: '市民防疫知晓率', target: '100%' },
        { name: '慰问人次', target: '≥500人次' },
        { name: '慰问人次', target: '≥5万元' },
      ],
      {
        projects: [
          {
            name: '新型冠状病毒肺炎疫情防控工作项目',
            indicators: [{ name: '市民防疫知晓率', target: '100%' }],
          },
        ],
      },
    );
    expect(runLintRule(duplicatesRule, doc)).toEqual([]);
  });

  it('flags a repeat spelled differently (spaces, brackets), pointing at the first', () => {
    const doc = buildGoals([
      { name: '市民防疫知晓率', target: '100%' },
      { name: '垃圾清运达标率', target: '100%' },
      { name: '市民（防疫）知晓率 ', target: '≥95%' },
    ]);
    const found = runLintRule(duplicatesRule, doc);
    expect(found).toMatchObject([
      { code: 'goal_duplicate', path: 'indicators[2].name', expected: 'indicators[0]' },
    ]);
    expect(renderLint(found[0]!)).toBe(
      '指标「市民（防疫）知晓率」（第 3 行）与第 1 行重复：名称和计量单位相同',
    );
  });
});
