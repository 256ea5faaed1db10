import { describe, expect, it } from 'vitest';
import changshou from '../../../examples/projects/xinhua-2022-changshou.json';
import { getRubric } from '../../rubrics';
import { ProjectEvaluation, type ProjectEvaluationInput } from '../model';
import { renderFinding } from '.';
import { auditProjectEvaluation, projectPath } from './project';

const national = getRubric('national-project-2020');
const base = ProjectEvaluation.parse(changshou);
const audit = (patch: (d: ProjectEvaluationInput) => void) => {
  const d = structuredClone(changshou) as ProjectEvaluationInput;
  patch(d);
  return auditProjectEvaluation(ProjectEvaluation.parse(d), national);
};
const codes = (fs: ReturnType<typeof audit>) => fs.map((f) => `${f.code}@${f.path}`);

describe('auditing a project self-evaluation', () => {
  it('finds no error or warning in 新华 2022 长者长寿保健金项目 as the seed prints it', () => {
    const found = auditProjectEvaluation(base, national).filter((f) => f.severity !== 'info');
    expect(found.map(renderFinding)).toEqual([]);
  });

  it('checks the funding sources against the totals, at the project document’s own paths', () => {
    const found = audit((d) => {
      d.finance!.bySource![1]!.budget = 417.7;
    });
    expect(codes(found)).toContain('project_funding_mismatch@finance.budget');
    const f = found.find((x) => x.code === 'project_funding_mismatch')!;
    expect(renderFinding(f)).toBe(
      '项目「长者长寿保健金项目」各资金来源预算数合计 809.23 万元，与项目预算数 809.28 万元 相差 0.05 万元',
    );
  });

  it('checks a stated execution rate and a stated total against the figures', () => {
    const found = audit((d) => {
      d.finance!.executionRate = 90;
      d.reported = { total: 95 };
    });
    expect(codes(found)).toEqual(
      expect.arrayContaining([
        'execution_rate_mismatch@finance.executionRate',
        'total_computed_mismatch@reported.total',
      ]),
    );
  });

  it('asks for the deviation reason of an unmet indicator, at its row', () => {
    const found = audit((d) => {
      d.indicators![3]!.actual = '90%';
    });
    expect(codes(found)).toContain('unmet_indicator_no_reason@indicators[3].deviationReason');
  });

  it('warns of 优 with an execution rate under 80%', () => {
    const found = audit((d) => {
      d.finance!.executed = 600;
      d.finance!.bySource = [];
      d.finance!.executionRate = null;
      d.reported = { grade: '优' };
    });
    const f = found.find((x) => x.code === 'project_excellent_low_execution');
    expect(f && renderFinding(f)).toBe('项目评为「优」，但预算执行率仅 74.14%，低于 80%，请核实评分');
  });

  it('warns of 优 with an unmet core indicator, and not when the unmet one is not core', () => {
    const unmet = (core: boolean) =>
      audit((d) => {
        Object.assign(d.indicators![3]!, { actual: '99%', core, deviationReason: '个别对象信息有误' });
        d.reported = { grade: '优' };
      }).filter((f) => f.code === 'project_excellent_core_unmet');
    expect(codes(unmet(true))).toEqual(['project_excellent_core_unmet@indicators[3]']);
    expect(unmet(false)).toEqual([]);
  });

  it('moves every path of the view back into the project document', () => {
    expect(projectPath('projects[0].indicators[2].target')).toBe('indicators[2].target');
    expect(projectPath('projects[0].funding[1].budget')).toBe('finance.bySource[1].budget');
    expect(projectPath('projects[0].executed')).toBe('finance.executed');
    expect(projectPath('reported.total')).toBe('reported.total');
  });
});
