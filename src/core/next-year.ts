/** 从上年复制: next year's draft from this year's evaluation, keeping what carries over and clearing what is measured. */
import type { Evaluation, Finance, FinanceLine, Indicator, ManagementItem, Project } from './model';

export interface NextYearOptions {
  /** The rubric of the new year (the caller resolves it: the core knows no rubric registry). */
  rubric: string;
}

/** An indicator with its targets kept and everything measured in the year cleared. */
function carryIndicator(i: Indicator): Indicator {
  const out: Indicator = { name: i.name };
  if (i.id) out.id = i.id;
  if (i.level1) out.level1 = i.level1;
  if (i.level2) out.level2 = i.level2;
  // 年度目标值; the in-year adjustment (年初/调整后) is this year's story, not next year's.
  const target = i.target ?? i.adjustedTarget ?? i.initialTarget;
  if (target) out.target = target;
  if (i.unit) out.unit = i.unit;
  if (i.points != null) out.points = i.points;
  if (i.owner) out.owner = i.owner;
  return out;
}

function carryItem(m: ManagementItem): ManagementItem {
  const out: ManagementItem = { item: m.item, deductions: [] };
  if (m.owner) out.owner = m.owner;
  return out;
}

/** A finance line for next year: its name, and this year's 决算 as next year's 上年数. */
function carryLine(l: FinanceLine): FinanceLine {
  const out: FinanceLine = { name: l.name };
  if (l.actual != null) out.lastYear = l.actual;
  return out;
}

function carryProject(p: Project): Project {
  const out: Project = {
    name: p.name,
    funding: p.funding.map((f) => ({ source: f.source })),
    indicators: p.indicators.map(carryIndicator),
  };
  if (p.goal) out.goal = p.goal;
  return out;
}

/** Totals of the year just evaluated, as next year's 上年 figures; null when none is known. */
function lastYearTotals(f: Finance): Finance['lastYear'] {
  const income = f.incomeTotal?.actual ?? null;
  const budget = f.budget ?? null;
  const executed = f.executed ?? null;
  if (income == null && budget == null && executed == null) return null;
  return { income, budget, executed };
}

/**
 * Year-over-year comparisons restated from next year's side: this year's figure becomes the 上年 base, the new
 * figure and the change are left to fill in. Comparisons against a budget of this year do not carry over.
 */
function carryComparisons(f: Finance): Finance['comparisons'] {
  const out: Finance['comparisons'] = [];
  for (const c of f.comparisons) {
    if (c.current == null || out.some((o) => o.subject === c.subject)) continue;
    out.push({ subject: c.subject, base: '上年', baseValue: c.current });
  }
  const threePublic = f.threePublic?.actual;
  if (threePublic != null && !out.some((c) => /三公/.test(c.subject)))
    out.push({ subject: '“三公”经费', base: '上年', baseValue: threePublic });
  return out;
}

function carryFinance(f: Finance): Finance {
  return {
    income: f.income.map(carryLine),
    expenditure: f.expenditure.map(carryLine),
    expenditureBySource: f.expenditureBySource.map(carryLine),
    lastYear: lastYearTotals(f),
    comparisons: carryComparisons(f),
  };
}

/** A title naming the year, with the new year; null when the title does not name it. */
function nextTitle(title: string | null | undefined, year: number): string | null {
  if (!title?.includes(String(year))) return null;
  return title.replaceAll(String(year), String(year + 1));
}

/**
 * The draft of year N+1 from the evaluation of year N: the department (functions, units), the key tasks as planned, the
 * indicator table (targets kept; actuals, statuses, completion, judgements and deviation notes cleared), the
 * management items (scores, evidence and reasons cleared) and the projects' names, goals and indicators. Stated
 * scores, narrative and the year's figures are cleared; this year's 决算 become next year's 上年数.
 * @example draftNextYear(nanzhou2023, { rubric: 'gz-dept-2024' }).indicators[0].actual // undefined
 */
export function draftNextYear(prev: Evaluation, opts: NextYearOptions): Evaluation {
  const year = prev.year + 1;
  return {
    schema: prev.schema,
    department: {
      name: prev.department.name,
      district: prev.department.district ?? null,
      functions: [...prev.department.functions],
      units: [...prev.department.units],
      ...(prev.department.subordinateUnits != null
        ? { subordinateUnits: prev.department.subordinateUnits }
        : {}),
    },
    year,
    rubric: opts.rubric,
    title: nextTitle(prev.title, prev.year),
    tasks: prev.tasks.map((t) => ({ ...t })),
    finance: carryFinance(prev.finance),
    indicators: prev.indicators.map(carryIndicator),
    management: prev.management.map(carryItem),
    projects: prev.projects.map(carryProject),
    problems: [],
    improvements: [],
    reported: { scores: {}, deductions: [] },
  };
}
