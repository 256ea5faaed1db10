/** Stated 完成率 against actual ÷ target (target ÷ actual when less is better); a rate capped at 100% is accepted. */
import { round2 } from '../../money';
import { finding } from '../_context';
import { checkRate, valueSlackPct } from '../_tolerance';
import type { AuditRule, Finding } from '../types';
import { describe, parsePercent } from './_indicators';

export const indicatorCompletionRule: AuditRule = {
  id: 'indicator-completion',
  codes: ['indicator_completion_mismatch', 'indicator_completion_rounded'],
  check: ({ indicators }) => {
    const out: Finding[] = [];
    for (const { ind, path, section, project, computed } of indicators) {
      const stated = parsePercent(ind.completion);
      const t = computed.target;
      const a = computed.actual;
      if (stated === null || computed.source !== 'computed' || computed.completion === null) continue;
      if (t?.kind !== 'quantity' || a?.kind !== 'quantity') continue;
      const pct = computed.completion * 100;
      const slack =
        computed.direction === 'less' ? valueSlackPct(t.value, a.value) : valueSlackPct(a.value, t.value);
      const r = checkRate(stated, pct, slack);
      // Many tables cap 完成率 at 100% (10号: no bonus past the target).
      if (r === 'equal' || (pct > 100 && checkRate(stated, 100) === 'equal')) continue;
      const params = {
        name: ind.name,
        label: describe(ind, project),
        stated,
        computed: round2(pct),
        target: ind.adjustedTarget || ind.target || '',
        actual: a.embedded ? `${a.value}${a.unit ?? ''}` : (ind.actual ?? ''),
        embedded: a.embedded,
      };
      out.push(
        r === 'rounding'
          ? finding(
              'indicator_completion_rounded',
              'info',
              section,
              `${path}.completion`,
              round2(pct),
              stated,
              params,
            )
          : finding(
              'indicator_completion_mismatch',
              'error',
              section,
              `${path}.completion`,
              round2(pct),
              stated,
              params,
            ),
      );
    }
    return out;
  },
};
