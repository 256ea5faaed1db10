/** Read existing reports (.txt, .docx, .pdf) back into evaluation data: `extractDocument`, `extractText`. */
import { assembleEvaluation, type ExtractResult } from './_assemble';
import { readDocx } from './_docx';
import { ExtractError } from './_errors';
import { sniff } from './_sniff';
import { readText } from './_text';

export type { ExtractResult } from './_assemble';
export { ExtractError, type ExtractErrorCode } from './_errors';
export type { ExtractWarning } from './_model';

import type { LayoutDoc } from './_model';

/**
 * Read a report written as plain text.
 * @example extractText(readFileSync('report.txt', 'utf8'), 'report.txt').evaluation.year // 2023
 */
export function extractText(text: string, filename?: string): ExtractResult {
  return assembleEvaluation(readText(text), filename);
}

/**
 * Read a report file (.txt, .docx or .pdf, told apart by content, not name) into an evaluation.
 * Throws ExtractError (stable `code`, Chinese message) when the file is not a readable report.
 * @example const { evaluation, warnings } = await extractDocument({ bytes, filename: '2023年自评报告.docx' });
 */
export async function extractDocument(input: {
  bytes: Uint8Array;
  filename: string;
}): Promise<ExtractResult> {
  const { bytes, filename } = input;
  const kind = sniff(bytes, filename);
  let doc: LayoutDoc;
  if (kind.kind === 'text') doc = readText(kind.text);
  else if (kind.kind === 'zip') doc = await readDocx(bytes, filename);
  else {
    const { readPdf } = await import('./_pdf');
    doc = await readPdf(bytes, filename);
  }
  try {
    return assembleEvaluation(doc, filename);
  } catch (e) {
    if (e instanceof ExtractError && !e.file) throw new ExtractError(e.code, filename, e.detail);
    throw e;
  }
}
