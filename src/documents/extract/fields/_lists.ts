/** Problems and improvements: the items of the 存在问题 and 改进措施 sections, numbered or written 一是…二是…. */
import { compactText } from '../layout/_chars';
import { splitEnumeration } from '../layout/_numbering';
import { allSections, type Section, sectionTexts } from '../layout/_outline';

const PROBLEMS = /存在(?:的)?(?:主要)?问题|主要问题|问题(?:及|和|与)原因|问题分析/;
const IMPROVEMENTS = /改进措施|整改措施|改进建议|改进方向|下一步|工作(?:计划|打算)|意见建议|有关建议/;

/** The shallowest section whose title matches (the last one of that depth). */
function findSection(root: Section, re: RegExp): Section | null {
  let best: Section | null = null;
  for (const s of allSections(root)) {
    if (s.title && re.test(compactText(s.title)) && (!best || s.depth <= best.depth)) best = s;
  }
  return best;
}

/** Items of a list section: its numbered subsections, else 一是/二是 items, else its paragraphs. */
export function listItems(sec: Section): string[] {
  if (sec.children.length > 0) return sec.children.map((c) => sectionTexts(c).join(''));
  const paras = sectionTexts(sec).slice(1);
  const text = paras.join('');
  const { items } = splitEnumeration(text);
  if (items.length > 0) return items;
  return paras.filter((p) => p.trim().length > 0);
}

export function extractLists(root: Section): { problems: string[]; improvements: string[] } {
  const p = findSection(root, PROBLEMS);
  const i = findSection(root, IMPROVEMENTS);
  const clean = (xs: string[]) => xs.map((x) => x.trim()).filter((x) => x.length > 0);
  return { problems: p && p !== i ? clean(listItems(p)) : [], improvements: i ? clean(listItems(i)) : [] };
}
