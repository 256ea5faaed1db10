import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getRubric } from '../../rubrics';
import { round2 } from '../money';
import { gradeOf } from './grade';

const gz = getRubric('gz-dept-2023');
/** The bands as the Guangzhou rubric states them (优 ≥ 90 > 良 ≥ 80 > 中 ≥ 60 > 差), applied to a printed number. */
const band = (printed: number) => (printed >= 90 ? '优' : printed >= 80 ? '良' : printed >= 60 ? '中' : '差');

/** Half away from zero at 2 decimals, on the decimal text itself (BigInt): the reference for `round2`. */
function roundText(text: string): string {
  const neg = text.startsWith('-');
  const [int, frac = ''] = text.replace('-', '').split('.') as [string, string?];
  // the remainder past the 2nd decimal is at least half exactly when the 3rd decimal is 5 or more
  const cents = BigInt(int + frac.padEnd(2, '0').slice(0, 2)) + ((frac[2] ?? '0') >= '5' ? 1n : 0n);
  const abs = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
  return neg && cents !== 0n ? `-${abs}` : abs;
}

/** A decimal written with up to `decimals` places, at most 15 significant digits. */
const decimalText = (maxInt: number, decimals: number) =>
  fc
    .tuple(fc.boolean(), fc.integer({ min: 0, max: maxInt }), fc.integer({ min: 0, max: 10 ** decimals - 1 }))
    .map(([neg, i, f]) => `${neg ? '-' : ''}${i}.${String(f).padStart(decimals, '0')}`);

describe('round2: half away from zero on the decimal value', () => {
  it.each([
    [89.995, 90],
    [89.994, 89.99],
    [89.996, 90],
    [79.995, 80],
    [59.995, 60],
    [1.005, 1.01],
    [0.285, 0.29],
    [8.345, 8.35],
    [-1.005, -1.01],
    [12345678.905, 12345678.91],
    [89.99499999999, 89.99],
    [0.004, 0],
    [-0.004, 0],
  ])('%s → %s', (x, want) => {
    expect(round2(x)).toBe(want);
  });

  it('equals the decimal rounding of every number written with up to 6 decimals (property)', () => {
    fc.assert(
      fc.property(decimalText(99_999_999, 6), (text) => {
        expect(round2(Number(text)).toFixed(2)).toBe(roundText(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('ignores the binary noise of a sum: a + b rounds as the exact decimal sum (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (a, b) => {
        // a/1000 + b/1000 in floating point carries noise; the exact sum is (a + b)/1000
        const exact = `${Math.floor((a + b) / 1000)}.${String((a + b) % 1000).padStart(3, '0')}`;
        expect(round2(a / 1000 + b / 1000).toFixed(2)).toBe(roundText(exact));
      }),
      { numRuns: 3000 },
    );
  });

  it('is idempotent: a printed score rounds to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (cents) => {
        expect(round2(cents / 100)).toBe(cents / 100);
      }),
    );
  });
});

describe('gradeOf: the grade of the score as printed', () => {
  it.each([
    [100, '优'],
    [90, '优'],
    [89.996, '优'],
    [89.995, '优'],
    [89.994, '良'],
    [89.99, '良'],
    [80, '良'],
    [79.995, '良'],
    [79.994, '中'],
    [60, '中'],
    [59.995, '中'],
    [59.994, '差'],
    [0, '差'],
  ] as const)('%s → %s', (s, g) => {
    expect(gradeOf(s, gz)).toBe(g);
  });

  it('near every edge (90, 80, 60) the grade is the band of the printed number (property)', () => {
    const near = fc.tuple(fc.constantFrom(90, 80, 60), fc.integer({ min: -20_000, max: 20_000 }));
    fc.assert(
      fc.property(near, ([edge, offset]) => {
        // edge ± 0.02 in steps of 0.000001: every 3rd- to 6th-decimal case around the edge, ties included
        const x = Number(roundTextSigned(edge, offset));
        const printed = round2(x).toFixed(2);
        expect(gradeOf(x, gz)).toBe(band(Number(printed)));
        expect(gradeOf(Number(printed), gz)).toBe(gradeOf(x, gz));
      }),
      { numRuns: 5000 },
    );
  });

  it('near every edge, on any double (not only short decimals) the grade follows the printed number (property)', () => {
    const near = fc
      .constantFrom(90, 80, 60)
      .chain((edge) => fc.double({ min: edge - 0.01, max: edge + 0.01, noNaN: true }));
    fc.assert(
      fc.property(near, (x) => {
        expect(gradeOf(x, gz)).toBe(band(Number(round2(x).toFixed(2))));
      }),
      { numRuns: 5000 },
    );
  });
});

/** `edge + offset / 10^6` written as decimal text, e.g. (90, -5000) → '89.995000'. */
function roundTextSigned(edge: number, offset: number): string {
  const micros = edge * 1_000_000 + offset;
  return `${Math.floor(micros / 1_000_000)}.${String(micros % 1_000_000).padStart(6, '0')}`;
}
