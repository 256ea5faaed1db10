/** The indicator rows of a declaration (the department's and each project's), each with its key, unit and target read once. */
import type { Goals, Indicator } from '../model';
import { type Direction, judgeIndicator } from '../target/judge';
import { type Quantity, safeParseTarget } from '../target/parse';
import { UNIT_ALIASES } from '../target/units';
import { nameKey } from '../text';

export interface LintRow {
  ind: Goals['indicators'][number];
  /** `indicators[3]`, `projects[0].indicators[1]`. */
  path: string;
  /** 绩效指标 or 项目. */
  section: string;
  project: string | null;
  /** The row's unit: its 计量单位, else the target's. */
  unit: string | null;
  /** The target as a figure, or null (qualitative, empty, unreadable). */
  quantity: Quantity | null;
  /** Which way is better, from the target's operator and the name; null without a figure. */
  direction: Direction | null;
  /** The target's figure when it is in the row's unit (`≥2.8万人次` under 计量单位 人次 is not): what the past is compared with. */
  value: number | null;
}

/** The unit of an indicator: its 计量单位 (one spelling), else the unit written with its target. */
export function indicatorUnit(ind: Pick<Indicator, 'unit' | 'target' | 'adjustedTarget'>): string | null {
  const typed = ind.unit?.trim();
  if (typed) return UNIT_ALIASES[typed] ?? typed;
  const t = safeParseTarget(ind.adjustedTarget || ind.target);
  return t.success && t.data.kind === 'quantity' ? t.data.unit : null;
}

/**
 * The key the same indicator shares across years and departments: its normalised name and unit.
 * @example indicatorKey({ name: '居民使用场室 人次', target: '≥28,000人次' }) // '居民使用场室人次|人次'
 */
export function indicatorKey(ind: Pick<Indicator, 'name' | 'unit' | 'target' | 'adjustedTarget'>): string {
  return `${nameKey(ind.name)}|${indicatorUnit(ind) ?? ''}`;
}

/** The target as a figure in the row's unit, or null. */
export function targetQuantity(ind: Pick<Indicator, 'target' | 'adjustedTarget'>): Quantity | null {
  const t = safeParseTarget(ind.adjustedTarget || ind.target);
  return t.success && t.data.kind === 'quantity' ? t.data : null;
}

/** The target's figure in the indicator's unit, or null (no figure, or a figure in another unit). */
export function targetValue(ind: Pick<Indicator, 'unit' | 'target' | 'adjustedTarget'>): number | null {
  const q = targetQuantity(ind);
  return q && (q.unit === null || q.unit === indicatorUnit(ind)) ? q.value : null;
}

function rowOf(ind: LintRow['ind'], path: string, section: string, project: string | null): LintRow {
  const quantity = targetQuantity(ind);
  const direction = quantity
    ? judgeIndicator({ name: ind.name, target: ind.adjustedTarget || ind.target, actual: null, status: null })
        .direction
    : null;
  return {
    ind,
    path,
    section,
    project,
    unit: indicatorUnit(ind),
    quantity,
    direction,
    value: targetValue(ind),
  };
}

/** Every indicator row of the declaration, the department's first. */
export function lintRows(doc: Goals, sections: { indicators: string; projects: string }): LintRow[] {
  const rows = doc.indicators.map((ind, i) => rowOf(ind, `indicators[${i}]`, sections.indicators, null));
  doc.projects.forEach((p, j) => {
    p.indicators.forEach((ind, i) => {
      rows.push(rowOf(ind, `projects[${j}].indicators[${i}]`, sections.projects, p.name));
    });
  });
  return rows;
}
