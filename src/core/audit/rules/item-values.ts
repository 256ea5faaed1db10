/** A threshold item's stated value (结转结余率 2.33%) against the same rate derived from the finance block. */
import { round2 } from '../../money';
import { finding, SECTIONS } from '../_context';
import { checkRate } from '../_tolerance';
import type { AuditRule, Finding } from '../types';
import { DERIVED_INPUTS, itemIndexOf, thresholdNodes } from './_thresholds';

export const itemValuesRule: AuditRule = {
  id: 'item-values',
  codes: ['item_value_mismatch', 'item_value_rounded'],
  check: (ctx) => {
    const e = ctx.evaluation;
    const out: Finding[] = [];
    for (const { node, input } of thresholdNodes(ctx)) {
      const i = itemIndexOf(ctx, node);
      const value = i < 0 ? null : e.management[i]!.value;
      const derived = DERIVED_INPUTS[input]?.(e);
      if (value == null || !derived) continue;
      const r = checkRate(value, derived.value, derived.slack);
      if (r === 'equal') continue;
      const params = { item: node.name, stated: value, computed: round2(derived.value), from: derived.from };
      const path = `management[${i}].value`;
      out.push(
        r === 'rounding'
          ? finding('item_value_rounded', 'info', SECTIONS.scores, path, round2(derived.value), value, params)
          : finding(
              'item_value_mismatch',
              'error',
              SECTIONS.scores,
              path,
              round2(derived.value),
              value,
              params,
            ),
      );
    }
    return out;
  },
};
