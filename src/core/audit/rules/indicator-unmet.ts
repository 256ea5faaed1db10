/** Every unmet indicator is named once: with its deviation reason (info), or as a warning when none is given. */

import { resultLabel } from '../../messages';
import type { Evaluation } from '../../model';
import { round2 } from '../../money';
import { nameKey } from '../../text';
import { finding } from '../_context';
import type { AuditRule, Finding } from '../types';
import { describe, isUnmet } from './_indicators';

/** Where the report explains an indicator outside its row: 存在问题, 改进措施 or the conclusion. */
function mentionedIn(e: Evaluation, name: string): string | null {
  const key = nameKey(name);
  if (key.length < 4) return null;
  if (e.problems.some((p) => nameKey(p).includes(key))) return '存在问题';
  if (e.improvements.some((p) => nameKey(p).includes(key))) return '改进措施';
  if (e.conclusion && nameKey(e.conclusion).includes(key)) return '自评结论';
  return null;
}

export const indicatorUnmetRule: AuditRule = {
  id: 'indicator-unmet',
  codes: ['unmet_indicator', 'unmet_indicator_explained_elsewhere', 'unmet_indicator_no_reason'],
  check: ({ evaluation: e, indicators }) => {
    const out: Finding[] = [];
    for (const { ind, path, section, project, judged } of indicators) {
      if (!isUnmet(judged.result)) continue;
      const params = {
        name: ind.name,
        label: describe(ind, project),
        target: ind.adjustedTarget || ind.target || '',
        actual: ind.actual ?? '',
        result: resultLabel(judged.result),
        completion: judged.completion === null ? null : round2(judged.completion * 100),
      };
      const reason = ind.deviationReason || ind.judgement?.reason;
      const where = reason ? null : mentionedIn(e, ind.name);
      if (reason)
        out.push(
          finding('unmet_indicator', 'info', section, path, ind.target ?? null, ind.actual ?? null, {
            ...params,
            reason,
          }),
        );
      else if (where)
        out.push(
          finding(
            'unmet_indicator_explained_elsewhere',
            'info',
            section,
            `${path}.deviationReason`,
            null,
            ind.actual ?? null,
            { ...params, where },
          ),
        );
      else
        out.push(
          finding(
            'unmet_indicator_no_reason',
            'warning',
            section,
            `${path}.deviationReason`,
            null,
            ind.actual ?? null,
            params,
          ),
        );
    }
    return out;
  },
};
