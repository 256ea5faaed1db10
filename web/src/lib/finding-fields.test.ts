/**
 * Every finding has a field: each code an audit rule declares is triggered by some document here, and every path an
 * audit finding or a validation issue points at is a field of the editor's registry (the browser test checks that the
 * registry's fields are on the page and editable).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditEvaluation, type Finding } from '../../../src/core/audit';
import { RULES } from '../../../src/core/audit/rules';
import { type Evaluation, Evaluation as Schema } from '../../../src/core/model';
import { fieldAt, fieldElementPath } from '../../../src/core/model/fields';
import { validateEvaluation } from '../../../src/core/validate';
import { findRubric } from '../../../src/rubrics';
import { getAt, type Path, sitesOf } from '../../../test/audit-mutation-sites';

const EXAMPLES = ['nanzhou-2023', 'xinhua-2022', 'duobao-2023', 'xiaoguwei-2023', 'jinhua-2024'];
const load = (name: string): Evaluation =>
  Schema.parse(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));

function setAt(o: unknown, p: Path, v: unknown): void {
  (getAt(o, p.slice(0, -1)) as Record<string | number, unknown>)[p.at(-1)!] = v;
}

/** Each figure of each example changed a few ways: far off, a little off, to a rounding, to zero; statuses flipped. */
function* mutations(): Generator<Evaluation> {
  for (const name of EXAMPLES) {
    const e = load(name);
    yield e;
    for (const s of sitesOf(name, e, findRubric(e.rubric)!)) {
      const old = getAt(e, s.path);
      const values =
        s.kind === 'status'
          ? ['已完成', '未完成']
          : typeof old === 'number'
            ? [old * 1.3, old * 0.7, old + 0.004, 0]
            : ['50%', '200%'];
      for (const v of values) {
        const c = structuredClone(e);
        setAt(c, s.path, v);
        yield c;
      }
    }
  }
}

/** Documents for the codes no change of a figure reaches: each edit of 南洲 2023 names the code it is for. */
/** The total stated as 93.72 in the text and as the computed 91.46 in the score table (the one taken). */
function statedTwice(e: Evaluation): void {
  e.reported.statements = [
    { field: 'reported.total', value: 93.72, place: { line: 37, text: '整体绩效自评得分 93.72 分。' } },
    {
      field: 'reported.total',
      value: 91.46,
      place: { table: 3, caption: '表 2-1', row: 12, text: '合计 | 100 | 91.46' },
    },
  ];
}

const TARGETED: Record<string, (e: Evaluation) => void> = {
  comparison_pct_rounding: (e) => {
    e.finance.comparisons[0]!.changePct = -2.2;
  },
  carryover_rate_mismatch: (e) => {
    e.finance.carryover = 500;
    e.finance.carryoverRate = 9;
  },
  carryover_rate_rounded: (e) => {
    e.finance.carryover = 539.17;
    e.finance.carryoverRate = 2.3;
  },
  carryover_rate_high: (e) => {
    e.finance.carryover = 5000;
    e.finance.carryoverRate = null;
  },
  item_value_rounded: (e) => {
    e.finance.carryover = 539.17;
    e.management.find((m) => m.item === '结转结余率')!.value = 2.3;
  },
  score_key_unknown: (e) => {
    e.reported.scores.不存在的项目 = 1;
  },
  rubric_missing: (e) => {
    e.rubric = 'nowhere-2023';
  },
  grade_computed_mismatch: (e) => {
    e.reported.grade = '良';
  },
  deduction_no_reason: (e) => {
    e.reported.deductions.push({ item: '产出指标', points: 1, reason: null });
  },
  indicator_lost_no_reason: (e) => {
    Object.assign(e.indicators[1]!, { points: 5, reportedScore: 3, deviationReason: null, judgement: null });
  },
  indicator_verdict_contradicts: (e) => {
    e.indicators[1] = {
      ...e.indicators[1]!,
      target: '≥100个',
      actual: '120个',
      judgement: { result: 'not_met', reason: '人工判断为未完成', by: 'x' },
    };
  },
  indicator_completion_rounded: (e) => {
    e.indicators[1] = { ...e.indicators[1]!, target: '≥95个', actual: '97个', completion: '102.1%' };
  },
  statement_conflict: (e) => statedTwice(e),
  statement_computed_differs: (e) => statedTwice(e),
  target_too_low: (e) => {
    e.indicators[1] = { ...e.indicators[1]!, target: '≥10个', actual: '100个', judgement: null };
  },
};

function* targeted(): Generator<[string, Evaluation]> {
  for (const [code, edit] of Object.entries(TARGETED)) {
    const e = load('nanzhou-2023');
    edit(e);
    yield [code, e];
  }
}

describe('every finding has a field', () => {
  const found = new Map<string, Set<string>>();
  const note = (f: Pick<Finding, 'code' | 'path'>) => {
    const paths = found.get(f.code) ?? new Set<string>();
    paths.add(f.path);
    found.set(f.code, paths);
  };
  const audit = (e: Evaluation) => {
    for (const f of auditEvaluation(e, findRubric(e.rubric))) note(f);
  };
  for (const e of mutations()) audit(e);
  for (const [code, e] of targeted()) {
    const codes = auditEvaluation(e, findRubric(e.rubric)).map((f) => f.code);
    it(`the edit for ${code} triggers it`, () => expect(codes).toContain(code));
    audit(e);
  }

  it('triggers every code the audit rules declare', () => {
    const declared = RULES.flatMap((r) => r.codes);
    expect(declared.length).toBeGreaterThan(40);
    expect(declared.filter((c) => !found.has(c))).toEqual([]);
  });

  it('points every audit finding at a field the editor has', () => {
    const without: string[] = [];
    for (const [code, paths] of found)
      for (const p of paths) if (fieldElementPath(p) === null) without.push(`${code} → ${p}`);
    expect(found.size).toBeGreaterThan(40);
    expect(without).toEqual([]);
  });

  it('points every validation issue at a field the editor has', () => {
    const e = load('nanzhou-2023');
    // The document as a file may hold it, wrong values and all.
    const bad = JSON.parse(JSON.stringify(e));
    bad.department.name = '';
    bad.year = 1999;
    bad.tasks = [{ title: '' }];
    bad.finance.budget = -1;
    bad.finance.income = [{ name: '', budget: 1.0000001 }];
    bad.finance.comparisons[0].subject = '';
    bad.finance.comparisons[0].changePct = 5000;
    bad.indicators[0].name = '';
    bad.indicators[0].target = '≥abc';
    bad.indicators[0].adjustedTarget = '≤xyz';
    bad.indicators[1].judgement = { result: 'not_met' };
    bad.indicators[2].points = 101;
    bad.management[0].item = '不存在的项目';
    bad.management[1].score = 99;
    bad.management[2].deductions = [{ points: -1, reason: '' }];
    bad.projects = [
      { name: '', budget: -1, funding: [{ source: '' }], indicators: [{ name: '', target: '≥?' }] },
    ];
    bad.problems = [''];
    bad.improvements = [''];
    bad.reported.total = 120;
    bad.reported.scores.产出指标 = -3;
    bad.reported.deductions = [{ item: '', points: 200 }];
    bad.reported.indicatorCount = 2.5;
    bad.drafts = { 'finance.executed': 'abc' };
    const issues = [
      ...validateEvaluation(bad, findRubric).issues,
      ...validateEvaluation({ ...e, management: [e.management[0], e.management[0]] }, findRubric).issues,
      ...validateEvaluation({ ...e, rubric: 'nowhere-2023' }, findRubric).issues,
    ];
    expect(issues.length).toBeGreaterThan(25);
    const without = issues
      .filter((i) => fieldElementPath(i.path) === null)
      .map((i) => `${i.path}：${i.message}`);
    expect(without).toEqual([]);
    // Containers point at the whole table; a value's issue points at the value's own field.
    expect(issues.filter((i) => fieldAt(i.path)?.container)).toEqual([]);
  });
});
