/**
 * Mutation test of the audit: change one figure of an example at random (an amount, a rate, a score, a status, a
 * count) and see whether some new error finding catches it. Seeded, so every run makes the same changes.
 *
 * A change counts only when it is larger than printed rounding (at least 5 units of the last printed digit): a
 * smaller one is by definition indistinguishable from 尾差 and is reported as info, not as an error. A figure that no
 * other figure of the document constrains (an amount stated once, a status on a row whose actual value is prose)
 * cannot be caught by any audit; such changes are counted apart, by site (see `audit-mutation-sites.ts`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditEvaluation, type Finding } from '../src/core/audit';
import { amountDecimals, decimalsOf } from '../src/core/audit/_tolerance';
import { Evaluation } from '../src/core/model';
import { findRubric } from '../src/rubrics';
import { getAt, type Kind, type Path, type Site, sitesOf } from './audit-mutation-sites';

const EXAMPLES = ['nanzhou-2023', 'xinhua-2022', 'duobao-2023', 'xiaoguwei-2023', 'jinhua-2024'];
const SEED = 20240604;
const MUTATIONS = 600;
/** Kinds are drawn with these weights, then a site of that kind uniformly, so no kind crowds out the others. */
const KIND_WEIGHTS: Record<Kind, number> = {
  amount: 0.35,
  rate: 0.25,
  score: 0.2,
  status: 0.15,
  count: 0.05,
};
/** Every change to a cross-checked figure breaks an identity the document states, so every one must be caught. */
const FLOOR = 1;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function setAt(o: unknown, p: Path, v: unknown): void {
  (getAt(o, p.slice(0, -1)) as Record<string | number, unknown>)[p.at(-1)!] = v;
}

/** A typo-sized change beyond rounding: 2–32% of the value, at least 5 units of its last printed digit. */
function mutate(site: Site, old: unknown, rnd: () => number): unknown {
  const sign = rnd() < 0.5 ? -1 : 1;
  if (site.kind === 'status') return /未|部分/.test(String(old)) ? '已完成' : '未完成';
  if (site.kind === 'count')
    return Math.max(0, Number(old) + (sign > 0 || Number(old) < 4 ? 1 : -1) * (1 + Math.floor(rnd() * 3)));
  const text = typeof old === 'string' ? old : null;
  const value = text ? Number(text.replace(/[%\s]/g, '')) : Number(old);
  const d = site.kind === 'amount' ? amountDecimals(value) : decimalsOf(value);
  const unit = site.kind === 'score' ? 0.5 : 10 ** -d;
  const step = Math.max((0.02 + rnd() * 0.3) * Math.abs(value), 5 * unit);
  let next = value + sign * step;
  if (next < 0 && site.kind !== 'rate') next = value + step;
  if (site.kind === 'score' && next > 100) next = value - step;
  next = Number(next.toFixed(site.kind === 'score' ? 2 : d));
  return text ? `${next.toFixed(decimalsOf(value))}%` : next;
}

const key = (f: Finding) => `${f.code}|${f.path}|${f.expected}|${f.found}`;
const findingPath = (p: Path) => p.join('.').replace(/\.(\d+)/g, '[$1]');

describe('audit mutation test', () => {
  const docs = EXAMPLES.map((name) => {
    const e = Evaluation.parse(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
    const rubric = findRubric(e.rubric)!;
    const base = new Set(
      auditEvaluation(e, rubric)
        .filter((f) => f.severity === 'error')
        .map(key),
    );
    return { name, e, rubric, base, sites: sitesOf(name, e, rubric) };
  });
  const all = docs.flatMap((d) => d.sites.map((s) => ({ d, s })));
  const byKind = Object.entries(KIND_WEIGHTS).map(([k, w]) => ({
    w,
    list: all.filter((x) => x.s.kind === k),
  }));
  function pick(rnd: () => number) {
    let u = rnd();
    let kind = byKind[0]!;
    for (const k of byKind) {
      kind = k;
      u -= k.w;
      if (u < 0) break;
    }
    return kind.list[Math.floor(rnd() * kind.list.length)]!;
  }

  it(`catches every change to a cross-checked figure (${MUTATIONS} seeded mutations)`, () => {
    const rnd = mulberry32(SEED);
    const tally: Record<
      string,
      { checked: number; caught: number; unchecked: number; uncheckedCaught: number }
    > = {};
    const missed: string[] = [];
    const consistent: string[] = [];
    const unchecked = new Map<string, number>();
    for (let n = 0; n < MUTATIONS; n++) {
      const { d, s } = pick(rnd);
      const e = structuredClone(d.e);
      const old = getAt(e, s.path);
      const next = mutate(s, old, rnd);
      setAt(e, s.path, next);
      const findings = auditEvaluation(e, d.rubric);
      const caught = findings.some((f) => f.severity === 'error' && !d.base.has(key(f)));
      // The new value may by chance be a correct rounding of the recomputed one (100% → 105% for 105.26%).
      const stillRight =
        !caught &&
        findings.some(
          (f) => f.severity === 'info' && f.path === findingPath(s.path) && /_round/.test(f.code),
        );
      const t = tally[s.kind] ?? { checked: 0, caught: 0, unchecked: 0, uncheckedCaught: 0 };
      tally[s.kind] = t;
      const where = `${d.name}:${s.path.join('.')} ${JSON.stringify(old)}→${JSON.stringify(next)}`;
      if (s.checkedBy && stillRight) consistent.push(where);
      else if (s.checkedBy) {
        t.checked++;
        if (caught) t.caught++;
        else missed.push(`${where}（${s.checkedBy}）`);
      } else {
        t.unchecked++;
        if (caught) t.uncheckedCaught++;
        const k = `${d.name}:${s.path.join('.').replace(/\.\d+(?=\.|$)/g, '.*')}`;
        unchecked.set(k, (unchecked.get(k) ?? 0) + 1);
      }
    }
    const checked = Object.values(tally).reduce((a, t) => a + t.checked, 0);
    const caught = Object.values(tally).reduce((a, t) => a + t.caught, 0);
    console.log(
      `audit mutation test: ${all.length} sites in ${EXAMPLES.length} examples, ${MUTATIONS} mutations (seed ${SEED})`,
    );
    console.table(tally);
    console.log(
      `cross-checked changes caught by an error: ${caught}/${checked} = ${((caught / checked) * 100).toFixed(1)}%`,
    );
    console.log(
      `changes to figures nothing else constrains: ${[...unchecked.values()].reduce((a, b) => a + b, 0)}`,
      Object.fromEntries(unchecked),
    );
    if (consistent.length) console.log('changes that remain a correct rounding (not counted):', consistent);
    if (missed.length) console.log('missed:', missed);
    expect(checked).toBeGreaterThan(MUTATIONS / 2);
    expect(caught / checked).toBeGreaterThanOrEqual(FLOOR);
  });
});
