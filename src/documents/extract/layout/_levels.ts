/** Indicator levels: 一级 (产出/效益/满意度/成本) and 二级 (数量, 质量, 时效, 社会效益 …) names as reports write them. */
import { compactText } from './_chars';

const key = (s: string) => compactText(s).replace(/[“”"]/g, '').replace(/指标$/, '');

const LEVEL1 = new Set(['产出', '效益', '满意度', '成本', '产出效益']);
const LEVEL2 = new Set([
  '数量',
  '质量',
  '时效',
  '成本',
  '经济效益',
  '社会效益',
  '生态效益',
  '可持续影响',
  '可持续发展',
  '可持续发展影响',
  '服务对象满意度',
  '满意度',
  '经济成本',
  '社会成本',
  '生态环境成本',
  '社会',
  '经济',
  '生态',
  '可持续',
]);
/** Second-level names that are complete on their own (a fragment like 社会 or 服务对象 is not). */
const COMPLETE = new Set(
  [...LEVEL1, ...LEVEL2].filter((k) => !['社会', '经济', '生态', '可持续'].includes(k)),
);

export const isLevel1 = (s: string) => LEVEL1.has(key(s));
export const isLevel2 = (s: string) => LEVEL2.has(key(s));
export const isLevelName = (s: string) => isLevel1(s) || isLevel2(s);

/** A label is complete when it ends in 指标 or is a known level name; fragments join the next row's fragment. */
export const isCompleteLevel = (s: string) => /指标$/.test(compactText(s)) || COMPLETE.has(key(s));

/** Looks like a level label or a fragment of one (满意 度, 服务对象): used to recognise label columns. */
export function isLevelish(s: string): boolean {
  const k = key(s);
  if (!k) return false;
  if (LEVEL1.has(k) || LEVEL2.has(k)) return true;
  return k.length <= 8 && /(?:产出|效益|满意|数量|质量|时效|成本|服务对象|可持续|社会|经济|生态)/.test(k);
}

const L2_TITLE =
  /^(数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|可持续发展|服务对象满意度|满意度)指标/;
const L1_TITLE = /(产出|效益|满意度|成本)指标/;

/** Levels named by section titles, nearest first: `（1）数量指标` gives level 2, `产出指标完成情况` level 1. */
export function levelsFromTitles(titles: readonly string[]): {
  level1: string | null;
  level2: string | null;
} {
  let level1: string | null = null;
  let level2: string | null = null;
  for (const t of titles) {
    const s = compactText(t);
    const l2 = L2_TITLE.exec(s);
    if (l2) {
      level2 ??= `${l2[1]}指标`;
      continue;
    }
    const l1 = L1_TITLE.exec(s);
    if (l1) level1 ??= `${l1[1]}指标`;
  }
  return { level1, level2 };
}
