/** Cheap checks of a PDF before it is parsed: it must end, and not announce more pages than allowed. */
import { AppError } from '../errors';

const SLASH = 0x2f;
const GT = 0x3e;
const TYPE = [...'Type'].map((c) => c.charCodeAt(0));
const PAGES = [...'/Pages'].map((c) => c.charCodeAt(0));
const COUNT = [...'Count'].map((c) => c.charCodeAt(0));
/** Digits read of one /Count; more than this is a count past any page limit anyway. */
const MAX_DIGITS = 12;

/** PDF white space (NUL, tab, LF, VT, FF, CR, space) and the no-break space a regex's `\s` also took. */
const isSpace = (b: number) => b === 0 || b === 0x20 || (b >= 0x09 && b <= 0x0d) || b === 0xa0;
const isDigit = (b: number) => b >= 0x30 && b <= 0x39;
const isWord = (b: number) =>
  isDigit(b) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;

export interface PageCountScan {
  /** The largest `/Count` of a `/Type /Pages` dictionary, 0 when there is none. */
  pages: number;
  /** Bytes looked at: at most a small constant times the size, whatever the content. */
  steps: number;
}

/**
 * The page count a PDF announces, in one forward pass: a `/Count n` counts when a `/Type /Pages` stands in the
 * same run of bytes without `>` (the same dictionary, either order). Every byte is looked at a bounded number of
 * times, so hostile input (e.g. `/Type /Pages ` repeated without end) costs linear time.
 * @example scanPdfPageCount(bytes).pages // 12
 */
export function scanPdfPageCount(bytes: Uint8Array): PageCountScan {
  const n = bytes.length;
  let steps = 0;
  let pages = 0;
  let hasPagesType = false;
  let maxCount = -1;
  /** True when `lit` stands at `at`; looks at no more than `lit.length` bytes. */
  const matches = (at: number, lit: readonly number[]) => {
    if (at + lit.length > n) return false;
    for (let k = 0; k < lit.length; k++) {
      steps++;
      if (bytes[at + k] !== lit[k]) return false;
    }
    return true;
  };
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    steps++;
    if (b === GT) {
      if (hasPagesType && maxCount > pages) pages = maxCount;
      hasPagesType = false;
      maxCount = -1;
      i++;
      continue;
    }
    if (b !== SLASH) {
      i++;
      continue;
    }
    // The scan only moves forward: a failed keyword leaves `i` on bytes that cannot start one (`/` or `>`).
    i++;
    if (matches(i, TYPE)) {
      i += TYPE.length;
      while (i < n && isSpace(bytes[i]!)) {
        steps++;
        i++;
      }
      if (matches(i, PAGES) && !(i + PAGES.length < n && isWord(bytes[i + PAGES.length]!))) {
        hasPagesType = true;
        i += PAGES.length;
      }
    } else if (matches(i, COUNT)) {
      i += COUNT.length;
      const spaceFrom = i;
      while (i < n && isSpace(bytes[i]!)) {
        steps++;
        i++;
      }
      if (i === spaceFrom) continue;
      let value = 0;
      let digits = 0;
      while (i < n && isDigit(bytes[i]!)) {
        steps++;
        if (digits < MAX_DIGITS) value = value * 10 + (bytes[i]! - 0x30);
        digits++;
        i++;
      }
      if (digits > 0 && value > maxCount) maxCount = value;
    }
  }
  // The original check also matched a dictionary cut off at the end of the file.
  if (hasPagesType && maxCount > pages) pages = maxCount;
  return { pages, steps };
}

/** Throws when the PDF has no end marker (a truncated or endless file); looks at the last 2 KiB only. */
export function guardPdfEnd(bytes: Uint8Array, filename: string): void {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  if (!tail.includes('%%EOF')) {
    throw new AppError(
      'unreadable_file',
      `PDF 文件 ${filename} 不完整（没有结尾标记 %%EOF），可能上传中断或文件已损坏`,
    );
  }
}

/**
 * Throws when the PDF has no end marker or declares too many pages. The page count reads the whole file (linear),
 * so the server runs it in the extraction worker and only `guardPdfEnd` on its main thread.
 */
export function guardPdf(bytes: Uint8Array, filename: string, maxPages: number): void {
  guardPdfEnd(bytes, filename);
  const { pages } = scanPdfPageCount(bytes);
  if (pages > maxPages) {
    throw new AppError('file_too_large', `PDF 文件 ${filename} 共 ${pages} 页，超过上限 ${maxPages} 页`);
  }
}
