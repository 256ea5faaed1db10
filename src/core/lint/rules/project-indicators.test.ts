import { describe, expect, it } from 'vitest';
import { runLintRule } from '../_context';
import { renderLint } from '../render';
import { buildGoals } from './_build';
import { projectIndicatorsRule } from './project-indicators';

describe('project-indicators: every project has indicators', () => {
  it('passes a project with an indicator', () => {
    const doc = buildGoals([], {
      projects: [{ name: '长者长寿保健金项目', indicators: [{ name: '长者满意度', target: '90%' }] }],
    });
    expect(runLintRule(projectIndicatorsRule, doc)).toEqual([]);
  });

  it('flags a project with none, at its indicator table', () => {
    const doc = buildGoals([], {
      projects: [
        { name: '长者长寿保健金项目', indicators: [{ name: '长者满意度', target: '90%' }] },
        { name: '疫情防控工作项目', budget: 1287.98 },
      ],
    });
    const found = runLintRule(projectIndicatorsRule, doc);
    expect(found).toMatchObject([
      {
        code: 'goal_project_no_indicator',
        severity: 'error',
        section: '项目',
        path: 'projects[1].indicators',
      },
    ]);
    expect(renderLint(found[0]!)).toBe('项目「疫情防控工作项目」未设置绩效指标');
  });
});
