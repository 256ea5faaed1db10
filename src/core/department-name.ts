/** Whether two spellings name one department: 「广州市海珠区人民政府南洲街道办事处」 and 「南洲街道」 do. */
import { nameKey } from './text';

/** A district named at the start of a department name, after the province and city: 海珠区, 番禺区. */
const DISTRICT = /^(?:广东省)?(?:广州市)?([\u4e00-\u9fff]{1,4}?区)(?!委|政府办)/;

/** Prefixes a department name may carry or leave out: the province, the city, the district and its government. */
const PREFIXES = [/^广东省/, /^广州市/, DISTRICT, /^人民政府/];

/**
 * The key two names of one department share: half-width, no spaces or punctuation, without the
 * 「广东省广州市××区人民政府」 prefix and the 「办事处」 suffix.
 * @example departmentKey('广州市海珠区人民政府南洲街道办事处') // '南洲街道'
 */
export function departmentKey(name: string): string {
  let k = nameKey(name);
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of PREFIXES) {
      const next = k.replace(re, '');
      // A name that is nothing but a prefix (广州市人民政府) keeps it.
      if (next !== k && next.length > 0) {
        k = next;
        changed = true;
      }
    }
  }
  return k.replace(/办事处$/, '') || k;
}

/** The district a department name starts with (海珠区), or null. */
export function districtOfName(name: string): string | null {
  return DISTRICT.exec(nameKey(name))?.[1] ?? null;
}

/**
 * True when both name the same department: the same key, and no two different districts (one given as a field or in
 * the name). 「南洲街道办事处」 matches 「广州市海珠区人民政府南洲街道办事处」; 海珠区 and 越秀区 教育局 do not.
 * @example sameDepartment({ name: '南洲街道办事处' }, { name: '广州市海珠区人民政府南洲街道办事处' }) // true
 */
export function sameDepartment(
  a: { name: string; district?: string | null },
  b: { name: string; district?: string | null },
): boolean {
  if (departmentKey(a.name) !== departmentKey(b.name)) return false;
  const da = districtOfName(a.name) ?? (a.district ? nameKey(a.district) : null);
  const db = districtOfName(b.name) ?? (b.district ? nameKey(b.district) : null);
  return da === null || db === null || da === db;
}
