/** Building the records of where a leaf's points come from (`PointsPart`) and adding them up per node. */
import { round2 } from '../money';
import type { DerivedRate } from './inputs';
import type { PointsOrigin, PointsPart, PointsSource, ScoreNode, TraceRecord } from './types';

/** A part of a leaf's points. */
export function pointsPart(
  source: PointsSource,
  points: number,
  code: string,
  path: string,
  params: TraceRecord['params'],
  by: string | null = null,
): PointsPart {
  return { source, points, code, path, params: { ...params, points: round2(points) }, by };
}

/** The figures of a derived rate as message params: the two amounts, or the stated rate. */
export function rateParams(d: DerivedRate): TraceRecord['params'] {
  const rate = round2(d.value);
  return d.source.kind === 'amounts'
    ? {
        from: 'amounts',
        numLabel: d.source.labels[0],
        num: d.source.numerator,
        denLabel: d.source.labels[1],
        den: d.source.denominator,
        rate,
      }
    : { from: 'stated', label: d.source.label, rate };
}

function sourceOf(sources: ReadonlySet<PointsSource>): PointsOrigin['source'] {
  if (sources.size === 0) return null;
  if (sources.size === 2) return 'mixed';
  return sources.has('computed') ? 'computed' : 'entered';
}

/** A leaf's origin from its parts. */
export function originOf(parts: PointsPart[]): PointsOrigin {
  let computed = 0;
  let entered = 0;
  for (const p of parts) {
    if (p.source === 'computed') computed += p.points;
    else entered += p.points;
  }
  return { source: sourceOf(new Set(parts.map((p) => p.source))), computed, entered, parts };
}

/** A group's origin: its children's points added up; its source is mixed when theirs differ. */
export function groupOrigin(children: readonly ScoreNode[]): PointsOrigin {
  let computed = 0;
  let entered = 0;
  const sources = new Set<PointsSource>();
  for (const c of children) {
    computed += c.origin.computed;
    entered += c.origin.entered;
    if (c.origin.source === 'mixed') {
      sources.add('computed');
      sources.add('entered');
    } else if (c.origin.source) sources.add(c.origin.source);
  }
  return { source: sourceOf(sources), computed, entered, parts: [] };
}
