/** The calendar of a monitoring year: the share of the year elapsed, counted in days, and checkpoint dates. */
import { parseIsoDate } from '../model/monitoring';

export { parseIsoDate };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days from 1 January to the date, 0 for 1 January itself. */
export function dayIndex(date: { year: number; month: number; day: number }): number {
  return (Date.UTC(date.year, date.month - 1, date.day) - Date.UTC(date.year, 0, 1)) / 86_400_000;
}

/** The share of the year elapsed as an exact fraction `days / of`: 0 on 1 January, 1 on 31 December. */
export interface YearElapsed {
  days: number;
  of: number;
  /** days ÷ of × 100, for display and comparison with typed percentages. */
  percent: number;
}

/**
 * How much of the year has passed at an ISO date, counted in days from 1 January to 31 December.
 * @example yearElapsed('2023-06-30') // { days: 180, of: 364, percent: 49.45… }
 */
export function yearElapsed(iso: string): YearElapsed {
  const d = parseIsoDate(iso);
  if (!d) throw new Error(`日期无效：${iso}`);
  const of = daysInYear(d.year) - 1;
  const days = dayIndex(d);
  return { days, of, percent: (days / of) * 100 };
}

/**
 * The date of a `MM-DD` checkpoint in a year; 02-29 falls on 28 February in a year without one.
 * @example checkpointDate(2023, '02-29') // '2023-02-28'
 */
export function checkpointDate(year: number, monthDay: string): string {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  const d = Math.min(day, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The last day of a month as an ISO date: where a monthly figure stands. */
export function monthEnd(year: number, month: number): string {
  return checkpointDate(year, `${String(month).padStart(2, '0')}-31`);
}

/** `2023-06-30` → `6月30日`, as messages write a date within the year. */
export function formatMonthDay(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${d.month}月${d.day}日` : iso;
}
