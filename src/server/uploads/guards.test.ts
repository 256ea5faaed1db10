import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { guardPdf } from './pdf-guard';
import { sniffUpload } from './sniff';
import { guardZip, readCentralDirectory } from './zip-guard';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/server/${name}`, import.meta.url)));
const MiB = 1024 * 1024;

function codeOf(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof AppError) return `${e.status} ${e.code}`;
    throw e;
  }
}

describe('sniffUpload', () => {
  it.each([
    ['a.json', '{"year": 2023}', 'json'],
    ['a.txt', '2023 年度部门整体支出绩效自评报告', 'txt'],
    ['a.JSON', '\uFEFF{}', 'json'],
  ])('accepts %s', (name, text, kind) => {
    expect(sniffUpload(new TextEncoder().encode(text), name)).toBe(kind);
  });

  it.each([
    ['report.doc', [0xd0, 0xcf, 0x11, 0xe0], /旧版 Office/],
    ['report.exe', [0x4d, 0x5a], /不支持的文件类型 \.exe/],
    ['noext', [0x7b], /不支持的文件类型/],
    ['a.docx', [0x25, 0x50, 0x44, 0x46, 0x2d], /不是Word（\.docx）文件/],
    ['a.pdf', [0x50, 0x4b, 0x03, 0x04], /不是PDF文件/],
    ['a.json', [0x50, 0x4b, 0x03, 0x04], /不是JSON文件/],
    ['a.txt', [0xff, 0xfe, 0x41, 0x00], /UTF-8/],
    ['a.json', [0x68, 0x69], /不是JSON文件/],
    ['a.txt', [], /是空的/],
  ])('refuses %s with a Chinese message', (name, bytes, message) => {
    expect(() => sniffUpload(new Uint8Array(bytes), name)).toThrow(message);
  });

  it('refuses a PDF renamed to .docx', () => {
    expect(codeOf(() => sniffUpload(fixture('pdf-as.docx'), 'pdf-as.docx'))).toBe('400 unsupported_file');
  });
});

describe('guardZip', () => {
  it('refuses a zip bomb dressed as .docx or .xlsx from the central directory alone', () => {
    expect(
      readCentralDirectory(fixture('zip-bomb.docx'), 'x').find((e) => e.name === 'word/document.xml')
        ?.uncompressedSize,
    ).toBe(120 * MiB + 1);
    expect(
      codeOf(() =>
        guardZip(fixture('zip-bomb.docx'), 'b.docx', 'word/document.xml', { maxUnzippedBytes: 100 * MiB }),
      ),
    ).toBe('413 file_too_large');
    expect(
      codeOf(() =>
        guardZip(fixture('zip-bomb.xlsx'), 'b.xlsx', 'xl/workbook.xml', { maxUnzippedBytes: 100 * MiB }),
      ),
    ).toBe('413 file_too_large');
  });

  it('refuses an archive whose entry inflates past its declared size', () => {
    expect(() =>
      guardZip(fixture('lying-sizes.docx'), 'l.docx', 'word/document.xml', { maxUnzippedBytes: 100 * MiB }),
    ).toThrow(/实际大小超过其声明的 1000 字节/);
  });

  it('refuses a .docx without word/document.xml, a truncated zip and too many entries', () => {
    expect(() =>
      guardZip(fixture('zip-bomb.xlsx'), 'x.docx', 'word/document.xml', { maxUnzippedBytes: 1000 * MiB }),
    ).toThrow(/缺少 word\/document\.xml/);
    const cut = fixture('lying-sizes.docx').subarray(0, 200);
    expect(codeOf(() => guardZip(cut, 'c.docx', 'word/document.xml', { maxUnzippedBytes: MiB }))).toBe(
      '400 unreadable_file',
    );
    expect(
      codeOf(() =>
        guardZip(fixture('zip-bomb.docx'), 'b.docx', 'word/document.xml', {
          maxUnzippedBytes: 1000 * MiB,
          maxEntries: 1,
        }),
      ),
    ).toBe('413 file_too_large');
  });

  it('passes an honest archive', () => {
    const honest = buildZip([['word/document.xml', Buffer.from('<w:document/>')]]);
    expect(
      guardZip(honest, 'ok.docx', 'word/document.xml', { maxUnzippedBytes: MiB }).map((e) => e.name),
    ).toEqual(['word/document.xml']);
  });
});

describe('guardPdf', () => {
  it('refuses a PDF that never ends and one that announces too many pages', () => {
    expect(() => guardPdf(fixture('truncated.pdf'), 't.pdf', 300)).toThrow(/不完整/);
    expect(codeOf(() => guardPdf(fixture('many-pages.pdf'), 'm.pdf', 300))).toBe('413 file_too_large');
    expect(() => guardPdf(fixture('small.pdf'), 's.pdf', 300)).not.toThrow();
  });
});

/** A minimal deflated zip (no data descriptors), enough for the guard. */
function buildZip(files: [string, Buffer][]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const deflated = deflateRawSync(data);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, deflated);
    centrals.push(central, n);
    offset += 30 + n.length + deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}
