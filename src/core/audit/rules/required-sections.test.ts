import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { runRule } from '../_context';
import { requiredSectionsRule } from './required-sections';

describe('required-sections: parts of the report left empty', () => {
  it('a complete report passes', () => {
    const e = buildEvaluation({
      goal: '保障街道正常运转',
      indicators: [{ name: '补偿村集体数量', target: '5个', actual: '5个' }],
      finance: { budget: 1, executed: 1 },
      problems: ['个别绩效指标设置不够精准。'],
      improvements: ['探索符合部门工作特点的评价指标体系。'],
      conclusion: '自评总得分为 94 分，评价等级为“优”。',
    });
    expect(runRule(requiredSectionsRule, e)).toEqual([]);
  });

  it('an empty report names every missing part', () => {
    const f = runRule(requiredSectionsRule, buildEvaluation());
    expect(f.map((x) => x.path)).toEqual([
      'goal',
      'indicators',
      'finance',
      'problems',
      'improvements',
      'conclusion',
    ]);
    expect(f.find((x) => x.path === 'indicators')).toMatchObject({
      severity: 'warning',
      section: '绩效指标',
    });
  });
});
