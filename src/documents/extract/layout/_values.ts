/** Recognise cell values: numbers, amounts, percentages and the short target values of indicator tables. */
import { UNIT_PATTERN } from '../../../core/target/units';
import { compactText } from './_chars';

const UNIT = `(?:${UNIT_PATTERN})`;
const QUANTITY = new RegExp(
  `^(?:[≥≤><=≧≦]|不低于|不少于|不高于|不超过|大于|小于|达到|约)?[-+]?\\d+(?:\\.\\d+)?(?:[-~～至]\\d+(?:\\.\\d+)?)?${UNIT}?(?:以上|以下|以内|及以上|及以下)?$`,
);
const QUALITATIVE =
  /^(?:合规|达标|达到|完成|已完成|未完成|部分完成|基本完成|是|否|优|良|中|差|好|良好|较好|有效|无|显著|明显|及时|准确|规范|满意|基本满意|符合|符合要求|稳定|全覆盖|正常|按时|按期)$/;
const QUALITATIVE_PHRASE =
  /^(?:进一步|逐步|持续|不断|有效|明显|显著|稳步|全面|基本|大幅)?(?:提升|提高|改善|增强|降低|减少|促进|增加|合规|达标|完成|符合要求|规范|及时|满意|稳定|保障|覆盖|加强|优化)$/;

/** A short value as written in a target or status column: `≥95%`, `1 个`, `合规`, `进一步提升`. */
const valueMemo = new Map<string, boolean>();

export function isValueLike(text: string): boolean {
  if (text.length > 40) return false;
  const hit = valueMemo.get(text);
  if (hit !== undefined) return hit;
  if (valueMemo.size > 5000) valueMemo.clear();
  const v = valueLike(text);
  valueMemo.set(text, v);
  return v;
}

function valueLike(text: string): boolean {
  const s = compactText(text);
  if (!s || s.length > 24) return false;
  if (QUANTITY.test(s)) return true;
  if (QUALITATIVE.test(s)) return true;
  return QUALITATIVE_PHRASE.test(s);
}

/** A plain number as written in a score or amount cell: `2`, `0.5`, `43,717.66`, `100.00%`. */
export function isNumberCell(text: string): boolean {
  return /^[-+]?\d+(?:\.\d+)?%?$/.test(compactText(text));
}

/** Parse a number written with thousands separators, full-width digits or stray spaces; null when it is not one. */
export function parseNumber(text: string | null | undefined): number | null {
  if (text == null) return null;
  const s = compactText(text).replace(/[%％]$/, '');
  if (!/^[-+]?\d+(?:\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** An amount to 万元 from a number and its unit (元, 万元, 亿元); null when the unit is not money. */
export function toWan(value: number, unit: string): number | null {
  let wan: number;
  if (unit === '万元' || unit === '万') wan = value;
  else if (unit === '元') wan = value / 10000;
  else if (unit === '亿元' || unit === '亿') wan = value * 10000;
  else return null;
  return Math.round(wan * 1_000_000) / 1_000_000;
}
