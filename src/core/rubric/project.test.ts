import { describe, expect, it } from 'vitest';
import changshou from '../../../examples/projects/xinhua-2022-changshou.json';
import { findRubric, getRubric, loadRubric } from '../../rubrics';
import { renderTrace } from '../messages';
import { ProjectEvaluation, ProjectEvaluationDraft } from '../model';
import { validateProjectDraft, validateProjectEvaluation } from '../validate-project';
import { findScoreNode, scoreProjectEvaluation } from '.';

const national = getRubric('national-project-2020');
const project = (indicators: Array<Record<string, unknown>>, finance = { budget: 100, executed: 90 }) =>
  ProjectEvaluation.parse({ year: 2023, project: { name: '测试项目' }, finance, indicators });

describe('scoring a project self-evaluation on the national rubric', () => {
  it('scores 预算执行率 as 10 × min(执行数 ÷ 全年预算数, 100%)', () => {
    const met = [{ level1: '产出指标', name: '覆盖率', target: '100%', actual: '100%' }];
    const rate = (executed: number) =>
      findScoreNode(
        scoreProjectEvaluation(project(met, { budget: 100, executed }), national).root,
        '预算执行率',
      )?.score;
    expect(rate(90)).toBe(9);
    expect(rate(100)).toBe(10);
    expect(rate(120)).toBe(10);
  });

  it('moves the 满意度 points to 效益 when the project has no 满意度指标, and says so', () => {
    const r = scoreProjectEvaluation(
      project([
        { level1: '产出指标', name: '完成数量', target: '10个', actual: '10个' },
        { level1: '效益指标', name: '受益人数', target: '≥100人', actual: '50人' },
      ]),
      national,
    );
    const by = (n: string) => findScoreNode(r.root, n)!;
    expect(by('满意度指标')).toMatchObject({ max: 0, score: 0, status: 'ok' });
    expect(by('效益指标').max).toBe(40);
    // Half of the benefit met: 20 of 40.
    expect(by('效益指标').score).toBeCloseTo(20, 9);
    expect(r.total).toBeCloseTo(9 + 50 + 20, 9);
    expect(r.trace.map(renderTrace)).toContain('未设置满意度指标，其 10 分按评分标准计入效益指标');
  });

  it('keeps the 满意度 points where they are when it has one', () => {
    const r = scoreProjectEvaluation(
      project([
        { level1: '产出指标', name: '完成数量', target: '10个', actual: '10个' },
        { level1: '效益指标', name: '受益人数', target: '≥100人', actual: '100人' },
        { level1: '满意度指标', name: '群众满意度', target: '≥90%', actual: '95%' },
      ]),
      national,
    );
    expect(findScoreNode(r.root, '效益指标')!.max).toBe(30);
    expect(findScoreNode(r.root, '满意度指标')!.max).toBe(10);
    expect(r.total).toBeCloseTo(99, 9);
  });

  it('counts 成本指标 written as a 一级指标 (财预〔2021〕101号 template) with 产出', () => {
    const r = scoreProjectEvaluation(
      project([
        { level1: '产出指标', name: '完成数量', target: '10个', actual: '10个' },
        { level1: '成本指标', name: '单位成本', target: '≤5万元', actual: '10万元' },
        { level1: '效益指标', name: '受益人数', target: '≥100人', actual: '100人' },
      ]),
      national,
    );
    expect(findScoreNode(r.root, '产出指标')!.inputs.count).toBe(2);
  });

  it('refuses a rubric whose points move to a node that is not a sibling', () => {
    const data = JSON.parse(JSON.stringify(national)) as { root: { children: Array<{ params: object }> } };
    data.root.children[3]!.params = { ...data.root.children[3]!.params, whenNone: { moveTo: '不存在' } };
    expect(() => loadRubric(data, 'x.json')).toThrow(
      /whenNone\.moveTo: 「不存在」不是「满意度指标」的同级项目/,
    );
  });
});

describe('validating a project self-evaluation', () => {
  it('accepts the 新华 2022 长者长寿保健金项目 as transcribed', () => {
    expect(validateProjectEvaluation(changshou, findRubric)).toMatchObject({ success: true, issues: [] });
  });

  it('names each problem at its path, in Chinese', () => {
    const r = validateProjectEvaluation(
      { ...changshou, rubric: 'gz-dept-2023', indicators: [{ name: '指标', target: '≥≥' }] },
      findRubric,
    );
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => i.path)).toEqual(['rubric', 'indicators.0.target']);
    expect(r.issues[0]!.message).toMatch(/不是项目支出绩效评价标准/);
  });

  it('saves a draft with text typed into an amount, telling what it is', () => {
    const draft = {
      ...changshou,
      finance: { ...changshou.finance, budget: null },
      drafts: { 'finance.budget': '一千万' },
    };
    expect(ProjectEvaluationDraft.safeParse(draft).success).toBe(true);
    const r = validateProjectDraft(draft, findRubric);
    expect(r.success).toBe(true);
    if (r.success)
      expect(r.problems).toEqual([{ path: 'finance.budget', message: expect.stringMatching(/全年预算数/) }]);
  });

  it('refuses a draft with a key the document does not have', () => {
    const r = validateProjectDraft({ ...changshou, budgett: 1 }, findRubric);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]!.message).toMatch(/未知的字段：budgett/);
  });
});
