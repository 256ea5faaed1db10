/** Plausible evaluations for screenshots and benchmarks: variants of 南洲 2023 with other spending, scores and results. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Evaluation } from '../../src/core/model';
import { ROOT } from './harness';

export const BASE: Evaluation = Evaluation.parse(
  JSON.parse(readFileSync(join(ROOT, 'examples/nanzhou-2023.json'), 'utf8')),
);

/** Street offices of 海珠区, for department names that read like the real ones. */
export const HAIZHU_STREETS = [
  '赤岗',
  '新港',
  '昌岗',
  '江南中',
  '滨江',
  '素社',
  '海幢',
  '南华西',
  '龙凤',
  '沙园',
  '宝岗',
  '南石头',
  '凤阳',
  '瑞宝',
  '江海',
  '琶洲',
  '华洲',
  '官洲',
];

/** A small deterministic generator, so every run draws the same departments. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Variant `v` of the base document for a department and year: its own execution rate, some management points lost
 * with a reason, and some indicators below target.
 */
export function variant(v: number, department: { name: string; district: string }, year: number): Evaluation {
  const r = random(v * 7919 + 17);
  // How far this department falls short: 0 keeps the base document's marks, 1 loses points nearly everywhere.
  const q = r() ** 1.5;
  const budget = round2(8000 + r() * 30000);
  const rate = 1 - q * (0.05 + r() * 0.25);
  const carryoverRate = round2((1 - rate) * 100);
  const management = BASE.management.map((m) => {
    // The item states the rate the finance part states, so that the variant passes the submission gate's audit.
    if (m.item === '结转结余率')
      m = { ...m, value: carryoverRate, evidence: `结转结余率：${carryoverRate}%。` };
    if (m.score == null || r() > 0.5 * q) return m;
    const score = Math.max(0, round2(m.score - (r() < 0.5 ? 0.5 : 1.5)));
    return { ...m, score, reason: m.reason ?? '抽查发现部分资料不完整' };
  });
  const indicators = BASE.indicators.map((ind) => {
    if (r() > 0.4 * q) return ind;
    return { ...ind, target: '100%', actual: `${Math.round(55 + r() * 40)}%`, judgement: null };
  });
  return {
    ...BASE,
    year,
    department: { ...BASE.department, name: department.name, district: department.district },
    title: `${year} 年度${department.name}部门整体支出绩效自评报告`,
    finance: {
      ...BASE.finance,
      budget,
      executed: round2(budget * rate),
      carryoverRate,
    },
    management,
    indicators,
    reported: { scores: {}, deductions: [] },
  };
}
