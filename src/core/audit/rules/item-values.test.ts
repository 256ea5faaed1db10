import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { getRubric } from '../../../rubrics';
import { runRule } from '../_context';
import { itemValuesRule } from './item-values';

const gz = getRubric('gz-dept-2023');

describe('item-values: a threshold item against the finance block', () => {
  it('seed 004: 结转结余率 2.33% in the table and in 收支情况', () => {
    const e = buildEvaluation({
      finance: { carryoverRate: 2.33 },
      management: [{ item: '结转结余率', value: 2.33, score: 2 }],
    });
    expect(runRule(itemValuesRule, e, gz)).toEqual([]);
  });

  it('an item value that differs from the derived rate is an error', () => {
    const e = buildEvaluation({
      finance: { threePublic: { budget: 28.54, actual: 27.9 } },
      management: [{ item: '“三公”经费控制情况', value: 90, score: 2 }],
    });
    expect(runRule(itemValuesRule, e, gz)).toMatchObject([
      { code: 'item_value_mismatch', path: 'management[0].value', expected: 97.76, found: 90 },
    ]);
  });
});
