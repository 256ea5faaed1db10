/** A verdict a person typed (judgement.result) against the verdict the target and actual figures give. */
import { resultLabel } from '../../messages';
import { round2 } from '../../money';
import { finding } from '../_context';
import type { AuditRule, Finding } from '../types';
import { describe, isMet } from './_indicators';

export const indicatorVerdictRule: AuditRule = {
  id: 'indicator-verdict',
  codes: ['indicator_verdict_contradicts'],
  check: ({ indicators }) => {
    const out: Finding[] = [];
    for (const { ind, path, section, project, computed } of indicators) {
      const typed = ind.judgement?.result;
      if (!typed || computed.source !== 'computed' || isMet(typed) === isMet(computed.result)) continue;
      const a = computed.actual?.kind === 'quantity' ? computed.actual : null;
      // Figures the prose names as target and actual are the document's own; one figure picked out of prose is a
      // reading, so a warning.
      const reading = !!a?.embedded && !a.pair;
      out.push(
        finding(
          'indicator_verdict_contradicts',
          reading ? 'warning' : 'error',
          section,
          `${path}.judgement`,
          resultLabel(computed.result),
          resultLabel(typed),
          {
            name: ind.name,
            label: describe(ind, project),
            target: ind.adjustedTarget || ind.target || '',
            actual: a?.embedded ? `${round2(a.value)}${a.unit ?? ''}` : (ind.actual ?? ''),
            completion: computed.completion === null ? null : round2(computed.completion * 100),
            typed: resultLabel(typed),
            expected: resultLabel(computed.result),
            by: ind.judgement?.by ?? '',
            reading,
          },
        ),
      );
    }
    return out;
  },
};
