import { describe, expect, it } from 'vitest';
import { describeMismatch, placeMismatch } from './import-place';

const NANZHOU = '广州市海珠区人民政府南洲街道办事处';
const XINHUA = '广州市花都区人民政府新华街道办事处';

describe('placeMismatch', () => {
  const nanzhou = { name: NANZHOU, district: '海珠区' };
  const doc = (name: string, year = 2023) => ({ department: { name }, year });

  it.each([
    ['the full name', NANZHOU],
    ['the short name', '南洲街道办事处'],
    ['the name with spaces and full-width brackets', '（广州市）海珠区人民政府 南洲街道办事处'],
    ['a name the reader could not find', '（未识别的部门）'],
  ])('lets %s through', (_what, name) => {
    expect(placeMismatch({ department: name, year: 2023 }, doc(name), nanzhou)).toBeNull();
  });

  it('names both departments when they differ', () => {
    const m = placeMismatch({ department: XINHUA, year: 2022 }, doc(XINHUA, 2022), nanzhou);
    expect(m).toMatchObject({ departmentMatches: false, yearMatches: true, fileDepartment: XINHUA });
    expect(describeMismatch(m!)).toBe(`文件中的部门是「${XINHUA}」，不是「${NANZHOU}」`);
  });

  it('catches a document renamed to the destination after it was read as another department', () => {
    const m = placeMismatch({ department: XINHUA, year: 2022 }, doc(NANZHOU, 2022), nanzhou);
    expect(m?.departmentMatches).toBe(false);
  });

  it('names both years when the file is of another year', () => {
    const m = placeMismatch({ department: NANZHOU, year: 2022 }, doc(NANZHOU, 2023), nanzhou);
    expect(m).toMatchObject({ departmentMatches: true, yearMatches: false });
    expect(describeMismatch(m!)).toContain('2022 年度');
    expect(describeMismatch(m!)).toContain('2023 年度');
  });
});
