/** What a file is, from its first bytes: PDF, zip (maybe .docx), old .doc, text (UTF-8, UTF-16 or GB18030), or junk. */
import { ExtractError } from './_errors';

export type Sniffed = { kind: 'pdf' } | { kind: 'zip' } | { kind: 'text'; text: string };

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);

function hasPdfHeader(b: Uint8Array): boolean {
  const n = Math.min(b.length, 1024);
  for (let i = 0; i + 4 < n; i++)
    if (b[i] === 0x25 && startsWith(b, [0x50, 0x44, 0x46, 0x2d], i + 1)) return true;
  return false;
}

function decode(b: Uint8Array): string | null {
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(b.subarray(3));
  if (startsWith(b, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (startsWith(b, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(b.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    // not UTF-8: Chinese files are often GB18030 (GBK)
  }
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(b);
  } catch {
    return null;
  }
}

/** Share of characters that no text file holds: control characters and replacement marks. */
function junkShare(s: string): number {
  const n = Math.min(s.length, 200_000);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || c === 0x7f) bad++;
  }
  return bad / n;
}

/** Decide what the bytes are; throws ExtractError for empty, old-Word and binary files. */
export function sniff(bytes: Uint8Array, filename?: string): Sniffed {
  if (bytes.length === 0) throw new ExtractError('empty', filename);
  if (hasPdfHeader(bytes)) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return { kind: 'zip' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    throw new ExtractError('doc_unsupported', filename);
  const text = decode(bytes);
  if (text == null || junkShare(text) > 0.01) throw new ExtractError('binary', filename);
  if (!text.trim()) throw new ExtractError('empty', filename);
  return { kind: 'text', text };
}
