/** Which departments stand behind each bar, slice or point of the dashboard, for click-through. */
import type { Dashboard, DashboardDepartment } from '../api';

export interface Selection {
  /** What was clicked, in Chinese: `等级：优`, `得分 80-90`. */
  label: string;
  ids: ReadonlySet<number>;
}

const ids = (list: readonly DashboardDepartment[]) => new Set(list.map((d) => d.id));

export function byGrade(d: Dashboard, grade: string): Selection {
  return { label: `等级：${grade}`, ids: ids(d.departments.filter((x) => x.grade === grade)) };
}

/** Score bins as the server names them: `<60`, `60-70`, …, `90-100`. */
export function inRange(total: number, range: string): boolean {
  const lt = /^<\s*(\d+(?:\.\d+)?)$/.exec(range);
  if (lt) return total < Number(lt[1]);
  const m = /^(\d+(?:\.\d+)?)\s*[-~–]\s*(\d+(?:\.\d+)?)$/.exec(range);
  if (!m) return false;
  const lo = Number(m[1]);
  const hi = Number(m[2]);
  return total >= lo && (hi >= 100 ? total <= hi : total < hi);
}

export function byScoreRange(d: Dashboard, range: string): Selection {
  return {
    label: `得分 ${range}`,
    ids: ids(d.departments.filter((x) => x.total !== null && inRange(x.total, range))),
  };
}

export function byIds(label: string, list: readonly number[] | undefined): Selection | null {
  return list ? { label, ids: new Set(list) } : null;
}

export function byDepartment(dep: Pick<DashboardDepartment, 'id' | 'name'>): Selection {
  return { label: dep.name, ids: new Set([dep.id]) };
}

/** Year-over-year change bands; departments without last year's score form their own band. */
export const CHANGE_BANDS = [
  { label: '下降 5 分以上', test: (c: number) => c < -5 },
  { label: '下降 0–5 分', test: (c: number) => c < -0.005 && c >= -5 },
  { label: '基本持平', test: (c: number) => Math.abs(c) <= 0.005 },
  { label: '上升 0–5 分', test: (c: number) => c > 0.005 && c <= 5 },
  { label: '上升 5 分以上', test: (c: number) => c > 5 },
] as const;

export function changeBand(total: number | null, previous: number | null): string {
  if (total === null || previous === null) return '无可比数据';
  const c = total - previous;
  return CHANGE_BANDS.find((b) => b.test(c))?.label ?? '无可比数据';
}

export function byChangeBand(d: Dashboard, band: string): Selection {
  return {
    label: `同比：${band}`,
    ids: new Set(
      d.yearOverYear.filter((y) => changeBand(y.total, y.previous) === band).map((y) => y.departmentId),
    ),
  };
}
