import { describe, expect, it } from 'vitest';
import { safeParseTarget } from '../../../core/target/parse';
import { UNITS } from '../../../core/target/units';
import { isValueLike } from './_values';

describe('isValueLike reads the units the target parser reads', () => {
  it.each(UNITS.map((u) => [u]))('≥12%s and 3-5%s are values, and the parser reads the first', (u) => {
    expect(isValueLike(`≥12${u}`)).toBe(true);
    expect(isValueLike(`3-5${u}`)).toBe(true);
    expect(safeParseTarget(`≥12${u}`).success).toBe(true);
  });

  it.each(['≥12公斤米', '十二个', '建成社区服务站12个并投入使用'])('%s is not a short value', (text) => {
    expect(isValueLike(text)).toBe(false);
  });
});
