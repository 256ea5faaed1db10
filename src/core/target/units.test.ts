import { describe, expect, it } from 'vitest';
import { parseTarget } from './parse';
import { UNIT_ALIASES, UNITS } from './units';

describe('the unit list', () => {
  it('lists longest first, so no unit is cut short by a shorter one', () => {
    for (let i = 1; i < UNITS.length; i++)
      expect(UNITS[i - 1]!.length).toBeGreaterThanOrEqual(UNITS[i]!.length);
  });

  it.each(UNITS.map((u) => [u]))('≥12%s is a target the parser reads', (u) => {
    expect(parseTarget(`≥12${u}`)).toMatchObject({
      kind: 'quantity',
      op: 'ge',
      value: 12,
      unit: UNIT_ALIASES[u] ?? u,
    });
    expect(parseTarget(`12${u}以上`)).toMatchObject({ op: 'ge', value: 12, unit: UNIT_ALIASES[u] ?? u });
  });

  it.each([
    ['≤5个工作日', 'le', 5, '工作日'],
    ['90分以上', 'ge', 90, '分'],
    ['30分钟', 'bare', 30, '分钟'],
    ['年满60周岁', 'bare', 60, '周岁'],
  ])('%s → %s %s %s', (text, op, value, unit) => {
    expect(parseTarget(text)).toMatchObject({ op, value, unit });
  });
});
