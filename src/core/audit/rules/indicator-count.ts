/** An announced count (共设置三级绩效指标 21 个) against the rows listed. */
import { finding, SECTIONS } from '../_context';
import type { AuditRule } from '../types';

export const indicatorCountRule: AuditRule = {
  id: 'indicator-count',
  codes: ['indicator_count_mismatch'],
  check: ({ evaluation: e }) => {
    const announced = e.reported.indicatorCount;
    const rows = e.indicators.length;
    if (announced == null || announced === rows) return [];
    return [
      finding(
        'indicator_count_mismatch',
        'error',
        SECTIONS.indicators,
        'reported.indicatorCount',
        rows,
        announced,
        { announced, rows },
      ),
    ];
  },
};
