import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { getRubric } from '../../../rubrics';
import { rubricNodes } from '../../rubric';
import { runRule } from '../_context';
import { carryoverRule } from './carryover';

const gz = getRubric('gz-dept-2023');

describe('carryover: 结转结余率 against its amounts and the rubric threshold', () => {
  it('seed 004: 2.33% is under the rubric threshold', () => {
    expect(runRule(carryoverRule, buildEvaluation({ finance: { carryoverRate: 2.33 } }), gz)).toEqual([]);
  });

  it('over the threshold read from the rubric node (not a constant) is a warning', () => {
    const e = buildEvaluation({ finance: { carryoverRate: 12.5 } });
    const [f] = runRule(carryoverRule, e, gz);
    expect(f).toMatchObject({ code: 'carryover_rate_high', severity: 'warning', found: 12.5 });
    const node = rubricNodes(gz.root).find((n) => n.kind === 'threshold_at_most' && n.name === '结转结余率');
    expect(node?.kind === 'threshold_at_most' && f!.expected === node.params.threshold).toBe(true);
    // Without a rubric there is no threshold to judge by.
    expect(runRule(carryoverRule, e, null)).toEqual([]);
  });

  it('a stated rate that is not carryover ÷ budget is an error', () => {
    const e = buildEvaluation({ finance: { budget: 1000, carryover: 23.3, carryoverRate: 3.23 } });
    expect(runRule(carryoverRule, e, gz)).toMatchObject([
      { code: 'carryover_rate_mismatch', expected: 2.33, found: 3.23 },
    ]);
    expect(
      runRule(
        carryoverRule,
        buildEvaluation({ finance: { budget: 1000, carryover: 23.3, carryoverRate: 2.33 } }),
        gz,
      ),
    ).toEqual([]);
  });
});
