/** The hand-transcribed examples: valid, faithful to the seeds' hand-checked facts, and scored as the seeds state. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Evaluation, Evaluation as EvaluationSchema } from '../src/core/model';
import { round2, sumWan } from '../src/core/money';
import { findScoreNode, rubricLeaves, type ScoreResult, scoreEvaluation } from '../src/core/rubric';
import { levelKey } from '../src/core/text';
import { getRubric } from '../src/rubrics';
import { SEED_004_ITEMS, SEED_004_SUBSECTIONS } from './golden';

const EXAMPLES = new URL('../examples/', import.meta.url);
const FACTS = new URL('../../shared/seeds/facts/', import.meta.url);
const HAVE_FACTS = existsSync(FACTS);

/** Each example with its seed; `proseIndicators` counts indicators named only in prose (no table in the seed). */
const CASES = [
  { example: 'xiaoguwei-2023', facts: '000_ca50f8c0ea536060', proseIndicators: 0 },
  { example: 'duobao-2023', facts: '001_89cd32ac6b17d492', proseIndicators: 0 },
  { example: 'jinhua-2024', facts: '002_4636de9413b44c94', proseIndicators: 11 },
  { example: 'xinhua-2022', facts: '003_0cae153c9ef8c78d', proseIndicators: 0 },
  { example: 'nanzhou-2023', facts: '004_ceb9afcdf1314de4', proseIndicators: 0 },
] as const;

type Level = string | string[] | null;
interface FactIndicator {
  level1?: Level;
  level2?: Level;
  name: string;
  target?: string;
  actual?: string | null;
  status?: string;
  completion?: string;
}
interface FactProject {
  name: string;
  budget: number;
  executed: number;
  execution_rate: number;
  indicator_count: number;
  funding: Array<{ source: string; budget: number; executed: number }>;
  indicators: FactIndicator[];
}
interface Facts {
  department: string;
  district: string;
  year: number;
  total_score: number | null;
  grade: string | null;
  section_scores: Record<string, number>;
  subsection_scores: Record<string, number>;
  budget: Record<string, number | null>;
  indicator_count: number;
  indicators: FactIndicator[];
  projects: FactProject[];
  problems_count: number;
  improvements_count: number;
  project_self_evaluations?: number;
  deductions?: Array<{ item: string; points: number }>;
  management_items?: Array<{ name: string; max: number; score: number }>;
}

/** Every facts field this test reads or deliberately ignores; a new field fails until it is handled. */
const KNOWN_FACT_KEYS = new Set([
  'source',
  'kind',
  'department',
  'district',
  'year',
  'total_score',
  'grade',
  'section_scores',
  'subsection_scores',
  'budget',
  'indicator_count',
  'indicators',
  'projects',
  'problems_count',
  'improvements_count',
  'project_self_evaluations',
  'deductions',
  'management_items',
  'known_inconsistencies',
  'notes',
  'level_value_lists',
]);

function loadExample(name: string): Evaluation {
  return EvaluationSchema.parse(JSON.parse(readFileSync(new URL(`${name}.json`, EXAMPLES), 'utf8')));
}

function loadFacts(name: string): Facts {
  return JSON.parse(readFileSync(new URL(`${name}.json`, FACTS), 'utf8')) as Facts;
}

/** Names and values compared with white space removed: the facts strip the spaces the seed text carries. */
const norm = (s: string | null | undefined) => (s == null ? null : s.replace(/\s+/g, ''));

const line = (lines: Evaluation['finance']['income'], name: string) =>
  lines.find((l) => l.name === name)?.actual ?? null;

/** Where each facts budget figure lives in an evaluation. */
const BUDGET_FIELDS: Record<string, (e: Evaluation) => number | null | undefined> = {
  full_year_budget: (e) => e.finance.budget,
  executed: (e) => e.finance.executed,
  execution_rate: (e) => e.reported.executionRate,
  income: (e) => e.finance.incomeTotal?.actual,
  income_total: (e) => e.finance.incomeTotal?.actual,
  general_public_budget_income: (e) => line(e.finance.income, '一般公共预算财政拨款收入'),
  government_fund_income: (e) => line(e.finance.income, '政府性基金预算财政拨款收入'),
  general_public_budget_expenditure: (e) => line(e.finance.expenditureBySource, '一般公共预算财政拨款支出'),
  government_fund_expenditure: (e) => line(e.finance.expenditureBySource, '政府性基金预算财政拨款支出'),
  basic_expenditure: (e) => e.finance.basic,
  project_expenditure: (e) => e.finance.project,
  carryover: (e) => e.finance.carryover,
  carryover_rate: (e) => e.finance.carryoverRate,
  three_public_budget: (e) => e.finance.threePublic?.budget,
  three_public_actual: (e) => e.finance.threePublic?.actual,
  three_public_decrease: (e) => {
    const c = e.finance.comparisons.find((x) => x.subject.includes('三公'));
    return c?.change == null ? null : -c.change;
  },
  three_public_decrease_pct: (e) => {
    const c = e.finance.comparisons.find((x) => x.subject.includes('三公'));
    return c?.changePct == null ? null : -c.changePct;
  },
};

/** A facts level: null accepts anything, a list accepts any of its values. */
function expectLevel(actual: string | null | undefined, fact: Level | undefined, where: string): void {
  if (fact == null) return;
  const allowed = (Array.isArray(fact) ? fact : [fact]).map(levelKey);
  expect(allowed, where).toContain(levelKey(actual ?? ''));
}

function expectIndicator(
  got: Evaluation['indicators'][number] | undefined,
  fact: FactIndicator,
  where: string,
): void {
  expect(got, where).toBeDefined();
  if (!got) return;
  expect(norm(got.name), `${where} name`).toBe(norm(fact.name));
  if (fact.target !== undefined) expect(norm(got.target), `${where} target`).toBe(norm(fact.target));
  if (fact.actual != null) expect(norm(got.actual), `${where} actual`).toBe(norm(fact.actual));
  if (fact.actual === null) expect(norm(got.actual), `${where} actual`).toBeTruthy();
  if (fact.status !== undefined) expect(got.status, `${where} status`).toBe(fact.status);
  if (fact.completion !== undefined)
    expect(norm(got.completion), `${where} completion`).toBe(norm(fact.completion));
  expectLevel(got.level1, fact.level1, `${where} level1`);
  expectLevel(got.level2, fact.level2, `${where} level2`);
}

describe.each(CASES)('examples/$example', ({ example, facts: factsName, proseIndicators }) => {
  const e = loadExample(example);

  it('parses as an Evaluation on the Guangzhou rubric of its year', () => {
    expect(e.rubric).toBe(`gz-dept-${e.year}`);
    expect(getRubric(e.rubric).year).toBe(e.year);
  });

  describe.skipIf(!HAVE_FACTS)(`matches the seed's facts (skipped when ${FACTS.pathname} is absent)`, () => {
    const f = HAVE_FACTS ? loadFacts(factsName) : ({} as Facts);

    it('uses only facts fields this test knows', () => {
      expect(Object.keys(f).filter((k) => !KNOWN_FACT_KEYS.has(k))).toEqual([]);
    });

    it('department, district, year, total, grade and stated scores', () => {
      expect(norm(e.department.name)).toBe(norm(f.department));
      expect(e.department.district).toBe(f.district);
      expect(e.year).toBe(f.year);
      expect(e.reported.total ?? null).toBe(f.total_score);
      expect(e.reported.grade ?? null).toBe(f.grade);
      for (const [k, v] of Object.entries({ ...f.section_scores, ...f.subsection_scores })) {
        expect(e.reported.scores[k], k).toBe(v);
      }
      for (const d of f.deductions ?? []) {
        expect(e.reported.deductions.find((x) => x.item === d.item)?.points, d.item).toBe(d.points);
      }
      if (f.project_self_evaluations !== undefined) {
        expect(e.reported.projectSelfEvaluations).toBe(f.project_self_evaluations);
      }
    });

    it('budget figures', () => {
      for (const [k, v] of Object.entries(f.budget)) {
        const get = BUDGET_FIELDS[k];
        expect(get, `no mapping for facts budget.${k}`).toBeDefined();
        if (get) expect(get(e) ?? null, `budget.${k}`).toBe(v);
      }
    });

    it('indicators: count, names, targets, actuals, levels and status', () => {
      expect(e.indicators).toHaveLength(f.indicator_count || proseIndicators);
      if (f.indicator_count) expect(e.reported.indicatorCount ?? f.indicator_count).toBe(f.indicator_count);
      f.indicators.forEach((fact, i) => {
        expectIndicator(e.indicators[i], fact, `indicators[${i}]`);
      });
    });

    it('projects: totals, funding lines and indicators', () => {
      expect(e.projects).toHaveLength(f.projects.length);
      f.projects.forEach((fp, i) => {
        const p = e.projects[i]!;
        expect(norm(p.name)).toBe(norm(fp.name));
        expect([p.budget, p.executed, p.executionRate]).toEqual([fp.budget, fp.executed, fp.execution_rate]);
        expect(p.indicators).toHaveLength(fp.indicator_count);
        expect(p.funding.map((l) => [norm(l.source), l.budget, l.executed])).toEqual(
          fp.funding.map((l) => [norm(l.source), l.budget, l.executed]),
        );
        fp.indicators.forEach((fact, j) => {
          expectIndicator(p.indicators[j], fact, `projects[${i}].indicators[${j}]`);
        });
      });
    });

    it('management items as the seed prints them', () => {
      for (const m of f.management_items ?? []) {
        expect(e.management.find((x) => x.item === m.name)?.score, m.name).toBe(m.score);
      }
    });

    it('problem and improvement counts', () => {
      expect(e.problems).toHaveLength(f.problems_count);
      expect(e.improvements).toHaveLength(f.improvements_count);
    });
  });
});

function score(name: string): ScoreResult {
  const e = loadExample(name);
  return scoreEvaluation(e, getRubric(e.rubric));
}

const nodeScore = (s: ScoreResult, name: string) => {
  const n = findScoreNode(s.root, name);
  return n?.score == null ? null : round2(n.score);
};

/** Paths of every 管理效率 leaf: what cannot be scored when a report states no item scores. */
function managementLeafPaths(rubricId: string): string[] {
  const root = getRubric(rubricId).root;
  const paths: string[] = [];
  const walk = (node: typeof root, path: string) => {
    if (!node.children?.length) paths.push(path);
    for (const c of node.children ?? []) walk(c, `${path}/${c.name}`);
  };
  const mgmt = root.children?.find((c) => c.name === '管理效率');
  if (mgmt) walk(mgmt, `${root.name}/管理效率`);
  return paths;
}

describe('scores on the rubric', () => {
  it('南洲 2023 (seed 004): 91.46, every subsection and item as printed', () => {
    const s = score('nanzhou-2023');
    expect(s.complete).toBe(true);
    expect(round2(s.total!)).toBe(91.46);
    const subsections = SEED_004_SUBSECTIONS;
    const items = SEED_004_ITEMS;
    expect(Object.keys(items)).toHaveLength(23);
    for (const [name, v] of Object.entries({ ...subsections, ...items }))
      expect(nodeScore(s, name), name).toBe(v);
  });

  it('金花 2024 (seed 002): 98.5 with 产出指标 19 and 预算资金支出率 9.5', () => {
    const s = score('jinhua-2024');
    expect(s.complete).toBe(true);
    expect(round2(s.total!)).toBe(98.5);
    expect(s.grade).toBe('优');
    expect(nodeScore(s, '履职效能')).toBe(48.5);
    expect(nodeScore(s, '产出指标')).toBe(19);
    expect(nodeScore(s, '效益指标')).toBe(20);
    expect(nodeScore(s, '预算资金支出率')).toBe(9.5);
    expect(nodeScore(s, '管理效率')).toBe(50);
  });

  it('小谷围 2023 (seed 000): incomplete, every 管理效率 item missing, 支出率 from 22696.66 / 23582.84', () => {
    const s = score('xiaoguwei-2023');
    expect(s.complete).toBe(false);
    expect(s.total).toBeNull();
    expect(s.missing).toEqual(managementLeafPaths('gz-dept-2023'));
    expect(s.missing).toHaveLength(23);
    expect(nodeScore(s, '预算资金支出率')).toBe(9.62);
  });

  it('新华 2022 (seed 003): incomplete, no total budget and no item scores', () => {
    const s = score('xinhua-2022');
    expect(s.complete).toBe(false);
    expect(s.total).toBeNull();
    expect(s.missing).toEqual(['总分/履职效能/预算资金支出率', ...managementLeafPaths('gz-dept-2022')]);
    expect(rubricLeaves(getRubric('gz-dept-2022').root)).toHaveLength(26);
  });

  it('新华 2022 keeps the seed’s income error: lines sum to 43715.12, the stated total is 43717.66', () => {
    const e = loadExample('xinhua-2022');
    expect(sumWan(e.finance.income.map((l) => l.actual ?? 0))).toBe(43715.12);
    expect(e.finance.incomeTotal?.actual).toBe(43717.66);
  });
});
