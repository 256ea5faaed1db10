/**
 * The self-evaluation prefilled from a declaration: 南洲 2023's declaration (`examples/goals/nanzhou-2023.json`, the
 * targets its self-evaluation reports) gives a draft whose indicator table is seed 004's, target for target, each
 * target also kept as 年初目标值; results stay empty; 新华 2022's declaration carries its projects' targets and its
 * budget by source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvaluationDraft, Goals } from './model';
import { evaluationFromGoals } from './prefill';

const SEEDS = '../shared/seeds/facts';
const facts = (prefix: string) =>
  JSON.parse(readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(prefix))!), 'utf8'));
const goals = (file: string) => Goals.parse(JSON.parse(readFileSync(`examples/goals/${file}`, 'utf8')));

describe('evaluationFromGoals', () => {
  const seed = facts('004_');
  const draft = EvaluationDraft.parse(evaluationFromGoals(goals('nanzhou-2023.json'), 'gz-dept-2023'));

  it('is a draft of 南洲 2023 on the rubric given, with the declared department and goal', () => {
    expect(draft).toMatchObject({ year: seed.year, rubric: 'gz-dept-2023' });
    expect(draft.department.name).toContain('南洲');
    expect(draft.department.district).toBe(seed.district);
    expect(draft.goal).toMatch(/^2023 年，南洲街道办事处/);
  });

  it('holds seed 004’s indicator table: levels, names and targets, each target also as 年初目标值', () => {
    const row = (i: {
      level1?: string | null;
      level2?: string | null;
      name: string;
      target?: string | null;
    }) => [i.level1, i.level2, i.name, i.target];
    expect(draft.indicators.map(row)).toEqual(seed.indicators.map(row));
    expect(draft.indicators.every((i) => i.initialTarget === i.target)).toBe(true);
  });

  it('leaves the year-end results empty', () => {
    expect(draft.indicators.every((i) => i.actual == null && i.judgement == null)).toBe(true);
    expect(draft.finance.executed).toBeUndefined();
    expect(draft.reported.total).toBeUndefined();
  });

  it('carries the declared budget by source and the projects with their targets (新华 2022)', () => {
    const g = goals('xinhua-2022.json');
    const d = EvaluationDraft.parse(evaluationFromGoals(g, 'gz-dept-2022'));
    expect(d.finance.initialBudget).toBe(25870.5);
    expect(d.finance.expenditureBySource.map((l) => [l.name, l.initial])).toEqual([
      ['一般公共预算财政拨款', 21870.5],
      ['政府性基金预算财政拨款', 4000],
    ]);
    const seed3 = facts('003_');
    const targets = (ps: Array<{ name: string; indicators: Array<{ name: string; target?: unknown }> }>) =>
      ps.map((p) => [p.name, p.indicators.map((i) => [i.name, i.target ?? null])]);
    expect(targets(d.projects)).toEqual(targets(seed3.projects));
  });
});
