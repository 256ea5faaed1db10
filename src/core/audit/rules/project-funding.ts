/** Every project's funding lines against its stated budget and executed totals. */

import { fromFen, roundWan2, sumWan } from '../../money';
import { finding, SECTIONS } from '../_context';
import { checkSum } from '../_tolerance';
import type { AuditRule, Finding } from '../types';

const LABEL = { budget: '预算数', executed: '执行数' } as const;

export const projectFundingRule: AuditRule = {
  id: 'project-funding',
  codes: ['project_funding_mismatch', 'project_funding_rounding'],
  check: ({ evaluation }) => {
    const out: Finding[] = [];
    evaluation.projects.forEach((p, j) => {
      if (p.funding.length === 0) return;
      for (const c of ['budget', 'executed'] as const) {
        const total = p[c];
        const parts = p.funding.map((l) => l[c]);
        if (total == null || parts.some((v) => v == null)) continue;
        const r = checkSum(parts as number[], total);
        if (r.agreement === 'equal') continue;
        const sum = sumWan(parts as number[]);
        const params = {
          project: p.name,
          column: LABEL[c],
          sum,
          total,
          gap: roundWan2(fromFen(r.gapFen)),
          tolerance: fromFen(r.toleranceFen),
        };
        const path = `projects[${j}].${c}`;
        out.push(
          r.agreement === 'rounding'
            ? finding('project_funding_rounding', 'info', SECTIONS.projects, path, total, sum, params)
            : finding('project_funding_mismatch', 'error', SECTIONS.projects, path, total, sum, params),
        );
      }
    });
    return out;
  },
};
