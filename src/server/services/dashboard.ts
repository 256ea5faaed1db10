/** District dashboard figures from stored derived rows: pure, so the route only fetches and presents. */
import type { z } from 'zod';
import { COUNTED_STATUSES, type Dashboard as DashboardContract } from '../../api';
import { STATUSES, type Status } from '../../core/labels';
import { round2 } from '../../core/money';
import type { EvaluationSummaryRow } from '../../store';

/** The dashboard's figures as the contract (src/api) defines them; the route adds the district and year. */
export type Dashboard = Omit<z.output<typeof DashboardContract>, 'district' | 'year'>;
export type DashboardDepartment = Dashboard['departments'][number];

/** Which evaluations the figures take: the statuses shown (null: all) and whether drafts and returned ones count. */
export interface DashboardFilter {
  statuses: readonly Status[] | null;
  includeDrafts: boolean;
}

export const DEFAULT_FILTER: DashboardFilter = { statuses: null, includeDrafts: false };

const BINS: { range: string; min: number; max: number }[] = [
  { range: '<60', min: Number.NEGATIVE_INFINITY, max: 60 },
  { range: '60-70', min: 60, max: 70 },
  { range: '70-80', min: 70, max: 80 },
  { range: '80-90', min: 80, max: 90 },
  { range: '90-100', min: 90, max: Number.POSITIVE_INFINITY },
];

const TOP = 10;
const collator = new Intl.Collator('zh');

/**
 * The statuses rankings and averages count.
 * @example countedStatuses(false) // ['submitted', 'approved', 'published']
 */
export function countedStatuses(includeDrafts: boolean): Status[] {
  return includeDrafts ? [...STATUSES] : [...COUNTED_STATUSES];
}

/** Split rows into those the figures count and those shown apart, after the status filter. */
export function splitRows(
  rows: readonly EvaluationSummaryRow[],
  filter: DashboardFilter,
): { shown: EvaluationSummaryRow[]; counted: EvaluationSummaryRow[]; uncounted: EvaluationSummaryRow[] } {
  const counts = new Set<Status>(countedStatuses(filter.includeDrafts));
  const shown = filter.statuses ? rows.filter((r) => filter.statuses!.includes(r.status)) : [...rows];
  return {
    shown,
    counted: shown.filter((r) => counts.has(r.status)),
    uncounted: shown.filter((r) => !counts.has(r.status)),
  };
}

/** Scores as printed (2 decimals), highest first; then by name. */
const byScore = (a: EvaluationSummaryRow, b: EvaluationSummaryRow) =>
  (b.derived.total === null ? -1 : round2(b.derived.total)) -
    (a.derived.total === null ? -1 : round2(a.derived.total)) ||
  collator.compare(a.departmentName, b.departmentName);

const present = (r: EvaluationSummaryRow, rank: number | null): DashboardDepartment => ({
  id: r.departmentId,
  evaluationId: r.id,
  name: r.departmentName,
  rank,
  total: r.derived.total,
  grade: r.derived.grade,
  executionRate: r.derived.executionRate,
  status: r.status,
  findings: { error: r.derived.findingsError, warning: r.derived.findingsWarning },
});

/**
 * Rows by score, highest first, with their places: equal scores share a place, rows without a score get none.
 * @example rankRows([a91, b88, c88, d80]).map((d) => d.rank) // [1, 2, 2, 4]
 */
export function rankRows(rows: readonly EvaluationSummaryRow[]): DashboardDepartment[] {
  const sorted = [...rows].sort(byScore);
  let place = 0;
  let last: number | null = null;
  return sorted.map((r, i) => {
    const t = r.derived.total;
    if (t === null) return present(r, null);
    // Scores are compared as printed (2 decimals): 89.996 and 90.00 share a place.
    if (last === null || round2(t) !== last) place = i + 1;
    last = round2(t);
    return present(r, place);
  });
}

const mean = (xs: number[]) => (xs.length ? round2(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

/**
 * Build the dashboard of one district and year; `previous` are the same district's rows of the year before.
 * Every figure counts submitted, approved and published evaluations only, unless `includeDrafts`.
 * @example buildDashboard(rows2023, rows2022).grades // { 优: 3, 良: 1, 中: 0, 差: 0 }
 */
export function buildDashboard(
  rows: readonly EvaluationSummaryRow[],
  previous: readonly EvaluationSummaryRow[],
  filter: DashboardFilter = DEFAULT_FILTER,
): Dashboard {
  const { shown, counted, uncounted } = splitRows(rows, filter);
  const grades = { 优: 0, 良: 0, 中: 0, 差: 0 };
  const histogram = BINS.map((b) => ({ range: b.range, count: 0 }));
  const deductions = new Map<string, { count: number; points: number; departmentIds: number[] }>();
  const unmet = new Map<string, number[]>();
  for (const r of counted) {
    const d = r.derived;
    if (d.grade && d.grade in grades) grades[d.grade as keyof typeof grades]++;
    if (d.total !== null) {
      const i = BINS.findIndex((b) => d.total! >= b.min && d.total! < b.max);
      if (i >= 0) histogram[i]!.count++;
    }
    for (const x of d.details.deductions) {
      const cur = deductions.get(x.name) ?? { count: 0, points: 0, departmentIds: [] };
      cur.count++;
      cur.points += x.points;
      if (!cur.departmentIds.includes(r.departmentId)) cur.departmentIds.push(r.departmentId);
      deductions.set(x.name, cur);
    }
    for (const name of d.details.unmet) {
      const ids = unmet.get(name) ?? [];
      ids.push(r.departmentId);
      unmet.set(name, ids);
    }
  }
  const statusCounts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of shown) statusCounts[r.status]++;
  // Last year's score is compared only when last year's evaluation counts by the same rule.
  const countsBefore = new Set<Status>(countedStatuses(filter.includeDrafts));
  const prevTotal = new Map(
    previous.filter((p) => countsBefore.has(p.status)).map((p) => [p.departmentId, p.derived.total]),
  );
  const departments = rankRows(counted);
  const yearOf = new Map(counted.map((r) => [r.id, r.year]));
  const totals = counted.map((r) => r.derived.total).filter((x): x is number => x !== null);
  const rates = counted.map((r) => r.derived.executionRate).filter((x): x is number => x !== null);
  return {
    statuses: filter.statuses ? STATUSES.filter((s) => filter.statuses!.includes(s)) : [...STATUSES],
    includeDrafts: filter.includeDrafts,
    counted: countedStatuses(filter.includeDrafts),
    statusCounts,
    departments,
    uncounted: [...uncounted].sort(byScore).map((r) => present(r, null)),
    averages: { scored: totals.length, total: mean(totals), executionRate: mean(rates) },
    grades,
    scoreHistogram: histogram,
    topDeductions: [...deductions]
      .map(([name, v]) => ({
        name,
        count: v.count,
        points: round2(v.points),
        departmentIds: v.departmentIds,
      }))
      .sort((a, b) => b.count - a.count || b.points - a.points || a.name.localeCompare(b.name))
      .slice(0, TOP),
    unmetIndicators: [...unmet]
      .map(([name, departmentIds]) => ({ name, count: departmentIds.length, departmentIds }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, TOP),
    yearOverYear: departments.map((d) => ({
      departmentId: d.id,
      name: d.name,
      year: yearOf.get(d.evaluationId)!,
      total: d.total,
      previous: prevTotal.get(d.id) ?? null,
    })),
  };
}
