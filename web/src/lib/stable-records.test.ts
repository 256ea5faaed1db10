import { describe, expect, it } from 'vitest';
import { recordChanged, stabilize } from './stable-records';

describe('stabilize', () => {
  const rows = [{ name: '甲' }, { name: '乙' }, { name: '丙' }];
  const deps = (r: object, i: number) => [r, i === 2];

  it('keeps the records of unchanged rows and replaces the edited one', () => {
    const first = stabilize([], rows, deps);
    const edited = [rows[0]!, { name: '乙改' }, rows[2]!];
    const second = stabilize(first, edited, deps);
    expect(second[0]!.rec).toBe(first[0]!.rec);
    expect(second[1]!.rec).not.toBe(first[1]!.rec);
    expect(second[1]!.rec).toEqual({ name: '乙改', key: 1 });
    expect(second[2]!.rec).toBe(first[2]!.rec);
  });

  it('renews a record when something else it shows changes (here: being the last row)', () => {
    const first = stabilize([], rows, (r, i) => [r, i === rows.length - 1]);
    const longer = [...rows, { name: '丁' }];
    const second = stabilize(first, longer, (r, i) => [r, i === longer.length - 1]);
    expect(second[1]!.rec).toBe(first[1]!.rec);
    expect(second[2]!.rec).not.toBe(first[2]!.rec);
    expect(second).toHaveLength(4);
  });

  it('compares records by identity', () => {
    const a = { name: '甲' };
    expect(recordChanged(a, a)).toBe(false);
    expect(recordChanged({ ...a }, a)).toBe(true);
  });
});
