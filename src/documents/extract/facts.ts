/**
 * Compare an extracted evaluation with hand-checked facts (`seeds/facts/*.json`) field by field: the measure
 * behind `npm run eval:extract` and the extraction floor test. A null level in the facts accepts anything, a list
 * accepts any of its values, a null actual accepts any non-empty text; names and targets compare without spaces.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Evaluation, FinanceLine } from '../../core/model/evaluation';
import { levelKey, nameKey } from '../../core/text';
import { extractText } from '.';

export interface FieldCheck {
  field: string;
  ok: boolean;
  expected: unknown;
  got: unknown;
}

export interface FactsReport {
  source: string;
  checks: FieldCheck[];
  matched: number;
  total: number;
}

type Json = Record<string, unknown>;

const squash = (v: unknown) => (v == null ? null : String(v).replace(/\s+/g, ''));
const num = (a: unknown, b: unknown) =>
  a == null || b == null ? a == null && b == null : Math.abs(Number(a) - Number(b)) < 1e-6;

function line(lines: readonly FinanceLine[] | undefined, re: RegExp): number | null {
  return lines?.find((l) => re.test(nameKey(l.name)))?.actual ?? null;
}

/** Where each `budget` key of the facts lives in an evaluation. */
const BUDGET: Record<string, (e: Evaluation) => number | null | undefined> = {
  full_year_budget: (e) => e.finance.budget,
  executed: (e) => e.finance.executed,
  execution_rate: (e) => e.reported.executionRate ?? e.finance.executionRate,
  income: (e) => e.finance.incomeTotal?.actual,
  income_total: (e) => e.finance.incomeTotal?.actual,
  general_public_budget_income: (e) => line(e.finance.income, /一般公共预算/),
  government_fund_income: (e) => line(e.finance.income, /政府性基金/),
  general_public_budget_expenditure: (e) => line(e.finance.expenditureBySource, /一般公共预算/),
  government_fund_expenditure: (e) => line(e.finance.expenditureBySource, /政府性基金/),
  basic_expenditure: (e) => e.finance.basic ?? line(e.finance.expenditure, /^基本支出/),
  project_expenditure: (e) => e.finance.project ?? line(e.finance.expenditure, /^项目支出/),
  carryover: (e) => e.finance.carryover,
  carryover_rate: (e) => e.finance.carryoverRate,
  three_public_budget: (e) => e.finance.threePublic?.budget,
  three_public_actual: (e) => e.finance.threePublic?.actual,
  three_public_decrease: (e) => {
    const c = e.finance.comparisons.find((x) => x.subject.includes('三公'))?.change;
    return c == null ? null : -c;
  },
  three_public_decrease_pct: (e) => {
    const c = e.finance.comparisons.find((x) => x.subject.includes('三公'))?.changePct;
    return c == null ? null : -c;
  },
};

function levelOk(expected: unknown, got: string | null | undefined): boolean {
  if (expected == null) return true;
  const options = Array.isArray(expected) ? expected : [expected];
  return got != null && options.some((o) => levelKey(String(o)) === levelKey(got));
}

export function compareFacts(facts: Json, e: Evaluation): FactsReport {
  const checks: FieldCheck[] = [];
  const add = (field: string, ok: boolean, expected: unknown, got: unknown) =>
    checks.push({ field, ok, expected, got });
  const text = (field: string, expected: unknown, got: unknown) =>
    add(field, squash(expected) === squash(got), expected, got);
  const number = (field: string, expected: unknown, got: unknown) =>
    add(field, num(expected, got), expected, got);

  text('department', facts.department, e.department.name);
  if ('district' in facts) text('district', facts.district, e.department.district);
  number('year', facts.year, e.year);
  number('total_score', facts.total_score, e.reported.total);
  text('grade', facts.grade, e.reported.grade);
  for (const group of ['section_scores', 'subsection_scores'] as const) {
    for (const [k, v] of Object.entries((facts[group] as Json | undefined) ?? {}))
      number(`${group}.${k}`, v, e.reported.scores[k]);
  }
  for (const m of (facts.management_items as Json[] | undefined) ?? []) {
    number(`item.${m.name}`, m.score, e.reported.scores[String(m.name)]);
  }
  for (const [k, v] of Object.entries((facts.budget as Json | undefined) ?? {})) {
    const get = BUDGET[k];
    if (get) number(`budget.${k}`, v, get(e) ?? null);
  }
  if (facts.indicator_count != null) number('indicator_count', facts.indicator_count, e.indicators.length);
  ((facts.indicators as Json[] | undefined) ?? []).forEach((f, i) => {
    const want = squash(f.name);
    const got = e.indicators.find((x) => squash(x.name) === want) ?? null;
    const tag = `indicators[${i}]`;
    add(`${tag}.name`, got !== null, f.name, got?.name ?? e.indicators[i]?.name);
    add(`${tag}.level1`, !!got && levelOk(f.level1, got.level1), f.level1, got?.level1);
    add(`${tag}.level2`, !!got && levelOk(f.level2, got.level2), f.level2, got?.level2);
    if ('target' in f) text(`${tag}.target`, f.target, got?.target);
    if ('actual' in f) {
      if (f.actual == null) add(`${tag}.actual`, !!got?.actual?.trim(), '（任意非空）', got?.actual);
      else text(`${tag}.actual`, f.actual, got?.actual);
    }
    if ('status' in f) text(`${tag}.status`, f.status, got?.status);
    if ('completion' in f) text(`${tag}.completion`, f.completion, got?.completion);
  });
  ((facts.projects as Json[] | undefined) ?? []).forEach((f, i) => {
    const got = e.projects.find((p) => squash(p.name) === squash(f.name)) ?? null;
    const tag = `projects[${i}]`;
    add(`${tag}.name`, got !== null, f.name, got?.name ?? e.projects[i]?.name);
    number(`${tag}.budget`, f.budget, got?.budget ?? null);
    if ('executed' in f) number(`${tag}.executed`, f.executed, got?.executed ?? null);
    number(`${tag}.indicator_count`, f.indicator_count, got?.indicators.length ?? null);
  });
  for (const [i, d] of ((facts.deductions as Json[] | undefined) ?? []).entries()) {
    const got = e.reported.deductions.find((x) => squash(x.item) === squash(d.item));
    add(
      `deductions[${i}]`,
      !!got && num(got.points, d.points),
      `${d.item} 扣${d.points}分`,
      got ? `${got.item} 扣${got.points}分` : null,
    );
  }
  if (facts.project_self_evaluations != null)
    number('project_self_evaluations', facts.project_self_evaluations, e.reported.projectSelfEvaluations);
  number('problems_count', facts.problems_count, e.problems.length);
  number('improvements_count', facts.improvements_count, e.improvements.length);
  const matched = checks.filter((c) => c.ok).length;
  return { source: String(facts.source ?? ''), checks, matched, total: checks.length };
}

/**
 * Extract every seed of `dir` that has a facts file (`dir/facts/*.json`, naming its `source`) and compare:
 * the shared core of `npm run eval:extract` and the extraction floor test.
 */
export async function evaluateSeeds(dir: string): Promise<FactsReport[]> {
  const factsDir = join(dir, 'facts');
  const out: FactsReport[] = [];
  for (const f of (await readdir(factsDir)).filter((x) => x.endsWith('.json')).sort()) {
    const facts = JSON.parse(await readFile(join(factsDir, f), 'utf8')) as Json;
    const source = String(facts.source ?? f.replace(/\.json$/, '.txt'));
    const text = await readFile(join(dir, source), 'utf8');
    out.push(compareFacts(facts, extractText(text, source).evaluation));
  }
  return out;
}
