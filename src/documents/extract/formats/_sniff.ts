/** What a file is, from its first bytes: PDF, zip (maybe .docx), old .doc, text (UTF-8, UTF-16 or GB18030), or junk. */
import { decodeText } from '../../text-encoding';
import { ExtractError } from '../_errors';

export type Sniffed = { kind: 'pdf' } | { kind: 'zip' } | { kind: 'text'; text: string };

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);

function hasPdfHeader(b: Uint8Array): boolean {
  const n = Math.min(b.length, 1024);
  for (let i = 0; i + 4 < n; i++)
    if (b[i] === 0x25 && startsWith(b, [0x50, 0x44, 0x46, 0x2d], i + 1)) return true;
  return false;
}

/** Decide what the bytes are; throws ExtractError for empty, old-Word and binary files. */
export function sniff(bytes: Uint8Array, filename?: string): Sniffed {
  if (bytes.length === 0) throw new ExtractError('empty', filename);
  if (hasPdfHeader(bytes)) return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return { kind: 'zip' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    throw new ExtractError('doc_unsupported', filename);
  const text = decodeText(bytes)?.text;
  if (text == null) throw new ExtractError('binary', filename);
  if (!text.trim()) throw new ExtractError('empty', filename);
  return { kind: 'text', text };
}
