/**
 * Calibration from the past: each declared indicator's last years (the same indicator, matched by normalised name
 * and unit, in the department's earlier declarations and self-evaluations) and a suggested range; and how a target
 * compares with the same indicator in other departments of one kind (街道 against 街道) that year.
 */
import { departmentKey, sameDepartment } from '../department-name';
import type { Evaluation, Goals, Indicator } from '../model';
import { round2 } from '../money';
import type { Direction } from '../target/judge';
import { parseActual } from '../target/parse';
import { nameKey } from '../text';
import { indicatorKey, indicatorUnit, type LintRow, targetValue } from './_rows';
import { DEFAULT_LINT_THRESHOLDS, type LintThresholds } from './thresholds';

/** An earlier year's document of the department: its declaration or its self-evaluation. */
export type HistoryDoc = Goals | Evaluation;

export interface HistoryPoint {
  year: number;
  /** The target as declared (the declaration's, else the self-evaluation's adjusted or first target). */
  target: string | null;
  /** The actual as the self-evaluation reports it. */
  actual: string | null;
  targetValue: number | null;
  /** The actual as a figure in the indicator's unit; null when it is prose or another unit. */
  actualValue: number | null;
}

export interface SuggestedRange {
  low: number;
  high: number;
  unit: string | null;
}

export interface Calibration {
  path: string;
  name: string;
  unit: string | null;
  /** The last years with this indicator, oldest first. */
  history: HistoryPoint[];
  suggested: SuggestedRange | null;
}

type Table = readonly Pick<Indicator, 'name' | 'unit' | 'target' | 'adjustedTarget' | 'actual'>[];

/** The table of a document that holds a row like this one: the department's, or the same project's. */
function tableOf(doc: HistoryDoc, project: string | null): Table {
  if (!project) return doc.indicators;
  return doc.projects.find((p) => nameKey(p.name) === nameKey(project))?.indicators ?? [];
}

/** A figure of the actual in the unit, when the actual is the figure itself (a number picked from prose may be another count). */
function actualValue(actual: string | null | undefined, unit: string | null): number | null {
  const a = parseActual(actual, unit);
  if (a?.kind !== 'quantity' || a.embedded || a.op === 'between') return null;
  return (a.unit ?? unit) === unit ? a.value : null;
}

/**
 * The row's history: for each earlier year (at most `years`, the latest ones) the declared target and the reported
 * actual of the same indicator. A declaration gives the target, a self-evaluation the actual (and the target when
 * no declaration of that year is given).
 * @example historyOf(row, 2022, [xinhua2021Evaluation])[0] // { year: 2021, target: '≥28000人次', actualValue: 12030, … }
 */
export function historyOf(
  row: Pick<LintRow, 'ind' | 'project'>,
  year: number,
  docs: readonly HistoryDoc[],
  years = DEFAULT_LINT_THRESHOLDS.historyYears,
): HistoryPoint[] {
  const key = indicatorKey(row.ind);
  const unit = indicatorUnit(row.ind);
  const byYear = new Map<number, HistoryPoint>();
  const ordered = [...docs].sort((a, b) =>
    a.schema === b.schema ? 0 : a.schema === 'jixiao/goals@1' ? -1 : 1,
  );
  for (const doc of ordered) {
    if (doc.year >= year || doc.year < year - years) continue;
    const ind = tableOf(doc, row.project).find((x) => indicatorKey(x) === key);
    if (!ind) continue;
    const point = byYear.get(doc.year) ?? {
      year: doc.year,
      target: null,
      actual: null,
      targetValue: null,
      actualValue: null,
    };
    if (point.target === null) {
      point.target = ind.adjustedTarget || ind.target || null;
      point.targetValue = targetValue(ind);
    }
    if (point.actual === null && ind.actual) {
      point.actual = ind.actual;
      point.actualValue = actualValue(ind.actual, unit);
    }
    byYear.set(doc.year, point);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** Least-squares slope of the actuals over the years; 0 with one year. */
function slope(points: readonly { year: number; value: number }[]): number {
  if (points.length < 2) return 0;
  const mx = points.reduce((s, p) => s + p.year, 0) / points.length;
  const my = points.reduce((s, p) => s + p.value, 0) / points.length;
  const num = points.reduce((s, p) => s + (p.year - mx) * (p.value - my), 0);
  const den = points.reduce((s, p) => s + (p.year - mx) ** 2, 0);
  return num / den;
}

/**
 * A suggested range from the actuals, as seed 003 advises setting targets 「参照过去三年的平均值、以前某年度的数值、
 * 平均趋势、经验标准等」. The rule, for an indicator where more is better: the low end is last year's
 * actual (a target below what was already done is too easy); the high end is the largest of last year's actual, the
 * trend (the least-squares line through the actuals carried one year on) and the mean, plus `suggestMargin` of
 * headroom; a percentage whose actuals are all within 100% stays within 100%. Where less is better, mirrored: the
 * high end is last year's actual, the low end the smallest of the three less the margin, at least 0. Null without
 * an actual figure, or for a range target.
 * @example suggestRange([{year:2019,actualValue:13250},{year:2020,actualValue:8960},{year:2021,actualValue:12030}], 'more', '人次') // { low: 12030, high: 13233, unit: '人次' }
 */
export function suggestRange(
  history: readonly Pick<HistoryPoint, 'year' | 'actualValue'>[],
  direction: Direction | null,
  unit: string | null,
  margin = DEFAULT_LINT_THRESHOLDS.suggestMargin,
): SuggestedRange | null {
  const pts = history.flatMap((p) =>
    p.actualValue === null ? [] : [{ year: p.year, value: p.actualValue }],
  );
  const last = pts.at(-1);
  if (!last || (direction !== 'more' && direction !== 'less')) return null;
  const mean = pts.reduce((s, p) => s + p.value, 0) / pts.length;
  const trend = last.value + slope(pts) * 1;
  const round = (x: number) => (unit === '%' ? round2(x) : Math.round(x));
  if (direction === 'more') {
    let high = round(Math.max(last.value, trend, mean) * (1 + margin));
    if (unit === '%' && pts.every((p) => p.value <= 100)) high = Math.min(high, 100);
    return { low: last.value, high: Math.max(high, last.value), unit };
  }
  const low = Math.max(0, round(Math.min(last.value, trend, mean) * (1 - margin)));
  return { low: Math.min(low, last.value), high: last.value, unit };
}

/** Each declared indicator with its history and suggested range (rows without history have an empty one). */
export function calibrateRows(
  rows: readonly LintRow[],
  year: number,
  docs: readonly HistoryDoc[],
  thresholds: LintThresholds = DEFAULT_LINT_THRESHOLDS,
): Calibration[] {
  return rows.map((row) => {
    const history = historyOf(row, year, docs, thresholds.historyYears);
    return {
      path: row.path,
      name: row.ind.name,
      unit: row.unit,
      history,
      suggested: suggestRange(history, row.direction, row.unit, thresholds.suggestMargin),
    };
  });
}

/** The kind of a department for comparison: as declared, else read from its name (街道, 镇). */
export function departmentKind(d: { name: string; kind?: string | null }): string | null {
  if (d.kind?.trim()) return d.kind.trim();
  const k = departmentKey(d.name);
  if (/街道(?:办事处)?$/.test(k)) return '街道';
  if (/镇(?:人民政府)?$/.test(k)) return '镇';
  return null;
}

export interface PeerComparison {
  path: string;
  name: string;
  unit: string | null;
  target: number | null;
  /** The other departments' targets for the same indicator (same name and unit), by department. */
  peers: Array<{ department: string; target: number }>;
  median: number | null;
  min: number | null;
  max: number | null;
}

function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : round2((s[mid - 1]! + s[mid]!) / 2);
}

/**
 * The same indicator's targets in other departments of this one's kind, the same year: median and range.
 * Only the department-wide table is compared (projects differ between departments).
 * @example compareWithPeers(nanzhouGoals, allGoals2023)[0] // { name: '…', target: 95, median: 90, min: 85, max: 98, … }
 */
export function compareWithPeers(doc: Goals, peers: readonly Goals[]): PeerComparison[] {
  const kind = departmentKind(doc.department);
  const others = peers.filter(
    (p) =>
      p.year === doc.year &&
      !sameDepartment(p.department, doc.department) &&
      kind !== null &&
      departmentKind(p.department) === kind,
  );
  return doc.indicators.map((ind, i) => {
    const key = indicatorKey(ind);
    const found = others.flatMap((p) => {
      const hit = p.indicators.find((x) => indicatorKey(x) === key);
      const value = hit ? targetValue(hit) : null;
      return value === null ? [] : [{ department: p.department.name, target: value }];
    });
    const values = found.map((f) => f.target);
    return {
      path: `indicators[${i}]`,
      name: ind.name,
      unit: indicatorUnit(ind),
      target: targetValue(ind),
      peers: found,
      median: median(values),
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
    };
  });
}
