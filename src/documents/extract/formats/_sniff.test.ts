import { describe, expect, it } from 'vitest';
import { ExtractError } from '../_errors';
import { sniff } from './_sniff';

const bytes = (...xs: number[]) => new Uint8Array(xs);
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ExtractError ? e.code : 'other';
  }
  return 'none';
};

describe('sniff', () => {
  it('tells PDF and zip by their signatures, not their names', () => {
    expect(sniff(new TextEncoder().encode('%PDF-1.7\n…'), 'a.txt')).toEqual({ kind: 'pdf' });
    expect(sniff(bytes(0x50, 0x4b, 0x03, 0x04, 0), 'a.pdf')).toEqual({ kind: 'zip' });
  });

  it.each([
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad, 0xe6, 0x96, 0x87)],
    ['UTF-16LE', bytes(0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65)],
    ['GB18030', bytes(0xd6, 0xd0, 0xce, 0xc4)],
  ])('decodes %s text', (_name, b) => {
    expect(sniff(b)).toEqual({ kind: 'text', text: '中文' });
  });

  it.each([
    ['empty', new Uint8Array(0), 'empty'],
    ['only white space', new TextEncoder().encode(' \n\t '), 'empty'],
    ['old Word', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), 'doc_unsupported'],
    ['binary', bytes(0, 1, 2, 3, 0xff, 0xfe, 0x80, 0x81, 0x82, 0, 0, 0, 0x90), 'binary'],
  ])('refuses %s with a stable code', (_name, b, expected) => {
    expect(code(() => sniff(b, 'x'))).toBe(expected);
  });

  it('says which file in a Chinese message', () => {
    try {
      sniff(new Uint8Array(0), '报告.docx');
    } catch (e) {
      expect((e as Error).message).toBe('报告.docx：文件为空，没有可读取的内容');
    }
  });
});
