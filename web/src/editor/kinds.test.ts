import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ProjectEvaluation, ProjectEvaluationDraft } from '../../../src/core/model';
import { DEPARTMENT_KIND, describeProjectPath, kindOf, PROJECT_KIND, type RecordOf } from './kinds';

const ROOT = join(import.meta.dirname, '../../..');
// 新华 2022's 长者长寿保健金项目 as seed 003 prints it (表 2-2: 809.28 of 809.28 万元).
const CHANGSHOU = ProjectEvaluationDraft.parse(
  JSON.parse(readFileSync(join(ROOT, 'examples/projects/xinhua-2022-changshou.json'), 'utf8')),
) as ProjectEvaluation;

describe('the project kind of the editor', () => {
  it('scores 预算执行率 10 on the seed figures, on the rubric the document names', () => {
    const rubric = PROJECT_KIND.rubricOf(CHANGSHOU)!;
    expect(rubric.id).toBe('national-project-2020');
    const score = PROJECT_KIND.score(CHANGSHOU, rubric);
    expect(score.root.children?.find((c) => c.name === '预算执行率')?.score).toBe(10);
  });

  it('names paths by the project registry, each row by what it holds', () => {
    expect(describeProjectPath('finance.bySource[1].budget', CHANGSHOU)).toBe(
      '资金来源第 2 行「花都区长者长寿保健金经费」 全年预算数',
    );
    expect(describeProjectPath('indicators[5].actual', CHANGSHOU)).toContain('绩效指标第 6 行「长者满意度」');
    expect(describeProjectPath('project.name', CHANGSHOU)).toBe('项目名称');
    expect(describeProjectPath('(根)', CHANGSHOU)).toBe('整份项目自评');
  });

  it('reads number fields of the project by its own registry', () => {
    expect(PROJECT_KIND.fields.fieldAt('finance.bySource[0].executed')?.number).toBe('amount');
    expect(DEPARTMENT_KIND.fields.fieldAt('finance.bySource[0].executed')).toBeNull();
  });

  it('lists what a draft lacks with the project schema’s Chinese messages', () => {
    const draft = (name: string) =>
      ProjectEvaluationDraft.parse({ year: 2023, project: { name }, drafts: { 'finance.budget': '一千万' } });
    expect(PROJECT_KIND.validate(draft('') as ProjectEvaluation)).toContainEqual({
      path: 'project.name',
      message: '项目名称不能为空',
    });
    expect(PROJECT_KIND.validate(draft('社区网格化管理经费') as ProjectEvaluation)).toEqual([
      { path: 'finance.budget', message: '「全年预算数」请用阿拉伯数字填写，不接受中文数字' },
    ]);
  });

  it('lets the project’s owner edit all of it but who owns it, other staff only their indicators', () => {
    const doc = { ...CHANGSHOU, project: { ...CHANGSHOU.project, owner: 'li' } };
    const owner = PROJECT_KIND.policy({ role: 'staff', username: 'li' }, 'draft', doc);
    expect(owner('finance.budget')).toBe(true);
    expect(owner('project.owner')).toBe(false);
    const byName = { ...doc, project: { ...doc.project, owner: '李明' } };
    expect(
      PROJECT_KIND.policy({ role: 'staff', username: 'li', name: '李明' }, 'draft', byName)('goal.actual'),
    ).toBe(true);
    const other = PROJECT_KIND.policy({ role: 'staff', username: 'wang', name: '王芳' }, 'draft', byName);
    expect(other('finance.budget')).toBe(false);
    expect(PROJECT_KIND.policy({ role: 'staff', username: 'li' }, 'submitted', doc)('finance.budget')).toBe(
      false,
    );
  });

  it('runs the project gate in the browser: a project without money cannot be submitted', async () => {
    const gate = await PROJECT_KIND.loadGate();
    const empty = { ...CHANGSHOU, finance: { bySource: [] } } as unknown as ProjectEvaluation;
    expect(gate(empty, []).blocking.map((b) => b.code)).toContain('budget_empty');
    expect(gate(CHANGSHOU, []).ok).toBe(true);
  });

  it('audits a project with the core project rules, paths in the project document', async () => {
    const audit = await PROJECT_KIND.loadAudit();
    const over = { ...CHANGSHOU, finance: { ...CHANGSHOU.finance, executed: 900 } };
    const found = audit(over, PROJECT_KIND.rubricOf(over));
    expect(found.some((f) => f.path?.startsWith('finance'))).toBe(true);
    expect(found.every((f) => !f.path?.startsWith('projects['))).toBe(true);
  });

  it('tells the kind by the row, or by the document when the row does not say', () => {
    const row = {
      kind: 'department',
      data: { schema: 'jixiao/project-evaluation@1' },
    } as unknown as RecordOf<ProjectEvaluation>;
    expect(kindOf(row as never)).toBe(PROJECT_KIND);
    expect(kindOf({ kind: 'department', data: {} } as never)).toBe(DEPARTMENT_KIND);
  });
});
