import { describe, expect, it } from 'vitest';
import gzDept from '../../rubrics/guangzhou/dept.json' with { type: 'json' };
import national from '../../rubrics/national/project-2020.json' with { type: 'json' };
import { parseRubric, parseRubricFamily, RubricError } from './load';

const FILE = 'src/rubrics/guangzhou/dept.json';
/** 管理效率 / 预算执行 / 结转结余率 in the Guangzhou file. */
const CARRYOVER = 'root.children[1].children[1].children[0]';

// biome-ignore lint/suspicious/noExplicitAny: the tests break raw rubric JSON in place, field by field
type Json = Record<string, any>;
const carryover = (d: Json): Json => d.root.children[1].children[1].children[0];

/** The problems a broken copy of the Guangzhou file is rejected with. */
function problemsOf(edit: (d: Json) => void): readonly string[] {
  const data = structuredClone(gzDept) as Json;
  edit(data);
  try {
    parseRubricFamily(data, FILE);
  } catch (e) {
    if (e instanceof RubricError) return e.problems;
    throw e;
  }
  throw new Error('the broken copy loaded');
}

describe('rubric parameters are checked per kind', () => {
  it('a mistyped parameter fails, naming the file and the JSON path', () => {
    const problems = problemsOf((d) => {
      const p = carryover(d).params;
      p.treshold = p.threshold;
      delete p.threshold;
    });
    expect(problems).toEqual([
      `${FILE}: ${CARRYOVER}.params.threshold: 缺少此项`,
      `${FILE}: ${CARRYOVER}.params.treshold: 未知参数`,
    ]);
  });

  it.each([
    [
      'a number given as text',
      (d: Json) => (carryover(d).params.threshold = '10'),
      'params.threshold: 应为数字，实际为文本',
    ],
    [
      'an unknown rate',
      (d: Json) => (carryover(d).params.input = 'carryover'),
      'params.input: 应为 "carryover_rate"、"three_public_rate"、"public_funds_rate"、"fixed_asset_utilization" 之一，实际为 "carryover"',
    ],
    [
      'an unknown overrun mode',
      (d: Json) => (carryover(d).params.over.mode = 'steps'),
      'params.over.mode: 未知的类型 "steps"（可用：step、proportional、zero）',
    ],
    ['an overrun step of 0', (d: Json) => (carryover(d).params.over.per = 0), 'params.over.per: 应大于 0'],
    ['a parameter of another kind', (d: Json) => (carryover(d).params.cap = 1), 'params.cap: 未知参数'],
    [
      'an unknown kind',
      (d: Json) => (carryover(d).kind = 'treshold_at_most'),
      'kind: 未知的类型 "treshold_at_most"（可用：group、execution_rate、indicator_completion、threshold_at_most、threshold_at_least、judgement）',
    ],
    ['an unknown node field', (d: Json) => (carryover(d).alias = ['结余率']), 'alias: 未知字段'],
  ])('%s fails', (_, edit, line) => {
    expect(problemsOf(edit)).toEqual([`${FILE}: ${CARRYOVER}.${line}`]);
  });

  it('a judgement takes no parameters; a wrong type in a year entry is named there', () => {
    const problems = problemsOf((d) => {
      d.root.children[1].children[0].children[0].params = { threshold: 3 };
      d.years[1].year = '2023';
    });
    expect(problems).toEqual([
      `${FILE}: root.children[1].children[0].children[0].params.threshold: 未知参数`,
      `${FILE}: years[1].year: 应为数字，实际为文本`,
    ]);
  });

  it('group sums and names shared by two nodes fail with their paths', () => {
    const problems = problemsOf((d) => {
      d.root.children[1].children[2].children[0].aliases = ['结余结转率'];
      d.root.children[1].children[2].max = 5;
    });
    expect(problems).toEqual([
      `${FILE}: root.children[1].max: 「管理效率」子项分值合计 51，不等于 50`,
      `${FILE}: root.children[1].children[2].max: 「信息公开」子项分值合计 4，不等于 5`,
      `${FILE}: root.children[1].children[2].children[0].aliases[0]: 「结余结转率」已是 ${CARRYOVER}（结转结余率）的名称或别名`,
    ]);
  });

  it('fills the documented defaults, so evaluators read typed parameters', () => {
    const data = structuredClone(gzDept) as Json;
    const output = data.root.children[0].children[0];
    output.params = { select: ['产出指标'] };
    delete carryover(data).params.over;
    const [r] = parseRubricFamily(data, FILE);
    const [perf, mgmt] = r!.root.kind === 'group' ? r!.root.children : [];
    expect(perf?.kind === 'group' && perf.children[0]?.params).toEqual({
      select: ['产出指标'],
      weighting: 'equal',
      unmet: 'proportional',
      tiers: { met: 1, partly_met: 0.7, not_met: 0.3 },
    });
    const budgetExec = mgmt?.kind === 'group' ? mgmt.children[1] : undefined;
    expect(budgetExec?.kind === 'group' && budgetExec.children[0]?.params).toEqual({
      input: 'carryover_rate',
      threshold: 10,
      over: { mode: 'proportional' },
    });
  });
});

describe('years sharing one definition', () => {
  it('expands one rubric per year, with what the year overrides', () => {
    const data = structuredClone(gzDept) as Json;
    data.years[2].version = 2;
    const rubrics = parseRubricFamily(data, FILE);
    expect(rubrics.map((r) => [r.id, r.year, r.version])).toEqual([
      ['gz-dept-2022', 2022, 1],
      ['gz-dept-2023', 2023, 1],
      ['gz-dept-2024', 2024, 2],
    ]);
    expect(rubrics[0]!.root).toBe(rubrics[2]!.root);
    expect(rubrics[1]!.name).toBe('广州市部门整体支出绩效自评指标体系（2023 年度）');
  });

  it('a single rubric file is not a family, and the reverse', () => {
    expect(parseRubric(national, 'national.json').id).toBe('national-project-2020');
    expect(() => parseRubric(gzDept, FILE)).toThrow(`${FILE}: years: 未知字段`);
    expect(() => parseRubricFamily(national, 'n.json')).toThrow('n.json: years: 缺少此项');
  });
});
