/**
 * The contract of the routes that read a document without storing it (score, audit, import preview), and of the
 * two that store one made elsewhere: an import saved into its place, and 从上年复制.
 */
import { z } from 'zod';
import { SEVERITIES } from '../core/labels';
import { Evaluation, isProjectEvaluation } from '../core/model';
import type { ScoreResult } from '../core/rubric';
import { safeText } from '../core/safe-text';
import { parseProjectDraft } from './_project-draft';
import { CreateEvaluationBody, EvaluationRecord } from './evaluations';

/**
 * `POST /api/score` and `POST /api/audit`: a document not yet saved: a department's (complete), or a project
 * self-evaluation (`jixiao/project-evaluation@1`, as far as it is filled in).
 */
export const DocumentBody = z.object({
  data: z.unknown().transform((value, ctx) => {
    if (isProjectEvaluation(value))
      return (parseProjectDraft(value, ctx.issues) ?? z.NEVER) as unknown as Evaluation;
    const parsed = Evaluation.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.issues.push(issue as (typeof ctx.issues)[number]);
    return z.NEVER;
  }),
});

/** `GET /api/evaluations/:id/score`, `POST /api/score`: the score tree (a core type) and its trace in Chinese. */
export const ScoreResponse = z.object({
  score: z.custom<ScoreResult>((v) => typeof v === 'object' && v !== null && 'trace' in v),
  messages: z.array(z.string()),
});

const Figure = z.union([z.string(), z.number()]).nullable();

/** An audit finding record as sent, with its Chinese sentence. */
export const AuditFinding = z.object({
  code: z.string(),
  severity: z.enum(SEVERITIES),
  section: z.string(),
  path: z.string(),
  expected: Figure,
  found: Figure,
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  message: z.string(),
});

/** `GET /api/evaluations/:id/audit`, `POST /api/audit`. */
export const AuditResponse = z.object({ findings: z.array(AuditFinding) });

/** Something the reader could not take in, and where: a line or page of the source, a sheet, a document path. */
export const ImportWarning = z.object({
  code: z.string(),
  message: z.string(),
  line: z.number().int().nullish(),
  page: z.number().int().nullish(),
  sheet: z.string().nullish(),
  path: z.string().nullish(),
});

/** One line (a text file), paragraph or table row (Word, PDF) of the uploaded file, and where it is. */
export const SourcePiece = z.object({
  text: z.string(),
  line: z.number().int().optional(),
  page: z.number().int().optional(),
  para: z.number().int().optional(),
  /** A table row: the table's number in reading order and the row's, from 1. */
  table: z.number().int().optional(),
  row: z.number().int().optional(),
});

/** The uploaded file's text as the review shows it beside the extracted fields. */
export const ImportSource = z.object({
  format: z.enum(['text', 'docx', 'pdf']),
  pieces: z.array(SourcePiece),
});

/**
 * `POST /api/import`: the document read from the upload, stored nowhere. A document that fails the schema is still
 * sent, with one `schema_issue` warning per problem. `source` is the file's text (none for .xlsx and .json),
 * `places` where each extracted field was found in it (document path → index into `source.pieces`).
 */
export const ImportResponse = z.object({
  preview: Evaluation,
  warnings: z.array(ImportWarning),
  source: ImportSource.nullish(),
  places: z.record(z.string(), z.number().int()).nullish(),
  /** Each of `preview.reported.statements` → index into `source.pieces`, -1 where the source does not show it. */
  statementPlaces: z.array(z.number().int()).nullish(),
});

/** The media type a client names in `Accept` to have `POST /api/import` answer as a stream of lines. */
export const IMPORT_STREAM_TYPE = 'application/x-ndjson';

/**
 * `POST /api/import` with `Accept: application/x-ndjson`: one JSON object per line. Refusals before the reading
 * starts (a full queue: 503 with `Retry-After`, a file of the wrong type, too large) are ordinary error responses;
 * once a worker takes the file the status is 200 and the lines are `started`, then `progress` (pages of a long
 * reading, OCR of a scan), then one `result` (the `ImportResponse`) or one `error` (the status and error body the
 * plain request would have had). No state is kept on the server between requests.
 */
export const ImportStreamLine = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started') }),
  z.object({ type: z.literal('progress'), done: z.number().int(), total: z.number().int() }),
  z.object({ type: z.literal('result'), body: ImportResponse }),
  z.object({
    type: z.literal('error'),
    status: z.number().int(),
    error: z.looseObject({ code: z.string(), message: z.string(), retryAfter: z.number().optional() }),
  }),
]);

/** What the file itself says it is: its department and year, as the preview first read them. */
export const ImportRead = z.object({
  department: safeText('文件所属部门').max(200),
  year: z.number().int(),
});

/**
 * `POST /api/import/save`: an imported document saved into a department. A file of another department or year is
 * refused for an editor (403) and needs `confirmMismatch` from an administrator (409 `import_mismatch` until then);
 * an evaluation of that department and year already stored answers 409 `evaluation_exists` with it as `current`,
 * and the client merges field by field and sends the result again with `onto` (the version merged against).
 */
export const ImportSaveBody = z.object({
  departmentId: z.number().int().positive(),
  data: CreateEvaluationBody.shape.data,
  read: ImportRead.optional(),
  confirmMismatch: z.boolean().optional(),
  onto: z.object({ id: z.number().int().positive(), version: z.number().int().positive() }).optional(),
});

/** Where the file and its destination differ, carried by a refused save as `mismatch`. */
export const ImportMismatch = z.object({
  fileDepartment: z.string(),
  department: z.string(),
  departmentMatches: z.boolean(),
  fileYear: z.number().int(),
  year: z.number().int(),
  yearMatches: z.boolean(),
});

/** `POST /api/import/save`: the evaluation as stored; `merged` when it updated an existing one. */
export const ImportSaveResponse = z.object({ evaluation: EvaluationRecord, merged: z.boolean() });
