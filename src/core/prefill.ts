/**
 * The year's self-evaluation starts from its declaration (`jixiao/goals@1`): department, functions, 年度总体目标, the
 * declared 预算数 by source and the indicator table with its declared targets. Each indicator keeps the declared
 * target twice: as `target` (what the year is judged against) and as `initialTarget` (年初目标值), so that a target
 * changed later shows as an adjustment beside what was declared. Nothing is invented: what the declaration leaves
 * empty stays empty, and results (实际完成值, 执行数) are left for the year end.
 */
import type { DeclaredIndicator, EvaluationInput, Goals } from './model';

/** A declared row as the year-end row: its levels, name, target (also as 年初目标值), unit, 分值, 核心指标, owner. */
function fromDeclared(i: DeclaredIndicator) {
  return {
    ...(i.id ? { id: i.id } : {}),
    ...(i.level1 ? { level1: i.level1 } : {}),
    ...(i.level2 ? { level2: i.level2 } : {}),
    name: i.name,
    ...(i.target ? { target: i.target, initialTarget: i.target } : {}),
    ...(i.unit ? { unit: i.unit } : {}),
    ...(i.points != null ? { points: i.points } : {}),
    ...(i.core != null ? { core: i.core } : {}),
    ...(i.owner ? { owner: i.owner } : {}),
  };
}

/**
 * A self-evaluation draft prefilled from a declaration.
 * @example evaluationFromGoals(goals, 'gz-dept-2023').indicators[0].initialTarget // the declared target
 */
export function evaluationFromGoals(goals: Goals, rubric: string): EvaluationInput {
  return {
    schema: 'jixiao/evaluation@1',
    department: {
      name: goals.department.name,
      ...(goals.department.district ? { district: goals.department.district } : {}),
      functions: [...goals.department.functions],
    },
    year: goals.year,
    rubric,
    ...(goals.goal ? { goal: goals.goal } : {}),
    finance: {
      ...(goals.budget.total != null ? { initialBudget: goals.budget.total } : {}),
      // Every declared source, its amount empty where the declaration leaves it empty.
      expenditureBySource: goals.budget.bySource.map((l) => ({ name: l.source, initial: l.initial })),
    },
    indicators: goals.indicators.map(fromDeclared),
    projects: goals.projects.map((p) => ({
      name: p.name,
      ...(p.budget != null ? { budget: p.budget } : {}),
      funding: p.funding.map((f) => ({ ...f })),
      ...(p.goal ? { goal: p.goal } : {}),
      indicators: p.indicators.map(fromDeclared),
    })),
  } as EvaluationInput;
}
