/** Character classes, display width and cell clean-up shared by the layout readers. */

/** CJK ideographs, CJK punctuation and full-width forms: one full column each. */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x2014 ||
    c === 0x2026 ||
    c === 0x2265 ||
    c === 0x2264 ||
    c === 0x2267 ||
    c === 0x2266
  );
}

/** Width in full columns: a CJK character counts 1, ASCII ½, a space ¼. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ch === ' ' || ch === '\t') w += 0.25;
    else w += isWide(ch) ? 1 : 0.5;
  }
  return w;
}

const HAN = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uff60\\u3000-\\u303f“”‘’';
const SPACE_BETWEEN_HAN = new RegExp(`([${HAN}])[ \\t\\u3000]+(?=[${HAN}])`, 'g');

/** Tidy a cell or a line: collapse white space, drop spaces that only come from wrapping between CJK characters. */
export function cleanText(s: string): string {
  return s
    .replace(/[\u00a0\u2002-\u200b\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SPACE_BETWEEN_HAN, '$1')
    .replace(/(\d)\. (\d)/g, '$1.$2');
}

/** Join the lines of one wrapped cell: no space inside CJK text, one space between Latin words. */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    if (!out) out = p;
    else if (/[A-Za-z0-9]$/.test(out) && /^[A-Za-z]/.test(p)) out += ` ${p}`;
    else out += p;
  }
  return cleanText(out);
}

const NEEDS_COMPACT = /[\s\uFF01-\uFF5E,]/;
const compactMemo = new Map<string, string>();
const paraMemo = new WeakMap<object, string>();

/** compactText of a block's text, computed once per block. */
export function compactOf(block: { text: string }): string {
  let c = paraMemo.get(block);
  if (c === undefined) {
    c = compactText(block.text);
    paraMemo.set(block, c);
  }
  return c;
}

/** Text made for pattern matching: half-width, no thousands separators, no white space at all. */
export function compactText(s: string): string {
  if (!NEEDS_COMPACT.test(s)) return s;
  const hit = compactMemo.get(s);
  if (hit !== undefined) return hit;
  const out = s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  if (s.length < 200) {
    if (compactMemo.size > 20_000) compactMemo.clear();
    compactMemo.set(s, out);
  }
  return out;
}

/** True when the text ends a sentence. */
export function endsSentence(s: string): boolean {
  return /[。！？!?；;：:…]$/.test(s.trim());
}
