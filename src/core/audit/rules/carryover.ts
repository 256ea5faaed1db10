/** 结转结余率: the stated rate against 结转结余 ÷ 全年预算数, and the rate against the rubric's own threshold. */
import { ratioWan, round2 } from '../../money';
import { finding, SECTIONS } from '../_context';
import { checkRate, ratioSlackPct } from '../_tolerance';
import type { AuditRule, Finding } from '../types';
import { DERIVED_INPUTS, thresholdNodes } from './_thresholds';

export const carryoverRule: AuditRule = {
  id: 'carryover',
  codes: ['carryover_rate_mismatch', 'carryover_rate_rounded', 'carryover_rate_high'],
  check: (ctx) => {
    const e = ctx.evaluation;
    const f = e.finance;
    const out: Finding[] = [];
    if (f.carryoverRate != null && f.carryover != null && f.budget != null) {
      const r = ratioWan(f.carryover, f.budget);
      if (r !== null) {
        const computed = r * 100;
        const a = checkRate(f.carryoverRate, computed, ratioSlackPct(f.carryover, f.budget));
        if (a !== 'equal') {
          const params = {
            stated: f.carryoverRate,
            computed: round2(computed),
            carryover: f.carryover,
            budget: f.budget,
          };
          out.push(
            a === 'rounding'
              ? finding(
                  'carryover_rate_rounded',
                  'info',
                  SECTIONS.finance,
                  'finance.carryoverRate',
                  round2(computed),
                  f.carryoverRate,
                  params,
                )
              : finding(
                  'carryover_rate_mismatch',
                  'error',
                  SECTIONS.finance,
                  'finance.carryoverRate',
                  round2(computed),
                  f.carryoverRate,
                  params,
                ),
          );
        }
      }
    }
    // The threshold is the rubric's, never a constant here: no rubric node, no judgement.
    const node = thresholdNodes(ctx).find(
      (t) => t.input === 'carryover_rate' && t.node.kind === 'threshold_at_most',
    );
    const threshold = node?.node.params?.threshold;
    const rate = DERIVED_INPUTS.carryover_rate!(e);
    if (typeof threshold === 'number' && rate && rate.value > threshold + 1e-9) {
      out.push(
        finding(
          'carryover_rate_high',
          'warning',
          SECTIONS.finance,
          rate.path,
          threshold,
          round2(rate.value),
          {
            rate: round2(rate.value),
            threshold,
            item: node!.node.name,
          },
        ),
      );
    }
    return out;
  },
};
