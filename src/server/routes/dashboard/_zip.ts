/** A streaming .zip writer (stored entries, UTF-8 names): one entry in memory at a time, then the directory. */
import { crc32 } from 'node:zlib';

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

const MAX = 0xffffffff;

/** DOS date and time of a moment (local fields, as zip tools read them). */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * The bytes of a zip archive of the entries, as they come: each entry's header and data, then the central directory.
 * @example Readable.from(zipStream(entries())) // piped to the response
 */
export async function* zipStream(
  entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>,
  now = new Date(),
): AsyncGenerator<Buffer> {
  const { time, date } = dosTime(now);
  const directory: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for await (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const size = e.data.byteLength;
    if (offset + 30 + name.length + size > MAX || count >= 0xffff)
      throw new Error('压缩包超过 4 GB 或 65535 个文件，请缩小范围后分批下载');
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(size, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(size, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal attributes, external attributes: 0
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    yield Buffer.concat([local, name]);
    yield Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength);
    offset += 30 + name.length + size;
    count++;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  yield Buffer.concat([dir, end]);
}

/** A name safe in every file system: no path separators or reserved characters; a repeat gets ` (2)`. */
export function uniqueFileName(taken: Set<string>, base: string, ext: string): string {
  const clean =
    [...base]
      .map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c))
      .join('')
      .trim() || '未命名';
  let name = `${clean}.${ext}`;
  for (let i = 2; taken.has(name); i++) name = `${clean} (${i}).${ext}`;
  taken.add(name);
  return name;
}
