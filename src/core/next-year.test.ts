import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Evaluation } from './model';
import { draftNextYear } from './next-year';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, Evaluation.parse(JSON.parse(readFileSync(new URL(f, EXAMPLES), 'utf8')))] as const);
const nanzhou = examples.find(([f]) => f.startsWith('nanzhou'))![1];

describe('draftNextYear', () => {
  it.each(examples)('%s gives a valid draft of the next year', (_f, prev) => {
    const next = draftNextYear(prev, { rubric: 'gz-dept-2024' });
    expect(Evaluation.safeParse(next).success).toBe(true);
    expect(next.year).toBe(prev.year + 1);
    expect(next.rubric).toBe('gz-dept-2024');
  });

  it.each(examples)(
    '%s keeps functions, tasks, indicator names and targets, management items',
    (_f, prev) => {
      const next = draftNextYear(prev, { rubric: 'r' });
      expect(next.department).toMatchObject({
        name: prev.department.name,
        functions: prev.department.functions,
        units: prev.department.units,
      });
      expect(next.tasks).toEqual(prev.tasks);
      const row = (i: (typeof prev.indicators)[number], target: string | null | undefined) =>
        [i.level1, i.level2, i.name, target, i.points].map((x) => x ?? null);
      expect(next.indicators.map((i) => row(i, i.target))).toEqual(
        prev.indicators.map((i) => row(i, i.target ?? i.adjustedTarget ?? i.initialTarget)),
      );
      expect(next.management.map((m) => m.item)).toEqual(prev.management.map((m) => m.item));
      expect(next.projects.map((p) => p.name)).toEqual(prev.projects.map((p) => p.name));
    },
  );

  it.each(examples)('%s clears actuals, verdicts, scores and the stated figures', (_f, prev) => {
    const next = draftNextYear(prev, { rubric: 'r' });
    for (const i of [...next.indicators, ...next.projects.flatMap((p) => p.indicators)]) {
      for (const k of [
        'actual',
        'status',
        'completion',
        'judgement',
        'deviationReason',
        'reportedScore',
        'midYear',
      ])
        expect(i, `${i.name} ${k}`).not.toHaveProperty(k);
    }
    for (const m of next.management) {
      expect(m).toEqual({ item: m.item, deductions: [], ...(m.owner ? { owner: m.owner } : {}) });
    }
    expect(next.reported).toEqual({ scores: {}, deductions: [] });
    expect(next.finance.budget ?? null).toBeNull();
    expect(next.finance.executed ?? null).toBeNull();
    expect(next.finance.threePublic ?? null).toBeNull();
    expect([next.overview, next.goal, next.conclusion, next.managementSummary].every((x) => x == null)).toBe(
      true,
    );
    expect(next.problems).toEqual([]);
    expect(next.improvements).toEqual([]);
  });

  it('takes this year’s 决算 as next year’s 上年数', () => {
    const withLines = examples.map(([, e]) => e).find((e) => e.finance.income.some((l) => l.actual != null));
    const prev = withLines ?? nanzhou;
    const next = draftNextYear(prev, { rubric: 'r' });
    expect(next.finance.income.map((l) => [l.name, l.lastYear ?? null])).toEqual(
      prev.finance.income.map((l) => [l.name, l.actual ?? null]),
    );
    expect(next.finance.income.every((l) => l.actual == null && l.budget == null && l.initial == null)).toBe(
      true,
    );
    expect(next.finance.lastYear).toMatchObject({
      budget: prev.finance.budget ?? null,
      executed: prev.finance.executed ?? null,
    });
  });

  it('restates 南洲’s 三公 comparison against the year before', () => {
    const next = draftNextYear(nanzhou, { rubric: 'r' });
    const prevThree = nanzhou.finance.threePublic?.actual;
    expect(prevThree).toBeTypeOf('number');
    expect(next.finance.comparisons).toEqual([{ subject: '“三公”经费', base: '上年', baseValue: prevThree }]);
  });

  it('moves the year in the title and leaves a title without the year out', () => {
    expect(draftNextYear(nanzhou, { rubric: 'r' }).title).toBe(nanzhou.title!.replace('2023', '2024'));
    expect(draftNextYear({ ...nanzhou, title: '自评报告' }, { rubric: 'r' }).title).toBeNull();
  });

  it('does not change the evaluation it copies', () => {
    const before = structuredClone(nanzhou);
    const next = draftNextYear(nanzhou, { rubric: 'r' });
    next.department.functions.push('新职能');
    next.indicators[0]!.target = '改';
    expect(nanzhou).toEqual(before);
  });
});
