import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../test/factories';
import { Project } from '../model';
import { ratioWan } from '../money';
import { deriveRate, projectAmounts, type RateName } from './inputs';

const finance = (f: Record<string, unknown>) => buildEvaluation({ finance: f }).finance;

describe('deriveRate: one derivation for the engine and the audit', () => {
  it.each<[RateName, Record<string, unknown>, number | null, string | null]>([
    ['carryover_rate', { carryover: 23.3, budget: 1000, carryoverRate: 9 }, 2.33, 'finance.carryover'],
    ['carryover_rate', { carryoverRate: 2.33 }, 2.33, 'finance.carryoverRate'],
    ['carryover_rate', { carryover: 5, budget: 0, carryoverRate: 4 }, 4, 'finance.carryoverRate'],
    ['carryover_rate', { carryover: 5 }, null, null],
    ['three_public_rate', { threePublic: { budget: 10, actual: 10.35 } }, 103.5, 'finance.threePublic'],
    ['three_public_rate', { threePublic: { budget: 10 } }, null, null],
    ['public_funds_rate', { publicFunds: { budget: 200, actual: 150 } }, 75, 'finance.publicFunds'],
    ['fixed_asset_utilization', { fixedAssetUtilization: 81 }, 81, 'finance.fixedAssetUtilization'],
    ['execution_rate', { budget: 200, executed: 199, executionRate: 50 }, 99.5, 'finance.executed'],
    ['execution_rate', { executionRate: 95 }, 95, 'finance.executionRate'],
  ])('%s of %j is %s (from %s)', (name, f, value, path) => {
    const r = deriveRate(finance(f), name);
    if (value === null) expect(r).toBeNull();
    else expect(r?.value).toBeCloseTo(value, 9);
    expect(r?.path ?? null).toBe(path);
  });

  it('keeps the amounts and a fraction computed without a round trip', () => {
    const r = deriveRate(finance({ budget: 23135.18, executed: 23033.06 }), 'execution_rate');
    expect(r?.source).toEqual({
      kind: 'amounts',
      numerator: 23033.06,
      denominator: 23135.18,
      labels: ['执行数', '全年预算数'],
    });
    expect(r?.ratio).toBe(ratioWan(23033.06, 23135.18));
    expect(r?.value).toBe(r!.ratio * 100);
  });
});

describe('projectAmounts', () => {
  const project = (p: Record<string, unknown>) => Project.parse({ name: 'x', ...p });
  it('takes the totals, else the funding lines when every line gives the amount', () => {
    expect(
      projectAmounts(
        project({ budget: 10, executed: 9, funding: [{ source: '财政', budget: 1, executed: 1 }] }),
      ),
    ).toEqual({
      budget: 10,
      executed: 9,
    });
    expect(
      projectAmounts(
        project({
          funding: [
            { source: '财政', budget: 1.5, executed: 1 },
            { source: '其他', budget: 2.25, executed: null },
          ],
        }),
      ),
    ).toEqual({ budget: 3.75, executed: null });
    expect(projectAmounts(project({}))).toEqual({ budget: null, executed: null });
  });
});
