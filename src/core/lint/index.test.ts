import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Evaluation, Goals, GoalsDraft } from '../model';
import { GOALS_FIELDS } from '../model/goals-fields';
import { calibrateGoals, LINT_MESSAGES, LINT_RULES, lintGoals } from '.';
import { presentLintFindings, renderLint, renderLintReport } from './render';

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
/** 新华 2022's table used as a declaration (examples/goals/xinhua-2022.json, targets as seed 003 states them). */
const xinhua = Goals.parse(read('examples/goals/xinhua-2022.json'));
/** Made-up 2019–2021 (test/fixtures/goals/README.md). */
const history = [2019, 2020, 2021].map((y) => Evaluation.parse(read(`test/fixtures/goals/xinhua-${y}.json`)));

describe('lintGoals on 新华 2022 as a declaration', () => {
  it('holds seed 003’s table: 21 indicators, 居民使用场室人次 at ≥28000人次, two projects', () => {
    expect(xinhua.indicators).toHaveLength(21);
    expect(xinhua.indicators[13]).toMatchObject({ name: '居民使用场室人次', target: '≥28000人次' });
    expect(xinhua.projects.map((p) => p.indicators.length)).toEqual([6, 6]);
  });

  it('with the earlier years, flags 居民使用场室人次 as far above past actuals — and nothing else from history', () => {
    const found = lintGoals(xinhua, { history });
    const past = found.filter((f) => f.code === 'goal_too_hard' || f.code === 'goal_too_easy');
    expect(past).toMatchObject([
      {
        code: 'goal_too_hard',
        path: 'indicators[13].target',
        principle: '目标值应合理可行（参照近三年实绩）',
      },
    ]);
    expect(renderLint(past[0]!)).toContain('目标值设置偏高');
  });

  it('without them, it cannot say so', () => {
    expect(lintGoals(xinhua).filter((f) => f.code === 'goal_too_hard')).toEqual([]);
  });

  it('raises nothing else on seed 003’s own table (every target a figure, levels as the rubric names them)', () => {
    const codes = lintGoals(xinhua).map((f) => `${f.code} ${f.path}`);
    expect(codes).toEqual([]);
  });

  it('prints like jixiao audit: a count, sections, the principle and the path', () => {
    const lines = renderLintReport(lintGoals(xinhua, { history }));
    expect(lines[0]).toBe('共 1 条：错误 0 条，警告 1 条，提示 0 条');
    expect(lines.slice(1, 3)).toEqual(['', '【绩效指标】']);
    expect(lines[3]).toMatch(
      /^ {2}\[警告\] 指标「居民使用场室人次」.*（目标值应合理可行（参照近三年实绩）；indicators\[13\]\.target）$/,
    );
    expect(renderLintReport([])).toEqual(['未发现问题：各项目标符合设置要求。']);
    const json = presentLintFindings(lintGoals(xinhua, { history }));
    expect(json.counts).toEqual({ error: 0, warning: 1, info: 0 });
    expect(json.findings[0]?.message).toBe(renderLint(json.findings[0]!));
  });
});

describe('the rules', () => {
  it('each code has its Chinese message and belongs to one rule', () => {
    const codes = LINT_RULES.flatMap((r) => r.codes);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => !LINT_MESSAGES[c])).toEqual([]);
    expect(Object.keys(LINT_MESSAGES).filter((c) => !codes.includes(c))).toEqual([]);
  });

  it('never throws on a declaration with empty and odd rows', () => {
    const odd = Goals.parse({
      department: { name: '某局' },
      year: 2022,
      indicators: [
        { name: '无' },
        { name: '成本', level1: '成本指标', target: '≥' },
        { name: 'x', target: '到9999年' },
      ],
      projects: [{ name: '空项目' }],
    });
    expect(() => lintGoals(odd, { history })).not.toThrow();
  });
});

describe('calibrateGoals', () => {
  it('gives 居民使用场室人次 its three made-up years and 12,030–13,233 人次, only from its own department', () => {
    const c = calibrateGoals(xinhua, { history })[13];
    expect(c).toMatchObject({
      name: '居民使用场室人次',
      suggested: { low: 12030, high: 13233, unit: '人次' },
    });
    expect(c?.history.map((p) => p.actual)).toEqual(['13,250人次', '8,960人次', '12,030人次']);
    const other = history.map((h) => ({ ...h, department: { ...h.department, name: '南洲街道办事处' } }));
    expect(calibrateGoals(xinhua, { history: other })[13]).toMatchObject({ history: [], suggested: null });
  });
});

describe('lintGoals on any text', () => {
  it('never throws on a draft, and every finding points at a field of the declaration', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('≥28000人次', '到2030年', '持续提升', '≤', '0', '100%', ''),
    );
    const row = fc.record({
      name: fc.string({ minLength: 1 }),
      level1: fc.option(fc.constantFrom('产出指标', '效益指标', '满意度指标', '成本指标', 'x')),
      level2: fc.option(fc.constantFrom('数量指标', '质量指标', '社会效益指标', '经济成本指标', '')),
      target: fc.option(cell),
      unit: fc.option(fc.constantFrom('人次', '万元', '%', '')),
      valueType: fc.option(fc.constantFrom('定量' as const, '定性' as const)),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (indicators) => {
        const doc = GoalsDraft.parse({
          department: { name: '广州市花都区人民政府新华街道办事处' },
          year: 2022,
          indicators,
        });
        for (const f of lintGoals(doc, { history })) expect(GOALS_FIELDS.fieldAt(f.path)).not.toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
