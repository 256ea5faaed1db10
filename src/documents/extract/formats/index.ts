/**
 * Formats: bytes of one kind of file → the layout model (lines, paragraphs and tables in reading order, each with
 * where it came from). A new file format is a new reader here; nothing after the layout changes.
 */
import { ExtractError } from '../_errors';
import type { LayoutDoc } from '../layout/_model';
import { readDocx } from './_docx';
import { readScannedPdf } from './_ocr';
import type { PdfOptions } from './_pdf';
import { sniff } from './_sniff';
import { readText } from './_text';
import { isWorkbook, readXlsx } from './_xlsx';

export { readDocx } from './_docx';
export type { PdfOptions } from './_pdf';
export { type Sniffed, sniff } from './_sniff';
export { readText } from './_text';

/** Pages read so far of a long reading (OCR of a scan), for progress bars; `total` is the page count. */
export type ReadProgress = (done: number, total: number) => void;

export interface ReadOptions extends PdfOptions {
  onProgress?: ReadProgress;
}

/**
 * The PDF reader, loaded on first use (pdf.js is large and most requests never read a PDF).
 * @example const doc = await readPdf(bytes, 'report.pdf', { maxPages: 300 });
 */
export async function readPdf(
  bytes: Uint8Array,
  filename?: string,
  options: PdfOptions = {},
): Promise<LayoutDoc> {
  const { readPdf: read } = await import('./_pdf');
  return read(bytes, filename, options);
}

/**
 * Any supported file to its layout, told apart by content, not by name: text, .docx, .xlsx, PDF with a text layer,
 * and a scanned PDF (read by OCR where Tesseract is installed). The text of a text file is returned with it (the
 * review shows that file line by line).
 */
export async function readLayout(
  bytes: Uint8Array,
  filename: string | undefined,
  options: ReadOptions = {},
): Promise<{ doc: LayoutDoc; text?: string }> {
  const kind = sniff(bytes, filename);
  if (kind.kind === 'text') return { doc: readText(kind.text), text: kind.text };
  if (kind.kind === 'zip') {
    return {
      doc: (await isWorkbook(bytes)) ? await readXlsx(bytes, filename) : await readDocx(bytes, filename),
    };
  }
  try {
    return { doc: await readPdf(bytes, filename, options) };
  } catch (e) {
    if (e instanceof ExtractError && e.code === 'pdf_no_text')
      return { doc: await readScannedPdf(bytes, filename, options) };
    throw e;
  }
}
