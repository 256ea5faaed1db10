import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { guardPdf, scanPdfPageCount } from './pdf-guard';
import { sniffUpload } from './sniff';
import { guardZip, readCentralDirectory, verifyZip } from './zip-guard';

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

  it('accepts text the reader can decode: GB18030, and UTF-16 of either byte order', () => {
    const report = '2023 年度部门整体支出绩效自评报告';
    const le = Buffer.from(`\uFEFF${report}`, 'utf16le');
    expect(sniffUpload(fixture('report-gb18030.txt'), 'gb.txt')).toBe('txt');
    expect(sniffUpload(new Uint8Array(le), 'le.txt')).toBe('txt');
    expect(sniffUpload(new Uint8Array(Buffer.from(le).swap16()), 'be.txt')).toBe('txt');
    expect(sniffUpload(new Uint8Array(Buffer.from('\uFEFF{"year": 2023}', 'utf16le')), 'a.json')).toBe(
      'json',
    );
  });

  it.each([
    ['report.doc', [0xd0, 0xcf, 0x11, 0xe0], /旧版 Office/],
    ['report.exe', [0x4d, 0x5a], /不支持的文件类型 \.exe/],
    ['noext', [0x7b], /不支持的文件类型/],
    ['a.docx', [0x25, 0x50, 0x44, 0x46, 0x2d], /不是Word（\.docx）文件/],
    ['a.pdf', [0x50, 0x4b, 0x03, 0x04], /不是PDF文件/],
    ['a.json', [0x50, 0x4b, 0x03, 0x04], /不是JSON文件/],
    ['a.txt', [0x00, 0x01, 0x02, 0x03, 0xff, 0x80, 0x00], /不是文本文件：只能读取 UTF-8、UTF-16 或 GB18030/],
    ['a.txt', [0xff, 0xfe, 0x00, 0xd8], /不是文本文件/],
    ['a.json', [0x68, 0x69], /不是JSON文件/],
    ['a.txt', [], /是空的/],
  ])('refuses %s with a Chinese message', (name, bytes, message) => {
    expect(() => sniffUpload(new Uint8Array(bytes), name)).toThrow(message);
  });

  it('with decode: false checks only names and first bytes, leaving the decoding to the worker', () => {
    const binary = new Uint8Array([0x00, 0x01, 0x02, 0x03, 0xff, 0x80, 0x00]);
    expect(sniffUpload(binary, 'a.txt', { decode: false })).toBe('txt');
    expect(() => sniffUpload(binary, 'a.txt')).toThrow(/不是文本文件/);
    expect(() => sniffUpload(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'a.json', { decode: false })).toThrow(
      /不是JSON文件/,
    );
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

  it('leaves the inflating to verifyZip, which refuses an entry that inflates past its declared size', async () => {
    const lying = fixture('lying-sizes.docx');
    expect(() =>
      guardZip(lying, 'l.docx', 'word/document.xml', { maxUnzippedBytes: 100 * MiB }),
    ).not.toThrow();
    await expect(verifyZip(lying, 'l.docx')).rejects.toMatchObject({
      status: 413,
      code: 'file_too_large',
      message: expect.stringMatching(/条目 word\/document\.xml 实际大小超过其声明的 1000 字节/),
    });
  });

  it('verifyZip refuses an entry that inflates short of its declared size and passes an honest one', async () => {
    const honest = buildZip([['word/document.xml', Buffer.alloc(5000, 0x61)]]);
    await expect(verifyZip(honest, 'ok.docx')).resolves.toBeUndefined();
    const short = Buffer.from(honest);
    // Declared size in the central directory (offset 24 of its first record) one byte too large.
    const central = short.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    short.writeUInt32LE(5001, central + 24);
    await expect(verifyZip(short, 's.docx')).rejects.toThrow(/解压后大小与声明不符/);
    const broken = Buffer.from(honest);
    broken.fill(0xff, 30 + 'word/document.xml'.length, 40 + 'word/document.xml'.length);
    await expect(verifyZip(broken, 'b.docx')).rejects.toThrow(/条目 word\/document\.xml 解压失败/);
  });

  it('verifyZip inflates a large entry without holding its output', async () => {
    // 64 MiB of zeros deflate to ~64 KiB; the check must count them, not keep them.
    const zeros = buildZip([['word/document.xml', Buffer.alloc(64 * MiB)]]);
    const before = process.memoryUsage().arrayBuffers;
    await verifyZip(zeros, 'z.docx');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * MiB);
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

  it.each([
    ['<< /Type /Pages /Kids [3 0 R] /Count 12 >>', 12],
    ['<</Count 7/Type/Pages/Kids[3 0 R]>>', 7],
    ['<< /Type /Page /Count 9 >> << /Type /Pages /Count 2 >>', 2],
    ['<< /Type /Pages >> /Count 40', 0],
    ['<< /Type /PagesX /Count 40 >>', 0],
    ['<< /Type\n/Pages /Count\t5 >> << /Type /Pages /Count 3 >>', 5],
    ['<< /Type /Pages /Count 800', 800],
  ])('reads the announced page count of %j as %i', (text, pages) => {
    expect(scanPdfPageCount(new TextEncoder().encode(text)).pages).toBe(pages);
  });

  it('checks 2 MB of repeated /Type /Pages in linear time', () => {
    const hostile = (bytes: number) => {
      const unit = '/Type /Pages ';
      return new TextEncoder().encode(
        `%PDF-1.4\n${unit.repeat(Math.ceil(bytes / unit.length))}/Count 5\n%%EOF\n`,
      );
    };
    const one = scanPdfPageCount(hostile(MiB));
    const two = scanPdfPageCount(hostile(2 * MiB));
    expect(two.pages).toBe(5);
    // Each byte is looked at a bounded number of times: steps per byte stay the same as the input doubles.
    expect(two.steps).toBeLessThanOrEqual(3 * 2 * MiB);
    expect(two.steps / one.steps).toBeLessThan(2.1);
    expect(() => guardPdf(hostile(2 * MiB), 'h.pdf', 300)).not.toThrow();
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
