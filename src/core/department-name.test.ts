import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { departmentKey, districtOfName, sameDepartment } from './department-name';

describe('departmentKey', () => {
  it.each([
    ['广州市海珠区人民政府南洲街道办事处', '南洲街道'],
    ['海珠区南洲街道办事处', '南洲街道'],
    ['南洲街道', '南洲街道'],
    ['  南洲 街道办事处 ', '南洲街道'],
    ['广东省广州市花都区人民政府新华街道办事处', '新华街道'],
    ['广州市海珠区教育局', '教育局'],
    ['（广州市）海珠区人民政府南洲街道办事处', '南洲街道'],
    ['广州市人民政府', '人民政府'],
  ])('%s → %s', (name, key) => {
    expect(departmentKey(name)).toBe(key);
  });

  it('reads full-width letters and spaces as half-width', () => {
    expect(departmentKey('ＡＢＣ　街道办事处')).toBe(departmentKey('ABC街道办事处'));
  });

  it('never gives an empty key for a non-blank name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (s) => {
        fc.pre(/[\p{L}\p{N}]/u.test(s));
        expect(departmentKey(s).length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('districtOfName', () => {
  it.each([
    ['广州市海珠区人民政府南洲街道办事处', '海珠区'],
    ['番禺区小谷围街道', '番禺区'],
    ['南洲街道办事处', null],
  ])('%s → %s', (name, district) => {
    expect(districtOfName(name)).toBe(district);
  });
});

describe('sameDepartment', () => {
  const nanzhou = { name: '广州市海珠区人民政府南洲街道办事处', district: '海珠区' };
  it.each([
    [{ name: '南洲街道办事处' }, true],
    [{ name: '海珠区南洲街道' }, true],
    [{ name: '广州市海珠区人民政府南洲街道办事处', district: '海珠区' }, true],
    [{ name: '广州市花都区人民政府新华街道办事处', district: '花都区' }, false],
    [{ name: '广州市越秀区人民政府南洲街道办事处' }, false],
    [{ name: '南洲街道办事处', district: '越秀区' }, false],
    [{ name: '南洲' }, false],
  ])('%o against 南洲 → %s', (other, same) => {
    expect(sameDepartment(other, nanzhou)).toBe(same);
    expect(sameDepartment(nanzhou, other)).toBe(same);
  });
});
