/** Cheap checks of a PDF before it is parsed: it must end, and not announce more pages than allowed. */
import { AppError } from '../errors';

/** Throws when the PDF has no end marker (a truncated or endless file) or declares too many pages. */
export function guardPdf(bytes: Uint8Array, filename: string, maxPages: number): void {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  if (!tail.includes('%%EOF')) {
    throw new AppError(
      'unreadable_file',
      `PDF 文件 ${filename} 不完整（没有结尾标记 %%EOF），可能上传中断或文件已损坏`,
    );
  }
  const text = Buffer.from(bytes).toString('latin1');
  let pages = 0;
  for (const m of text.matchAll(
    /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g,
  )) {
    pages = Math.max(pages, Number(m[1] ?? m[2]));
  }
  if (pages > maxPages) {
    throw new AppError('file_too_large', `PDF 文件 ${filename} 共 ${pages} 页，超过上限 ${maxPages} 页`);
  }
}
