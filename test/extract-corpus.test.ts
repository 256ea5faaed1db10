/**
 * The extraction ratchet: every kind of document made from the seeds and the corpus (`fixtures/extract/kinds.ts`)
 * must read at least the share of hand-checked facts kept in `fixtures/extract/floors.json` (raise a floor when a
 * reader gets better, never lower it). The corpus facts are checked against themselves and their text first, so a
 * typo in a facts file fails here instead of passing as a reader's error. Scans are measured by
 * `npm run eval:extract --kind scan`, not here: OCR takes minutes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KINDS, type Kind, loadDocs, makeKind, missingTools, readKind } from './fixtures/extract/kinds';

type Json = Record<string, unknown>;
const floors = JSON.parse(
  readFileSync(join(import.meta.dirname, 'fixtures/extract/floors.json'), 'utf8'),
) as Record<string, { seed?: number; corpus?: number }>;
const docs = loadDocs();
const corpus = docs.filter((d) => d.group === 'corpus');
const ci = process.env.CI === 'true';

const squash = (s: unknown) => String(s).replace(/\s+/g, '');
const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
/** 12345.6 as the text may write it: 12345.60 or 12,345.60. */
const moneyForms = (v: number) => {
  const fixed = v.toFixed(2);
  const [int, dec] = fixed.split('.');
  return [fixed, `${int!.replace(/\B(?=(\d{3})+$)/g, ',')}.${dec}`];
};

describe('corpus facts agree with themselves and with their text', () => {
  it('has the three corpus reports', () => {
    expect(corpus.map((d) => d.id)).toEqual(['c01_weijian', 'c02_jiaoyu', 'c03_zhen']);
  });

  describe.each(corpus.map((d) => [d.id, d] as const))('%s', (_id, d) => {
    const f = d.facts;
    const b = f.budget as Record<string, number>;
    const text = squash(d.text);

    it('budget figures: rate = 执行数 / 全年预算数, carryover = the rest, basic + project = 执行数', () => {
      expect(near(b.execution_rate!, (100 * b.executed!) / b.full_year_budget!, 0.01)).toBe(true);
      expect(near(b.carryover!, b.full_year_budget! - b.executed!, 0.005)).toBe(true);
      expect(near(b.carryover_rate!, (100 * b.carryover!) / b.full_year_budget!, 0.01)).toBe(true);
      expect(near(b.basic_expenditure! + b.project_expenditure!, b.executed!, 0.011)).toBe(true);
      expect(b.general_public_budget_income! + b.government_fund_income!).toBeLessThanOrEqual(
        b.income_total!,
      );
      expect(b.three_public_actual!).toBeLessThanOrEqual(b.three_public_budget!);
      const lastYear = b.three_public_actual! + b.three_public_decrease!;
      expect(near(b.three_public_decrease_pct!, (100 * b.three_public_decrease!) / lastYear, 0.01)).toBe(
        true,
      );
    });

    it('every money figure of the facts is written in the text', () => {
      for (const k of [
        'full_year_budget',
        'executed',
        'income_total',
        'basic_expenditure',
        'project_expenditure',
      ]) {
        expect(
          moneyForms(b[k]!).some((m) => text.includes(m)),
          `${k} ${b[k]}`,
        ).toBe(true);
      }
    });

    it('scores: items within their maximum and summing to their section, sections to the total, the grade its band', () => {
      const sub = f.subsection_scores as Record<string, number>;
      const sec = f.section_scores as Record<string, number>;
      for (const m of (f.management_items as Json[] | undefined) ?? []) {
        expect(Number(m.score)).toBeGreaterThanOrEqual(0);
        expect(Number(m.score), String(m.name)).toBeLessThanOrEqual(Number(m.max));
      }
      const items = (f.management_items as Json[] | undefined) ?? [];
      for (const s of new Set(items.map((m) => String(m.section))))
        expect(
          near(sum(items.filter((m) => m.section === s).map((m) => Number(m.score))), sub[s]!, 1e-9),
          s,
        ).toBe(true);
      expect(near(sub.预算资金支出率!, b.execution_rate! / 10, 0.006)).toBe(true);
      expect(near(sec.履职效能!, sub.产出指标! + sub.效益指标! + sub.预算资金支出率!, 1e-9)).toBe(true);
      const management = ['预算编制', '预算执行', '信息公开', '绩效管理', '采购管理', '资产管理', '运行成本'];
      expect(near(sec.管理效率!, sum(management.map((k) => sub[k]!)), 1e-9)).toBe(true);
      expect(near(Number(f.total_score), sec.履职效能! + sec.管理效率!, 1e-9)).toBe(true);
      const t = Number(f.total_score);
      expect(f.grade).toBe(t >= 90 ? '优' : t >= 80 ? '良' : t >= 60 ? '中' : '差');
    });

    it('indicators: counted right, each name, target and actual written in the text, completion at most 100%', () => {
      const inds = f.indicators as Json[];
      expect(inds.length).toBe(f.indicator_count);
      for (const i of inds) {
        for (const k of ['name', 'target', 'actual'] as const)
          expect(text.includes(squash(i[k])), `${i.name} ${k}`).toBe(true);
        if (i.completion != null) expect(Number.parseFloat(String(i.completion))).toBeLessThanOrEqual(100);
      }
    });

    it('projects: funding lines sum to the project budget and executed', () => {
      for (const p of (f.projects as Json[] | undefined) ?? []) {
        const funding = (p.funding as Json[] | undefined) ?? [];
        if (!funding.length) continue;
        expect(near(sum(funding.map((x) => Number(x.budget))), Number(p.budget), 0.005)).toBe(true);
        expect(near(sum(funding.map((x) => Number(x.executed))), Number(p.executed), 0.005)).toBe(true);
        expect(near(Number(p.execution_rate), (100 * Number(p.executed)) / Number(p.budget), 0.01)).toBe(
          true,
        );
      }
    });
  });
});

const measured = KINDS.filter((k): k is Exclude<Kind, 'scan'> => k !== 'scan');

describe('every kind keeps its floor of facts read', () => {
  it('floors.json has a floor for every kind measured here', () => {
    expect(Object.keys(floors).sort()).toEqual([...KINDS].sort());
  });

  it.each(measured.map((k) => [k] as const))(
    '%s',
    async (kind) => {
      const missing = missingTools(kind);
      if (missing.length && !ci) return; // made where the tools are; under CI=true makeKind throws instead
      const cells = await readKind(await makeKind(kind, docs), docs);
      for (const group of ['seed', 'corpus'] as const) {
        const g = cells.filter((c) => c.group === group);
        if (!g.length) continue;
        const share = (100 * sum(g.map((c) => c.matched))) / sum(g.map((c) => c.total));
        const floor = floors[kind]?.[group] ?? 100;
        const detail = g
          .map((c) => `${c.id} ${c.matched}/${c.total}${c.error ? `（${c.error}）` : ''}`)
          .join('，');
        expect(share, `${kind} ${group}: ${share.toFixed(1)}% < ${floor}%：${detail}`).toBeGreaterThanOrEqual(
          floor,
        );
      }
    },
    600_000,
  );
});
