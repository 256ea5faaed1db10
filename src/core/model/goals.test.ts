import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sumWan } from '../money';
import { levelKey } from '../text';
import { DeclaredIndicator, Goals, GoalsDraft, Indicator } from '.';
import { GOALS_FIELDS } from './goals-fields';

const SEEDS = resolve(process.env.JIXIAO_SEEDS ?? '../shared/seeds', 'facts');

describe('the field registry of the declaration', () => {
  it.each([
    ['indicators[2].scoring', '绩效指标第 3 行 评(扣)分标准'],
    ['indicators[0].valueType', '绩效指标第 1 行 指标值类型'],
    ['projects[1].indicators[0].target', '项目第 2 行 绩效指标第 1 行 目标值'],
    ['budget.bySource[0].initial', '预算数第 1 行 预算数'],
    ['projects[0].indicators', '项目第 1 行 项目绩效指标'],
  ])('%s is 「%s」', (path, label) => {
    expect(GOALS_FIELDS.fieldLabel(path)).toBe(label);
  });
});

describe('jixiao/goals@1', () => {
  const minimal = { department: { name: '新华街道办事处' }, year: 2023 };

  it('a declared row is the evaluation’s indicator with four columns more', () => {
    const shape = Object.keys(DeclaredIndicator.shape);
    expect(shape).toEqual(
      expect.arrayContaining([
        ...Object.keys(Indicator.shape),
        'valueType',
        'scoring',
        'dataSource',
        'evidence',
      ]),
    );
    expect(shape).toHaveLength(Object.keys(Indicator.shape).length + 4);
  });

  it('reads a minimal declaration and fills the defaults', () => {
    const g = Goals.parse(minimal);
    expect(g).toMatchObject({
      schema: 'jixiao/goals@1',
      indicators: [],
      projects: [],
      budget: { bySource: [] },
    });
  });

  it('refuses a 指标值类型 that is neither 定量 nor 定性, in Chinese', () => {
    const r = Goals.safeParse({ ...minimal, indicators: [{ name: '慰问人次', valueType: '数量' }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({
      path: ['indicators', 0, 'valueType'],
      message: '指标值类型应为「定量」或「定性」',
    });
  });

  it('a complete declaration names every indicator; a draft may leave it empty', () => {
    const doc = { ...minimal, indicators: [{ name: '' }] };
    expect(Goals.safeParse(doc).error?.issues[0]?.message).toBe('指标名称不能为空');
    expect(GoalsDraft.safeParse(doc).success).toBe(true);
  });

  it('a draft refuses unknown keys, also in an extended indicator row, naming them', () => {
    const r = GoalsDraft.safeParse({ ...minimal, indicators: [{ name: 'x', weight: 3 }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('未知的字段：weight');
  });

  it('typed text waits in drafts only at a number field of the declaration', () => {
    const ok = GoalsDraft.safeParse({
      ...minimal,
      budget: { bySource: [{ source: '财政拨款' }] },
      drafts: { 'budget.bySource[0].initial': '一百万' },
    });
    expect(ok.success).toBe(true);
    const bad = GoalsDraft.safeParse({ ...minimal, drafts: { goal: 'x' } });
    expect(bad.error?.issues[0]?.message).toBe('「goal」不是数字字段，不能保存填写文本');
  });
});

describe('examples/goals/xinhua-2022.json: seed 003’s targets as declared', () => {
  const raw = JSON.parse(readFileSync('examples/goals/xinhua-2022.json', 'utf8'));
  const facts = JSON.parse(
    readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('003_'))!), 'utf8'),
  );

  it('is a complete declaration and a valid draft (no unknown key)', () => {
    expect(Goals.safeParse(raw).success).toBe(true);
    expect(GoalsDraft.safeParse(raw).success).toBe(true);
  });

  it('declares the seed’s 21 indicators with their levels and targets, and its projects’ targets', () => {
    const g = Goals.parse(raw);
    const pick = (i: { name: string; target?: unknown }) => [i.name, i.target];
    expect(g.indicators.map(pick)).toEqual(facts.indicators.map(pick));
    // The facts give a level where the table states it, a list where it is spelled two ways, null where merged away.
    const same = (a: unknown, b: unknown) => levelKey(String(a ?? '')) === levelKey(String(b));
    const fits = (level: unknown, fact: unknown) =>
      fact === null || (Array.isArray(fact) ? fact.some((f) => same(level, f)) : same(level, fact));
    const misfit = g.indicators.filter(
      (ind, i) =>
        !fits(ind.level1, facts.indicators[i].level1) || !fits(ind.level2, facts.indicators[i].level2),
    );
    expect(misfit).toEqual([]);
    expect(g.department).toMatchObject({ name: facts.department, district: facts.district });
    const targets = (ps: Array<{ name: string; indicators: Array<{ name: string; target?: unknown }> }>) =>
      ps.map((p) => [p.name, p.indicators.map((i) => [i.name, i.target ?? null])]);
    expect(targets(g.projects)).toEqual(targets(facts.projects));
  });

  it('its 预算数 is the 年初预算数 of the seed’s income table (21,870.50 + 4,000.00), summed in 分', () => {
    const g = Goals.parse(raw);
    expect(g.budget.bySource.map((l) => l.initial)).toEqual([21870.5, 4000]);
    expect(sumWan(g.budget.bySource.map((l) => l.initial ?? 0))).toBe(g.budget.total);
  });
});
