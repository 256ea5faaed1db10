/** 基本支出 + 项目支出 against the executed total. */

import { fromFen, roundWan2, sumWan } from '../../money';
import { finding, SECTIONS } from '../_context';
import { checkSum } from '../_tolerance';
import type { AuditRule } from '../types';

export const basicProjectRule: AuditRule = {
  id: 'basic-project',
  codes: ['basic_project_mismatch', 'basic_project_rounding'],
  check: ({ evaluation }) => {
    const f = evaluation.finance;
    const total = f.executed ?? f.expenditureTotal?.actual ?? null;
    if (f.basic == null || f.project == null || total == null) return [];
    const r = checkSum([f.basic, f.project], total);
    if (r.agreement === 'equal') return [];
    const sum = sumWan([f.basic, f.project]);
    const params = {
      basic: f.basic,
      project: f.project,
      sum,
      total,
      gap: roundWan2(fromFen(r.gapFen)),
      tolerance: fromFen(r.toleranceFen),
    };
    return r.agreement === 'rounding'
      ? [finding('basic_project_rounding', 'info', SECTIONS.finance, 'finance.basic', total, sum, params)]
      : [finding('basic_project_mismatch', 'error', SECTIONS.finance, 'finance.basic', total, sum, params)];
  },
};
