/** 结转结余率: the stated rate against 结转结余 ÷ 全年预算数, and the rate against the rubric's own threshold. */
import { round2 } from '../../money';
import { deriveRate } from '../../rubric/inputs';
import { finding, SECTIONS } from '../_context';
import { checkRate, ratioSlackPct } from '../_tolerance';
import type { AuditRule, Finding } from '../types';
import { thresholdNodes } from './_thresholds';

export const carryoverRule: AuditRule = {
  id: 'carryover',
  codes: ['carryover_rate_mismatch', 'carryover_rate_rounded', 'carryover_rate_high'],
  check: (ctx) => {
    const f = ctx.evaluation.finance;
    const out: Finding[] = [];
    // The rate as the engine derives it: from the amounts when both are given, else as stated.
    const rate = deriveRate(f, 'carryover_rate');
    if (f.carryoverRate != null && rate?.source.kind === 'amounts') {
      const { numerator: carryover, denominator: budget } = rate.source;
      const computed = round2(rate.value);
      const a = checkRate(f.carryoverRate, rate.value, ratioSlackPct(carryover, budget));
      if (a !== 'equal') {
        const params = { stated: f.carryoverRate, computed, carryover, budget };
        const [code, severity] =
          a === 'rounding'
            ? (['carryover_rate_rounded', 'info'] as const)
            : (['carryover_rate_mismatch', 'error'] as const);
        out.push(
          finding(
            code,
            severity,
            SECTIONS.finance,
            'finance.carryoverRate',
            computed,
            f.carryoverRate,
            params,
          ),
        );
      }
    }
    // The threshold is the rubric's, never a constant here: no rubric node, no judgement.
    const node = thresholdNodes(ctx).find(
      (t) => t.input === 'carryover_rate' && t.node.kind === 'threshold_at_most',
    )?.node;
    if (node && rate && rate.value > node.params.threshold + 1e-9) {
      const { threshold } = node.params;
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
            item: node.name,
          },
        ),
      );
    }
    return out;
  },
};
