/**
 * Scores a report lists in a sentence rather than states one by one: 「其中预算编制 3 分，预算执行 4 分，…」 after the
 * parent's score, and 「包括产出指标 20 分、效益指标 20 分和预算资金支出率 10 分，本次分别得 17 分、17.5 分和 9.2 分」.
 * A list of points that may be the parts' maximums (「共 50 分，其中预算编制 3 分…」 with every value at its node's
 * maximum and no 得 before it) is not taken for scores.
 */
import type { RubricNodeData } from '../../../core/rubric/schema';
import { compactOf } from '../layout/_chars';
import type { ParaBlock } from '../layout/_model';
import type { NodeMatcher } from './_rubric-map';

export interface ListedScore {
  node: RubricNodeData;
  value: number;
  /** Where in the paragraph's compact text the sentence starts (for its place). */
  at: number;
}

const NUM = String.raw`\d{1,3}(?:\.\d+)?`;
/** `预算编制 3 分`, `预算执行得 4 分`, `信息公开为 4 分`: a name and its points, nothing else. */
const ITEM = new RegExp(`^(?:其中|分别是|分别为)?(.{2,24}?)(?:得分|得|为)?(${NUM})分$`);
const RESPECTIVE = new RegExp(`分别(?:得分|得到|得|为|是)?((?:${NUM}分?[、，,和及与]*)+)`);
const SAID_SCORED = /得分|得|自评结果|评价结果/;
/**
 * 「1. 预算编制。分值 3 分，得 2 分。」: a numbered lead naming the part, its points and 得 n 分 (「得分 n 分」 is read
 * by the general score reader already).
 */
const LEAD = new RegExp(
  `^(?:\\d{1,2}[.、．]|[（(][一二三四五六七八九十]{1,3}[)）])?([^。：:，,]{2,24})[。．：:](?:该项|本项)?(?:分值|满分)(?:为)?${NUM}分[，,](?:本次|自评|实际)?得(?!分)(${NUM})分`,
);

/** The node a listed name is, exactly (a list names its parts plainly; a loose match would take any mention). */
function nodeOf(m: NodeMatcher, name: string): RubricNodeData | null {
  const node = m.exact(name);
  return node && !m.isRoot(node) ? node : null;
}

/** 「其中A n 分，B m 分…」: every clause a node and its points. */
function listAfter(
  m: NodeMatcher,
  sentence: string,
  before: string,
): Array<{ node: RubricNodeData; value: number }> {
  if (!/^其中/.test(sentence)) return [];
  const parts = sentence.split(/[，,、；;]/).filter(Boolean);
  if (parts.length < 2) return [];
  const out: Array<{ node: RubricNodeData; value: number }> = [];
  for (const c of parts) {
    const hit = ITEM.exec(c);
    const node = hit ? nodeOf(m, hit[1]!) : null;
    const value = hit ? Number(hit[2]) : Number.NaN;
    if (!node || !(value >= 0 && value <= node.max + 1e-9)) return [];
    out.push({ node, value });
  }
  // Points each equal to the part's maximum, after no word of scoring: the parts' weights, not their scores.
  const allMax = out.every((x) => Math.abs(x.value - x.node.max) < 1e-9);
  return allMax && !SAID_SCORED.test(before) ? [] : out;
}

/** 「包括A n分、B m分和C k分，本次分别得 x 分、y 分和 z 分」: names before, scores after, in order. */
function respective(m: NodeMatcher, sentence: string): Array<{ node: RubricNodeData; value: number }> {
  const r = RESPECTIVE.exec(sentence);
  if (!r) return [];
  const values = [...r[1]!.matchAll(new RegExp(NUM, 'g'))].map((x) => Number(x[0]));
  const head = sentence.slice(0, r.index);
  const names = head
    .split(/[，,、和及与]/)
    .map((c) => c.replace(new RegExp(`(?:共|为|计)?${NUM}分$`), '').replace(/^(?:包括|其中|含|即)/, ''))
    .map((c) => nodeOf(m, c))
    .filter((n): n is RubricNodeData => n !== null);
  // The names nearest the scores: 「履职效能共 50 分，包括 A、B 和 C，分别得…」 names its parent first.
  const named = names.slice(-values.length);
  if (named.length !== values.length || values.length < 2) return [];
  const out = named.map((node, i) => ({ node, value: values[i]! }));
  return out.every((x) => x.value >= 0 && x.value <= x.node.max + 1e-9) ? out : [];
}

/** Every score a paragraph lists, with where its sentence starts. */
export function listedScores(m: NodeMatcher, p: ParaBlock): ListedScore[] {
  const text = compactOf(p);
  const out: ListedScore[] = [];
  const lead = LEAD.exec(text);
  const leadNode = lead ? nodeOf(m, lead[1]!) : null;
  if (leadNode && Number(lead![2]) <= leadNode.max + 1e-9)
    out.push({ node: leadNode, value: Number(lead![2]), at: 0 });
  let at = 0;
  let before = '';
  for (const sentence of text.split(/(?<=[。；;！!？?])/)) {
    const s = sentence.replace(/[。；;！!？?]$/, '');
    for (const x of [...listAfter(m, s, before), ...respective(m, s)]) out.push({ ...x, at });
    before = s;
    at += sentence.length;
  }
  return out;
}
