/** The stated 完成情况 against the verdict the target and actual values support (or a person's judgement). */
import { resultLabel } from '../../messages';
import { finding } from '../_context';
import type { AuditRule, Finding } from '../types';
import { describe, isMet, statusVerdict } from './_indicators';

export const indicatorStatusRule: AuditRule = {
  id: 'indicator-status',
  codes: ['indicator_status_mismatch', 'indicator_status_doubtful'],
  check: ({ indicators }) => {
    const out: Finding[] = [];
    for (const { ind, path, section, project, computed } of indicators) {
      const stated = statusVerdict(ind.status);
      if (!stated || !ind.status) continue;
      const base = {
        name: ind.name,
        label: describe(ind, project),
        status: ind.status,
        target: ind.target ?? '',
        actual: ind.actual ?? '',
      };
      const by = ind.judgement?.result ?? null;
      if (by && isMet(by) !== isMet(stated)) {
        out.push(
          finding(
            'indicator_status_mismatch',
            'error',
            section,
            `${path}.status`,
            resultLabel(by),
            ind.status,
            { ...base, source: '人工评判', expected: resultLabel(by) },
          ),
        );
        continue;
      }
      if (computed.source === 'computed' && isMet(computed.result) !== isMet(stated)) {
        // A figure picked out of prose is a reading, not a fact: say so with a warning.
        const embedded = computed.actual?.kind === 'quantity' && computed.actual.embedded;
        out.push(
          finding(
            'indicator_status_mismatch',
            embedded ? 'warning' : 'error',
            section,
            `${path}.status`,
            resultLabel(computed.result),
            ind.status,
            {
              ...base,
              source: embedded ? '文字说明中的数值' : '目标值与实际完成值',
              expected: resultLabel(computed.result),
            },
          ),
        );
        continue;
      }
      if (isMet(stated) && (computed.code === 'actual_negated' || computed.code === 'qualitative_negated')) {
        out.push(
          finding('indicator_status_doubtful', 'warning', section, `${path}.status`, null, ind.status, base),
        );
      }
    }
    return out;
  },
};
