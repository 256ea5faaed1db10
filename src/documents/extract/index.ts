/** Read existing reports (.txt, .docx, .pdf) back into evaluation data: `extractDocument`, `extractText`. */
import { assembleEvaluation, type ExtractResult } from './_assemble';
import { ExtractError } from './_errors';
import {
  anchorStatements,
  type ExtractSource,
  locateFields,
  locateStatements,
  sourceOfLayout,
  sourceOfText,
} from './_source';
import { assembleSelfTable } from './fields/_self-table';
import { type ReadProgress, readLayout, readText } from './formats';

export type { ExtractResult } from './_assemble';
export { ExtractError, type ExtractErrorCode, type ExtractErrorParams } from './_errors';
export type { ExtractSource, SourcePiece } from './_source';
export type { ReadProgress } from './formats';
export { type ToolWatcher, watchTools } from './formats/_ocr-tools';
export type { ExtractWarning } from './layout/_model';

import type { LayoutDoc } from './layout/_model';

/** A 自评表 (one table of labels and values) is read as such; every other document as a report. */
function readAs(doc: LayoutDoc, filename?: string): ExtractResult {
  return assembleSelfTable(doc, filename) ?? assembleEvaluation(doc, filename);
}

/**
 * Read a report written as plain text.
 * @example extractText(readFileSync('report.txt', 'utf8'), 'report.txt').evaluation.year // 2023
 */
export function extractText(text: string, filename?: string): ExtractResult {
  const doc = readText(text);
  const result = readAs(doc, filename);
  anchorStatements(result.evaluation.reported.statements, sourceOfText(text).pieces);
  return result;
}

export interface ExtractInput {
  bytes: Uint8Array;
  filename: string;
  /** A PDF of more pages is refused (`pdf_too_many_pages`) before its pages are read; no limit when absent. */
  maxPages?: number;
  /** Called as pages of a long reading (OCR of a scan) are done. */
  onProgress?: ReadProgress;
}

/** The evaluation read from a file, with the file's text as the review shows it and where each field was found. */
export interface ExtractedDocument extends ExtractResult {
  source: ExtractSource;
  /** Document path → index into `source.pieces`: the first place a field was found. */
  places: Record<string, number>;
  /**
   * Every place of every stated figure: `evaluation.reported.statements[i]` → index into `source.pieces` (-1 when
   * not found), so a field stated at several places links to each of them.
   */
  statementPlaces: number[];
}

/**
 * Read a report file (.txt, .docx or .pdf, told apart by content, not name) into an evaluation.
 * Throws ExtractError (stable `code`, Chinese message) when the file is not a readable report.
 * @example const { evaluation, warnings, source } = await extractDocument({ bytes, filename: '2023年自评报告.docx', maxPages: 300 });
 */
export async function extractDocument(input: ExtractInput): Promise<ExtractedDocument> {
  const { bytes, filename, maxPages, onProgress } = input;
  const { doc, text } = await readLayout(bytes, filename, { maxPages, onProgress });
  try {
    const result = readAs(doc, filename);
    const source = text != null ? sourceOfText(text) : sourceOfLayout(doc);
    const statements = result.evaluation.reported.statements;
    anchorStatements(statements, source.pieces);
    return {
      ...result,
      source,
      places: locateFields(result.evaluation, source.pieces),
      statementPlaces: locateStatements(statements, source.pieces),
    };
  } catch (e) {
    if (e instanceof ExtractError && !e.file) throw new ExtractError(e.code, filename, e.detail, e.params);
    throw e;
  }
}
