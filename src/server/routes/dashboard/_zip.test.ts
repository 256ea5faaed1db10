import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { uniqueFileName, type ZipEntry, zipStream } from './_zip';

const hasUnzip = existsSync('/usr/bin/unzip');

async function collect(entries: ZipEntry[]): Promise<{ bytes: Buffer; chunks: number }> {
  const parts: Buffer[] = [];
  for await (const b of zipStream(entries, new Date(2024, 2, 5, 14, 7, 30))) parts.push(b);
  return { bytes: Buffer.concat(parts), chunks: parts.length };
}

describe('zipStream', () => {
  const entries = [
    { name: '广州市海珠区人民政府南洲街道办事处.docx', data: Buffer.from('第一份内容'.repeat(100)) },
    { name: 'b.txt', data: new Uint8Array([0, 1, 2, 255]) },
    { name: '空.txt', data: new Uint8Array() },
  ];

  it('writes an archive that JSZip reads back with checked CRCs, names in UTF-8 and the date kept', async () => {
    const { bytes, chunks } = await collect(entries);
    // Each entry's header and data come as they are produced, the directory at the end.
    expect(chunks).toBe(entries.length * 2 + 1);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(entries.map((e) => e.name));
    for (const e of entries) {
      const got = await zip.file(e.name)!.async('uint8array');
      expect(Buffer.from(got).equals(Buffer.from(e.data))).toBe(true);
    }
    const date = zip.file('b.txt')!.date;
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2024, 2, 5]);
  });

  it.skipIf(!hasUnzip)('is read by the system unzip too, which tests every entry', async () => {
    const { bytes } = await collect(entries);
    const dir = mkdtempSync(join(tmpdir(), 'jx-zip-'));
    try {
      const file = join(dir, 'a.zip');
      writeFileSync(file, bytes);
      expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes an empty archive as just the end record', async () => {
    const { bytes } = await collect([]);
    expect(bytes.length).toBe(22);
    expect(Object.keys((await JSZip.loadAsync(bytes)).files)).toEqual([]);
  });
});

describe('uniqueFileName', () => {
  it('replaces reserved characters and numbers repeats', () => {
    const taken = new Set<string>();
    expect(uniqueFileName(taken, '财政局/办公室: "甲"', 'docx')).toBe('财政局_办公室_ _甲_.docx');
    expect(uniqueFileName(taken, '乙', 'docx')).toBe('乙.docx');
    expect(uniqueFileName(taken, '乙', 'docx')).toBe('乙 (2).docx');
    expect(uniqueFileName(taken, '  ', 'docx')).toBe('未命名.docx');
  });
});
