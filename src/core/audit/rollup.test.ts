import { describe, expect, it } from 'vitest';
import changshou from '../../../examples/projects/xinhua-2022-changshou.json';
import yiqing from '../../../examples/projects/xinhua-2022-yiqing.json';
import xiaoguwei from '../../../examples/xiaoguwei-2023.json';
import xinhua from '../../../examples/xinhua-2022.json';
import { getRubric } from '../../rubrics';
import { Evaluation, ProjectEvaluation } from '../model';
import { round2 } from '../money';
import { type ProjectSummary, rollUpProjects, rollupSentence } from '../project-rollup';
import { scoreProjectEvaluation } from '../rubric';
import { renderFinding } from '.';
import { auditProjectRollup } from './rollup';

const national = getRubric('national-project-2020');
const summaryOf = (json: unknown): ProjectSummary => {
  const doc = ProjectEvaluation.parse(json);
  const s = scoreProjectEvaluation(doc, national);
  return {
    name: doc.project.name,
    budget: doc.finance.budget ?? null,
    executed: doc.finance.executed ?? null,
    total: s.total === null ? null : round2(s.total),
    grade: s.grade,
  };
};
const dept = Evaluation.parse(xinhua);
const texts = (fs: ReturnType<typeof auditProjectRollup>) => fs.map(renderFinding);

describe('the departmental evaluation against its project self-evaluations (新华 2022)', () => {
  const both = [summaryOf(changshou), summaryOf(yiqing)];

  it('says which key project has no self-evaluation', () => {
    expect(texts(auditProjectRollup(dept, [both[0]!]))).toContain(
      '重点项目「新型冠状病毒肺炎疫情防控工作项目」没有项目支出绩效自评',
    );
    expect(texts(auditProjectRollup(dept, both)).filter((t) => t.includes('没有项目支出绩效自评'))).toEqual(
      [],
    );
  });

  it('flags a key project whose own 自评表 states other figures than the report', () => {
    const changed = { ...both[0]!, executed: 800 };
    const f = auditProjectRollup(dept, [changed, both[1]!]).find(
      (x) => x.code === 'key_project_figures_differ',
    );
    expect(f?.path).toBe('projects[0].executed');
    expect(renderFinding(f!)).toBe(
      '重点项目「长者长寿保健金项目」的执行数在报告中为 809.28 万元，在其项目自评表中为 800.00 万元',
    );
  });

  it('sets the projects’ sum against the department’s 项目支出 (38,546.39 万元 in the seed)', () => {
    const f = auditProjectRollup(dept, both).find((x) => x.code === 'project_totals_mismatch');
    expect(f).toMatchObject({ path: 'finance.project', expected: 38546.39, found: 2097.26 });
  });

  it('counts the self-evaluations not yet scored', () => {
    // The epidemic project's indicators are prose: a person must judge them before it has a total.
    expect(texts(auditProjectRollup(dept, both))).toContain(
      '2 个项目中 1 个尚未完成自评（项目自评覆盖率 50%）',
    );
  });

  it('sets the count the report states (小谷围 2023: 228 项) against the self-evaluations there are', () => {
    const e = Evaluation.parse(xiaoguwei);
    const f = auditProjectRollup(e, both).find((x) => x.code === 'project_count_differs');
    expect(f && renderFinding(f)).toBe('报告称开展项目自评 228 项，系统中有 2 项项目自评');
  });
});

describe('rolling up project self-evaluations', () => {
  it('counts coverage, grades, sums in 分 and the mean score', () => {
    const r = rollUpProjects([
      { name: 'A', budget: 0.1, executed: 0.1, total: 95.5, grade: '优' },
      { name: 'B', budget: 0.2, executed: 0.15, total: 82.25, grade: '良' },
      { name: 'C', budget: 1287.98, executed: null, total: null, grade: null },
    ]);
    expect(r).toEqual({
      count: 3,
      scored: 2,
      coverage: 66.67,
      distribution: { 优: 1, 良: 1, 中: 0, 差: 0 },
      budget: 1288.28,
      executed: 0.25,
      average: 88.88,
    });
    expect(rollupSentence(r)).toBe(
      '本年度开展项目支出绩效自评 3 项，已完成自评 2 项，项目自评覆盖率 66.67%；自评结果为优 1 项、良 1 项，平均得分 88.88 分。',
    );
    expect(rollupSentence(rollUpProjects([]))).toBe('');
  });
});
