import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { runRule } from '../_context';
import { indicatorCompletionRule } from './indicator-completion';

/** Seed 003, 表 2-3: 完成率 is actual ÷ target, above 100% when the target is beaten. */
const ROWS = [
  {
    name: '70周岁以上长者长寿保健金发放人次数计划完成率',
    target: '95%以上',
    actual: '为年满70周岁的老人发放长寿保健金157327人次，计划完成率100%。',
    completion: '105.26%',
  },
  {
    name: '月度长者长寿保健金镇街发放及时率',
    target: '90%以上',
    actual: '2月于次月3日发放，未达到及时发放要求。月度发放及时率为91.01%。',
    completion: '101. 12%',
  },
  { name: '投诉发生率', target: '≤1%', actual: '投诉发生率为0%。', completion: '100%' },
  { name: '长者满意度', target: '90%', actual: '长者满意度为 100%。', completion: '111.11%' },
];

describe('indicator-completion: stated 完成率 against actual ÷ target', () => {
  it('seed 003: 105.26%, 101.12%, 100%, 111.11% all recompute', () => {
    const e = buildEvaluation({ projects: [{ name: '长者长寿保健金项目', indicators: ROWS }] });
    expect(runRule(indicatorCompletionRule, e)).toEqual([]);
  });

  it('a completion capped at 100% is accepted (seed 000: 96% against ≥90%)', () => {
    const e = buildEvaluation({
      indicators: [
        {
          name: '预算资金使用率',
          target: '预算资金使用率>=90%',
          actual: '预算资金使用率=96%',
          completion: '100%',
        },
      ],
    });
    expect(runRule(indicatorCompletionRule, e)).toEqual([]);
  });

  it('105.62% for 100 ÷ 95 is an error', () => {
    const e = buildEvaluation({
      projects: [{ name: '长者长寿保健金项目', indicators: [{ ...ROWS[0]!, completion: '105.62%' }] }],
    });
    expect(runRule(indicatorCompletionRule, e)).toMatchObject([
      {
        code: 'indicator_completion_mismatch',
        severity: 'error',
        section: '项目',
        path: 'projects[0].indicators[0].completion',
        expected: 105.26,
        found: 105.62,
      },
    ]);
  });

  it('105% for 105.26% is info', () => {
    const e = buildEvaluation({ indicators: [{ ...ROWS[0]!, completion: '105%' }] });
    expect(runRule(indicatorCompletionRule, e)).toMatchObject([
      { code: 'indicator_completion_rounded', severity: 'info' },
    ]);
  });
});
