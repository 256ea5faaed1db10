/** 预算执行率 under the bar (90% by default): a warning for the department and for each project. */
import { round2 } from '../../money';
import { finding, SECTIONS } from '../_context';
import type { AuditRule, Finding } from '../types';
import { bestFinanceRate, projectRate } from './_rates';

export const lowExecutionRule: AuditRule = {
  id: 'low-execution',
  codes: ['execution_rate_low'],
  check: ({ evaluation: e, options }) => {
    const out: Finding[] = [];
    const bar = options.lowExecutionRate;
    const rate = bestFinanceRate(e);
    if (rate !== null && rate < bar - 1e-9) {
      out.push(
        finding('execution_rate_low', 'warning', SECTIONS.finance, 'finance.executed', bar, round2(rate), {
          label: '部门预算执行率',
          rate: round2(rate),
          threshold: bar,
        }),
      );
    }
    e.projects.forEach((p, j) => {
      const r = projectRate(p, `projects[${j}]`)?.value ?? p.executionRate ?? null;
      if (r !== null && r < bar - 1e-9) {
        out.push(
          finding(
            'execution_rate_low',
            'warning',
            SECTIONS.projects,
            `projects[${j}].executed`,
            bar,
            round2(r),
            {
              label: `项目「${p.name}」执行率`,
              rate: round2(r),
              threshold: bar,
            },
          ),
        );
      }
    });
    return out;
  },
};
