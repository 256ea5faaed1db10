/** District dashboard figures from stored derived rows: pure, so the route only fetches and presents. */
import { round2 } from '../../core/money';
import type { EvaluationSummaryRow } from '../../store';

export interface Dashboard {
  departments: {
    id: number;
    evaluationId: number;
    name: string;
    total: number | null;
    grade: string | null;
    executionRate: number | null;
    status: string;
    findings: { error: number | null; warning: number | null };
  }[];
  grades: { 优: number; 良: number; 中: number; 差: number };
  scoreHistogram: { range: string; count: number }[];
  /** Most frequent lost points, with the departments behind each (for click-through). */
  topDeductions: { name: string; count: number; points: number; departmentIds: number[] }[];
  unmetIndicators: { name: string; count: number; departmentIds: number[] }[];
  yearOverYear: {
    departmentId: number;
    name: string;
    year: number;
    total: number | null;
    previous: number | null;
  }[];
}

const BINS: { range: string; min: number; max: number }[] = [
  { range: '<60', min: Number.NEGATIVE_INFINITY, max: 60 },
  { range: '60-70', min: 60, max: 70 },
  { range: '70-80', min: 70, max: 80 },
  { range: '80-90', min: 80, max: 90 },
  { range: '90-100', min: 90, max: Number.POSITIVE_INFINITY },
];

const TOP = 10;

/**
 * Build the dashboard of one district and year; `previous` are the same district's rows of the year before.
 * @example buildDashboard(rows2023, rows2022).grades // { 优: 3, 良: 1, 中: 0, 差: 0 }
 */
export function buildDashboard(
  rows: readonly EvaluationSummaryRow[],
  previous: readonly EvaluationSummaryRow[],
): Dashboard {
  const grades = { 优: 0, 良: 0, 中: 0, 差: 0 };
  const histogram = BINS.map((b) => ({ range: b.range, count: 0 }));
  const deductions = new Map<string, { count: number; points: number; departmentIds: number[] }>();
  const unmet = new Map<string, number[]>();
  for (const r of rows) {
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
  const prevTotal = new Map(previous.map((p) => [p.departmentId, p.derived.total]));
  return {
    departments: rows.map((r) => ({
      id: r.departmentId,
      evaluationId: r.id,
      name: r.departmentName,
      total: r.derived.total,
      grade: r.derived.grade,
      executionRate: r.derived.executionRate,
      status: r.status,
      findings: { error: r.derived.findingsError, warning: r.derived.findingsWarning },
    })),
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
    yearOverYear: rows.map((r) => ({
      departmentId: r.departmentId,
      name: r.departmentName,
      year: r.year,
      total: r.derived.total,
      previous: prevTotal.get(r.departmentId) ?? null,
    })),
  };
}
