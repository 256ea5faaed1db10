import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { runRule } from '../_context';
import { projectFundingRule } from './project-funding';

const funding = [
  { source: '长者长寿保健金市级财政资助经费', budget: 390.47, executed: 390.47 },
  { source: '花都区长者长寿保健金经费', budget: 417.75, executed: 417.75 },
  { source: '民政事务经费', budget: 1.06, executed: 1.06 },
];

describe('project-funding: funding lines against the project totals', () => {
  it('seed 003: 390.47 + 417.75 + 1.06 = 809.28', () => {
    const e = buildEvaluation({
      projects: [{ name: '长者长寿保健金项目', budget: 809.28, executed: 809.28, funding }],
    });
    expect(runRule(projectFundingRule, e)).toEqual([]);
  });

  it('a stated total of 819.28 is an error on both columns', () => {
    const e = buildEvaluation({
      projects: [{ name: '长者长寿保健金项目', budget: 819.28, executed: 819.28, funding }],
    });
    expect(runRule(projectFundingRule, e)).toMatchObject([
      { code: 'project_funding_mismatch', path: 'projects[0].budget', found: 809.28, expected: 819.28 },
      { code: 'project_funding_mismatch', path: 'projects[0].executed' },
    ]);
  });
});
