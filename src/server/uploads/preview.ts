/** The answer to an upload, built in the extraction worker: the reader's result checked against the schema. */
import { Evaluation } from '../../core/model';
import { describePath } from '../../core/paths';
import { decodeText } from '../../documents/text-encoding';
import { AppError } from '../errors';
import { locateMessage } from '../input-guard';
import type { ExtractOutcome } from './run-extract';

export interface PreviewWarning {
  code: string;
  message: string;
  line?: number;
  page?: number;
  /** The field of the document the warning is about. */
  path?: string;
}

function issuesOf(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((i) =>
    locateMessage(i.path.length ? describePath(i.path.map(String).join('.')) : '文档', i.message),
  );
}

/**
 * The reader's result as `{preview, warnings, source, places, statementPlaces}`; the document is checked against the schema and
 * problems listed.
 */
export function presentPreview(result: ExtractOutcome) {
  const warnings: PreviewWarning[] = [...(result.warnings ?? [])];
  const rest = {
    source: result.source ?? null,
    places: result.places ?? null,
    statementPlaces: result.statementPlaces ?? null,
  };
  const parsed = Evaluation.safeParse(result.evaluation);
  if (parsed.success) return { preview: parsed.data, warnings, ...rest };
  for (const m of issuesOf(parsed.error)) warnings.push({ code: 'schema_issue', message: m });
  return { preview: result.evaluation, warnings, ...rest };
}

/** An uploaded JSON document as `{preview, warnings}`; throws `invalid_document` naming the fields that are wrong. */
export function presentJsonUpload(bytes: Uint8Array, filename: string) {
  let json: unknown;
  try {
    json = JSON.parse(decodeText(bytes)?.text ?? '');
  } catch {
    throw new AppError('invalid_document', `文件 ${filename} 不是有效的 JSON，无法读取`);
  }
  const parsed = Evaluation.safeParse(json);
  if (!parsed.success) {
    throw new AppError(
      'invalid_document',
      `文件 ${filename} 不是有效的自评文档：${issuesOf(parsed.error).slice(0, 5).join('；')}`,
    );
  }
  return { preview: parsed.data, warnings: [] as PreviewWarning[] };
}
