/** Heading numbering styles of Chinese reports: 第一部分, 一、, （一）, 1., （1）, ①; and inline 一是…二是… lists. */

export type NumberingStyle = 'part' | 'cn' | 'cnParen' | 'num' | 'numParen' | 'circled';

const CN = '一二三四五六七八九十';
const STYLES: ReadonlyArray<readonly [NumberingStyle, RegExp]> = [
  ['part', new RegExp(`^第[${CN}百]+(?:部分|章|节)\\s*`)],
  ['cn', new RegExp(`^[${CN}]{1,3}\\s*[、.．]\\s*`)],
  ['cnParen', new RegExp(`^[（(]\\s*[${CN}]{1,3}\\s*[)）]\\s*[、.．]?\\s*`)],
  ['numParen', /^[（(]\s*\d{1,2}\s*[)）]\s*[、.．]?\s*/],
  ['num', /^\d{1,2}\s*[.、．](?!\d)\s*/],
  ['circled', /^[①-⑳]\s*/],
];

/** The numbering style a paragraph opens with and the text after the number; null when it is not numbered. */
export function numberingOf(text: string): { style: NumberingStyle; rest: string; mark: string } | null {
  const s = text.trimStart();
  for (const [style, re] of STYLES) {
    const m = re.exec(s);
    if (!m) continue;
    const cn = /[一二三四五六七八九十百]+/.exec(m[0]);
    // 六一、端午 is a holiday, not item 61: a Chinese number must be well formed
    if (cn && style !== 'num' && style !== 'numParen' && cnNumber(cn[0]) == null) return null;
    return { style, rest: s.slice(m[0].length), mark: m[0].trim() };
  }
  return null;
}

/** True when a line opens with a heading number (or is a table caption `表 2-1`). */
export function isNumberedLine(text: string): boolean {
  return numberingOf(text) !== null || /^表\s*\d/.test(text.trimStart());
}

const ENUM =
  /(?:^|[。；;！!？?\s：:])\s*((?:[一二三四五六七八九十]{1,2})是|第[一二三四五六七八九十]{1,2}[，,、]|其[一二三四五六七八九十]{1,2}[，,、是])/g;

/**
 * Split text at inline enumerators (一是…二是…, 第一，第二，, 其一…) when they count up from one.
 * Returns the text before the first enumerator and the items; items is empty when there is no such list.
 */
export function splitEnumeration(text: string): { lead: string; items: string[] } {
  const marks: Array<{ at: number; n: number }> = [];
  for (const m of text.matchAll(ENUM)) {
    const tok = m[1]!;
    const n = cnNumber(tok.replace(/^第|^其|[是，,、]$/g, ''));
    if (n == null) continue;
    const expected = marks.length + 1;
    if (n !== expected) continue;
    marks.push({ at: (m.index ?? 0) + m[0].indexOf(tok), n });
  }
  if (marks.length < 2) return { lead: text, items: [] };
  const items = marks.map((m, i) =>
    text.slice(m.at, i + 1 < marks.length ? marks[i + 1]!.at : text.length).trim(),
  );
  return { lead: text.slice(0, marks[0]!.at).trim(), items };
}

/** 一 … 九十九 to a number. */
export function cnNumber(s: string): number | null {
  const d = '零一二三四五六七八九';
  if (!s || !/^[零一二三四五六七八九十]+$/.test(s)) return null;
  if (s === '十') return 10;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? d.indexOf(s) : null;
  const tens = i === 0 ? 1 : d.indexOf(s[0]!);
  const ones = i === s.length - 1 ? 0 : d.indexOf(s[i + 1]!);
  return tens * 10 + ones;
}
