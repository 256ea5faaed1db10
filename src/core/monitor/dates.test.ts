import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkpointDate, daysInYear, formatMonthDay, isLeapYear, monthEnd, yearElapsed } from './dates';

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** A date of a year 2000–2100, as the document allows. */
const dateArb = fc
  .record({ year: fc.integer({ min: 2000, max: 2100 }), day: fc.integer({ min: 0, max: 365 }) })
  .map(({ year, day }) => iso(new Date(Date.UTC(year, 0, 1 + Math.min(day, daysInYear(year) - 1)))));

describe('the share of the year elapsed, counted in days', () => {
  it.each([
    ['2023-01-01', 0, 364],
    ['2023-06-30', 180, 364],
    ['2023-12-31', 364, 364],
    ['2024-02-29', 59, 365],
    ['2024-03-01', 60, 365],
    ['2023-03-01', 59, 364],
    ['2024-12-31', 365, 365],
    ['2100-03-01', 59, 364],
    ['2000-12-31', 365, 365],
  ])('%s is day %i of %i', (date, days, of) => {
    expect(yearElapsed(date)).toMatchObject({ days, of });
  });

  it('is 49.45% on 30 June 2023 and 49.59% on 30 June 2024 (a leap year)', () => {
    expect(yearElapsed('2023-06-30').percent.toFixed(2)).toBe('49.45');
    expect(yearElapsed('2024-06-30').percent.toFixed(2)).toBe('49.59');
  });

  it('is 0 on 1 January and 100 on 31 December of every year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), (y) => {
        expect(yearElapsed(`${y}-01-01`).percent).toBe(0);
        expect(yearElapsed(`${y}-12-31`).percent).toBe(100);
      }),
    );
  });

  it('grows with the date within a year, one day at a time', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        fc.pre(a.slice(0, 4) === b.slice(0, 4));
        const [ea, eb] = [yearElapsed(a), yearElapsed(b)];
        expect(Math.sign(eb.percent - ea.percent)).toBe(Math.sign(Date.parse(b) - Date.parse(a)));
        expect(eb.days - ea.days).toBe((Date.parse(b) - Date.parse(a)) / 86_400_000);
        expect(ea.percent).toBeGreaterThanOrEqual(0);
        expect(ea.percent).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('refuses a date that does not exist', () => {
    expect(() => yearElapsed('2023-02-29')).toThrow('日期无效：2023-02-29');
  });
});

describe('the calendar', () => {
  it.each([
    [2000, true],
    [1900, false],
    [2024, true],
    [2023, false],
    [2100, false],
  ])('%i is a leap year: %s', (y, leap) => {
    expect(isLeapYear(y)).toBe(leap);
  });

  it('puts 02-29 on 28 February in a year without one, and month ends on their last day', () => {
    expect(checkpointDate(2023, '02-29')).toBe('2023-02-28');
    expect(checkpointDate(2024, '02-29')).toBe('2024-02-29');
    expect(checkpointDate(2023, '06-30')).toBe('2023-06-30');
    expect([2, 4, 8, 12].map((m) => monthEnd(2023, m))).toEqual([
      '2023-02-28',
      '2023-04-30',
      '2023-08-31',
      '2023-12-31',
    ]);
    expect(monthEnd(2024, 2)).toBe('2024-02-29');
    expect(formatMonthDay('2023-09-30')).toBe('9月30日');
  });
});
