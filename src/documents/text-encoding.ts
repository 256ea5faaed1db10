/** Text files as Chinese offices write them: UTF-8, UTF-16 (with or without a byte-order mark), or GB18030 (GBK); anything else is not text. */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  /** The text, without its byte-order mark. */
  text: string;
  encoding: TextEncoding;
}

/** Above this share of control characters the bytes are binary, whatever they happen to decode to. */
const MAX_JUNK_SHARE = 0.01;

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

function strict(encoding: TextEncoding, b: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(b);
  } catch {
    return null;
  }
}

/** Share of characters that no text file holds: control characters other than tab, line and page breaks. */
function junkShare(s: string): number {
  const n = Math.min(s.length, 200_000);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / n;
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: the line breaks, digits and Latin letters of a report
 * have a zero high byte, which sits at every odd offset (LE) or every even one (BE) and almost never at the other.
 */
function utf16Unmarked(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b.length < 4 || b.length % 2 !== 0) return null;
  const n = Math.min(b.length, 64 * 1024);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  // A CJK character has a zero low byte now and then (一 is U+4E00): the other side may hold a few.
  const wide = (many: number, few: number) => many >= pairs * 0.05 && few <= many / 4;
  if (wide(odd, even)) return 'utf-16le';
  if (wide(even, odd)) return 'utf-16be';
  return null;
}

function decodeAny(b: Uint8Array): DecodedText | null {
  const bom: [number[], TextEncoding][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ];
  for (const [sig, encoding] of bom) {
    // The mark names the encoding: damaged bytes become U+FFFD and count as junk below.
    if (startsWith(b, sig))
      return { text: new TextDecoder(encoding).decode(b.subarray(sig.length)), encoding };
  }
  const unmarked = utf16Unmarked(b);
  if (unmarked) {
    const text = strict(unmarked, b);
    if (text !== null) return { text, encoding: unmarked };
  }
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = strict(encoding, b);
    if (text !== null) return { text, encoding };
  }
  return null;
}

/**
 * Decode the bytes of a text file: a byte-order mark decides UTF-8 or UTF-16, else UTF-16 told by its zero bytes,
 * else strict UTF-8, else GB18030.
 * Null when the bytes are none of these or decode to control characters (a binary file).
 * @example decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4])) // { text: '中文', encoding: 'gb18030' }
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  const decoded = decodeAny(bytes);
  if (!decoded || junkShare(decoded.text) > MAX_JUNK_SHARE) return null;
  return decoded;
}
