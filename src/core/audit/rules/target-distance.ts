/** Targets far from the result: actual far below a target (set too high) or far above it (set too low). */
import { round2 } from '../../money';
import { finding } from '../_context';
import type { AuditRule, Finding } from '../types';
import { describe } from './_indicators';

export const targetDistanceRule: AuditRule = {
  id: 'target-distance',
  codes: ['target_too_high', 'target_too_low'],
  check: ({ indicators, options }) => {
    const out: Finding[] = [];
    for (const { ind, path, section, project, computed } of indicators) {
      const t = computed.target;
      const a = computed.actual;
      // Only a row whose actual value is the figure itself: a number picked out of prose may be another count.
      if (computed.source !== 'computed' || computed.direction !== 'more' || computed.completion === null)
        continue;
      if (t?.kind !== 'quantity' || a?.kind !== 'quantity' || a.embedded || t.value === 0) continue;
      const ratio = computed.completion;
      const params = {
        name: ind.name,
        label: describe(ind, project),
        target: ind.adjustedTarget || ind.target || '',
        actual: ind.actual ?? '',
        ratio: round2(ratio * 100),
        below: round2(options.farBelowRatio * 100),
        above: round2(options.farAboveRatio * 100),
      };
      const targetPath = `${path}.${ind.adjustedTarget ? 'adjustedTarget' : 'target'}`;
      if (ratio < options.farBelowRatio)
        out.push(
          finding('target_too_high', 'warning', section, targetPath, params.target, params.actual, params),
        );
      else if (ratio > options.farAboveRatio)
        out.push(
          finding('target_too_low', 'warning', section, targetPath, params.target, params.actual, params),
        );
    }
    return out;
  },
};
