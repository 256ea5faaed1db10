import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './text-encoding';

const bytes = (...xs: number[]) => new Uint8Array(xs);
const utf16 = (s: string, order: 'le' | 'be') => {
  const b = Buffer.from(`\uFEFF${s}`, 'utf16le');
  return new Uint8Array(order === 'be' ? b.swap16() : b);
};
const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url)));

describe('decodeText', () => {
  it.each([
    ['UTF-8', bytes(0xe4, 0xb8, 0xad, 0xe6, 0x96, 0x87), 'utf-8'],
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad, 0xe6, 0x96, 0x87), 'utf-8'],
    ['UTF-16LE with BOM', bytes(0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65), 'utf-16le'],
    ['UTF-16BE with BOM', bytes(0xfe, 0xff, 0x4e, 0x2d, 0x65, 0x87), 'utf-16be'],
    ['GB18030', bytes(0xd6, 0xd0, 0xce, 0xc4), 'gb18030'],
  ])('decodes %s', (_name, b, encoding) => {
    expect(decodeText(b)).toEqual({ text: '中文', encoding });
  });

  it('reads a whole report saved in GB18030 as the same text as its UTF-8 original', () => {
    const gb = fixture('server/report-gb18030.txt');
    const original = readFileSync(
      new URL('../../test/fixtures/web/003_0cae153c9ef8c78d.txt', import.meta.url),
      'utf8',
    );
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb)).toThrow();
    expect(decodeText(gb)).toEqual({ text: original, encoding: 'gb18030' });
  });

  it.each([
    ['NUL-padded binary', bytes(0, 1, 2, 3, 0xff, 0xfe, 0x80, 0x81, 0x82, 0, 0, 0, 0x90)],
    ['a PNG header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48)],
    ['bytes neither UTF-8 nor GB18030', bytes(0x41, 0xff, 0x42, 0xff)],
    ['a UTF-16 mark before a lone surrogate', bytes(0xff, 0xfe, 0x00, 0xd8)],
    ['UTF-16 text of control characters', utf16('\u0001\u0002\u0003\u0004', 'le')],
  ])('refuses %s', (_name, b) => {
    expect(decodeText(b)).toBeNull();
  });

  it.each(['le', 'be'] as const)('reads a report saved as UTF-16%s without a byte-order mark', (order) => {
    const text = '二、绩效自评情况\n全年预算数 1,234.56 万元，执行率 98.76%。\n（一）产出指标\n';
    const b = Buffer.from(text, 'utf16le');
    const raw = new Uint8Array(order === 'be' ? b.swap16() : b);
    expect(decodeText(raw)).toEqual({ text, encoding: `utf-16${order}` });
  });

  it('does not take UTF-8 or GB18030 text, or binary zeros at every other byte, for unmarked UTF-16', () => {
    expect(decodeText(new TextEncoder().encode('中文 report 2023\n'))?.encoding).toBe('utf-8');
    expect(decodeText(fixture('server/report-gb18030.txt'))?.encoding).toBe('gb18030');
    const binary = new Uint8Array(4096).map((_, i) => (i % 2 ? 0 : (i * 7) % 32));
    expect(decodeText(binary)).toBeNull();
  });

  it('keeps a long text with one stray control character (under 1% is not binary)', () => {
    const text = `${'部门整体支出绩效自评报告。'.repeat(20)}\u0007`;
    expect(decodeText(new TextEncoder().encode(text))?.text).toBe(text);
  });

  it('round-trips any printable text through UTF-8 and UTF-16 of either byte order', () => {
    const printable = fc
      .string({ unit: 'grapheme', minLength: 1 })
      .filter(
        (s) => !s.startsWith('\uFEFF') && [...s].every((c) => c >= ' ' && c !== '\u007f' && c !== '\ufffd'),
      );
    fc.assert(
      fc.property(printable, (s) => {
        expect(decodeText(new TextEncoder().encode(s))?.text).toBe(s);
        expect(decodeText(utf16(s, 'le'))?.text).toBe(s);
        expect(decodeText(utf16(s, 'be'))?.text).toBe(s);
      }),
    );
  });
});
