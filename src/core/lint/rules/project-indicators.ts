/** A budget line of kind 项目 with no indicator: money declared with nothing to show for it. */

import { SECTIONS } from '../_context';
import type { LintFinding, LintRule } from '../types';

const PRINCIPLE = '每个项目都应设置绩效指标';

export const projectIndicatorsRule: LintRule = {
  id: 'project-indicators',
  codes: ['goal_project_no_indicator'],
  principle: PRINCIPLE,
  check: ({ doc }) =>
    doc.projects.flatMap((p, i): LintFinding[] =>
      p.indicators.length > 0
        ? []
        : [
            {
              code: 'goal_project_no_indicator',
              severity: 'error',
              section: SECTIONS.projects,
              path: `projects[${i}].indicators`,
              expected: null,
              found: null,
              params: { project: p.name, budget: p.budget ?? null },
              principle: PRINCIPLE,
            },
          ],
    ),
};
