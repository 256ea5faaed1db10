/** When a second (English model) reading of an unsure figure replaces the first, and what confidence it keeps. */
import { describe, expect, it } from 'vitest';
import { pickReading } from './_ocr-reread';

const r = (text: string, confidence: number) => ({ text, confidence });

describe('pickReading', () => {
  it('takes the same figure but for chi_sim reading % as 9% or %6, keeping the lower confidence', () => {
    expect(pickReading(r('99.569%6。', 51), r('99.56%.', 28))).toEqual(r('99.56%。', 28));
    expect(pickReading(r('2.339%。', 77), r('2.33%', 40))).toEqual(r('2.33%。', 40));
  });

  it('takes a clean figure read with more confidence, with that confidence; the rest of the word stays', () => {
    expect(pickReading(r('得5O分', 60), r('50', 97))).toEqual(r('得50分', 97));
  });

  it('keeps the first reading when the second is not a clean figure, is less sure, or differs otherwise', () => {
    expect(pickReading(r('(2023', 63), r('(2023', 96))).toBeNull();
    expect(pickReading(r('2.24%', 65), r('2 35706', 80))).toBeNull();
    expect(pickReading(r('26', 62), r('28', 40))).toBeNull();
    expect(pickReading(r('1,106.78', 70), r('1,105.78', 70))).toBeNull();
  });
});
