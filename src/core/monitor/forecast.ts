/**
 * The year-end execution forecast from the trend of execution to date, when the record has company (earlier records
 * of the year, or its own monthly figures): straight on from 1 January at the average pace so far, and on from the
 * last two figures at their pace. Each method below the floor is its own warning, naming the method.
 */
import type { Monitoring } from '../model/monitoring';
import { fromFen, round2, toFen } from '../money';
import { type MonitorContext, type MonitorFinding, totalFen } from './_context';
import { shareBelow } from './_exact';
import { formatMonthDay, monthEnd, yearElapsed } from './dates';
import type { ForecastMethod } from './rules';

/** Cumulative execution (分) at a day of the year (0 = 1 January). */
export interface TrendPoint {
  t: number;
  fen: number;
  date: string;
}

const skipped = (
  doc: Monitoring,
  asOf: string,
  what: '监控记录' | '月度执行数',
  why: string,
): MonitorFinding => ({
  code: 'monitor_earlier_skipped',
  severity: 'info',
  section: '预算执行',
  path: 'asOf',
  expected: doc.asOf,
  found: asOf,
  params: { asOf, what, why },
});

/** The figures the trend is read from, in date order, one per date: this record's over its monthly figures over earlier records'. */
export function trendPoints(ctx: MonitorContext): { points: TrendPoint[]; notes: MonitorFinding[] } {
  const { doc } = ctx;
  const notes: MonitorFinding[] = [];
  const byDate = new Map<string, number>();
  for (const e of ctx.earlier) {
    const at = formatMonthDay(e.asOf);
    const why =
      e.department.name !== doc.department.name
        ? `部门不同（${e.department.name}）`
        : e.year !== doc.year
          ? `年度不同（${e.year} 年）`
          : e.asOf >= doc.asOf
            ? '不早于本期'
            : totalFen(e, 'executed') == null
              ? '未填写截至当期执行数'
              : null;
    if (why) notes.push(skipped(doc, e.year === doc.year ? at : `${e.year}年${at}`, '监控记录', why));
    else byDate.set(e.asOf, totalFen(e, 'executed')!);
  }
  for (const m of doc.finance.monthly) {
    const date = monthEnd(doc.year, m.month);
    if (m.executed == null) continue;
    if (date > doc.asOf) notes.push(skipped(doc, `${m.month}月末`, '月度执行数', '晚于本期监控时点'));
    else byDate.set(date, toFen(m.executed));
  }
  const now = totalFen(doc, 'executed');
  if (now != null) byDate.set(doc.asOf, now);
  const points = [...byDate]
    .map(([date, fen]) => ({ date, fen, t: yearElapsed(date).days }))
    .sort((a, b) => a.t - b.t);
  return { points, notes };
}

interface Forecast {
  method: ForecastMethod;
  /** forecast × scale, and budget × scale, both integer 分 × a common positive factor. */
  scaledForecast: bigint;
  scale: bigint;
  basis: string;
}

function forecastBy(method: ForecastMethod, points: readonly TrendPoint[], of: number): Forecast | null {
  const last = points.at(-1);
  const prev = points.at(-2);
  if (!last || !prev) return null;
  if (method === 'year_start') {
    if (last.t === 0) return null;
    return {
      method,
      scaledForecast: BigInt(last.fen) * BigInt(of),
      scale: BigInt(last.t),
      basis: `1月1日至${formatMonthDay(last.date)}`,
    };
  }
  const dt = BigInt(last.t - prev.t);
  return {
    method,
    scaledForecast: BigInt(last.fen) * dt + BigInt(last.fen - prev.fen) * BigInt(of - last.t),
    scale: dt,
    basis: `${formatMonthDay(prev.date)}至${formatMonthDay(last.date)}`,
  };
}

export function checkForecast(ctx: MonitorContext): MonitorFinding[] {
  const rule = ctx.rules.forecast;
  if (!rule) return [];
  const { points, notes } = trendPoints(ctx);
  const budget = totalFen(ctx.doc, 'budget');
  const current = points.at(-1);
  if (!budget || points.length < 2 || current?.date !== ctx.doc.asOf) return notes;
  const warnings = rule.methods.flatMap((method): MonitorFinding[] => {
    const f = forecastBy(method, points, ctx.elapsed.of);
    if (!f || !shareBelow(f.scaledForecast, BigInt(budget) * f.scale, rule.minShare)) return [];
    const forecastFen = Number(f.scaledForecast) / Number(f.scale);
    const share = round2((forecastFen / budget) * 100);
    return [
      {
        code: 'monitor_forecast_low',
        severity: 'warning',
        section: '预算执行',
        path: 'finance.executed',
        expected: rule.minShare,
        found: share,
        params: {
          method,
          basis: f.basis,
          forecast: fromFen(Math.round(forecastFen)),
          budget: fromFen(budget),
          share,
          minShare: rule.minShare,
          points: points.length,
        },
      },
    ];
  });
  return [...warnings, ...notes];
}
