/**
 * Zip bombs dressed as .docx/.xlsx: sizes from the central directory are checked before anything is inflated
 * (`guardZip`, main thread); the entries are then inflated as capped streams in the extraction worker (`verifyZip`).
 */
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../errors';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

export interface ZipLimits {
  maxUnzippedBytes: number;
  maxEntries?: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const bad = (filename: string, why: string) =>
  new AppError('unreadable_file', `文件 ${filename} 无法读取：${why}`);
const bomb = (filename: string, why: string) =>
  new AppError('file_too_large', `文件 ${filename} 解压后过大（${why}），已拒绝`);

/** The central directory's entries; throws on a damaged or ZIP64 archive. */
export function readCentralDirectory(bytes: Uint8Array, filename: string): ZipEntry[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad(filename, '压缩结构不完整（文件可能被截断）');
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff)
    throw bad(filename, '不支持 ZIP64 格式');
  if (offset + size > eocd) throw bad(filename, '压缩目录位置错误');
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw bad(filename, '压缩目录已损坏');
    const nameLen = buf.readUInt16LE(p + 28);
    entries.push({
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** Inflate one entry's data, counting the output and stopping once it passes `cap`; resolves with the count. */
function countInflated(data: Buffer, cap: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: 64 * 1024 });
    let n = 0;
    z.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > cap) {
        z.destroy();
        resolve(n);
      }
    });
    z.on('end', () => resolve(n));
    z.on('error', reject);
    z.end(data);
  });
}

/** Inflate one entry as a stream capped at its declared size, so a lying header cannot blow up. */
async function verifyEntry(buf: Buffer, e: ZipEntry, filename: string): Promise<void> {
  if (e.localOffset + 30 > buf.length || buf.readUInt32LE(e.localOffset) !== LOCAL)
    throw bad(filename, `条目 ${e.name} 已损坏`);
  const start =
    e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (data.length !== e.compressedSize) throw bad(filename, `条目 ${e.name} 不完整`);
  if (e.method === 0) {
    if (e.compressedSize !== e.uncompressedSize) throw bad(filename, `条目 ${e.name} 大小不符`);
    return;
  }
  if (e.method !== 8) throw bad(filename, `条目 ${e.name} 使用了不支持的压缩方式`);
  let size: number;
  try {
    size = await countInflated(data, e.uncompressedSize);
  } catch {
    throw bad(filename, `条目 ${e.name} 解压失败`);
  }
  if (size > e.uncompressedSize)
    throw bomb(filename, `条目 ${e.name} 实际大小超过其声明的 ${e.uncompressedSize} 字节`);
  if (size !== e.uncompressedSize) throw bad(filename, `条目 ${e.name} 解压后大小与声明不符`);
}

/**
 * The expensive half of the zip check, for the extraction worker: inflate every entry as a stream (output counted
 * and dropped, never held) and refuse one that inflates past, or short of, its declared size.
 * @example await verifyZip(bytes, 'a.docx')
 */
export async function verifyZip(bytes: Uint8Array, filename: string): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of readCentralDirectory(bytes, filename)) await verifyEntry(buf, e, filename);
}

/**
 * The cheap half of the zip check, linear in the central directory and safe on the main thread: refuse an archive
 * whose declared sizes pass the limit, that is encrypted or lacks its main part. Whether the headers tell the truth
 * is `verifyZip`'s job, in the worker.
 * @example guardZip(bytes, 'a.docx', 'word/document.xml', { maxUnzippedBytes: 100 << 20 })
 */
export function guardZip(
  bytes: Uint8Array,
  filename: string,
  required: string,
  limits: ZipLimits,
): ZipEntry[] {
  const entries = readCentralDirectory(bytes, filename);
  const maxEntries = limits.maxEntries ?? 5000;
  if (entries.length > maxEntries)
    throw bomb(filename, `包含 ${entries.length} 个条目，超过 ${maxEntries} 个`);
  if (entries.some((e) => e.flags & 1))
    throw new AppError('unsupported_file', `文件 ${filename} 已加密，请取消密码后上传`);
  const total = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (total > limits.maxUnzippedBytes) {
    throw bomb(
      filename,
      `共 ${(total / 1048576).toFixed(0)} MiB，超过上限 ${(limits.maxUnzippedBytes / 1048576).toFixed(0)} MiB`,
    );
  }
  if (!entries.some((e) => e.name === required)) {
    throw new AppError(
      'unsupported_file',
      `文件 ${filename} 不是有效的 ${required.startsWith('word/') ? 'Word' : 'Excel'} 文件（缺少 ${required}）`,
    );
  }
  return entries;
}
