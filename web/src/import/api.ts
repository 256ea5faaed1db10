/**
 * The routes that make an evaluation from something other than a blank page: a file read (`POST /api/import`, as a
 * stream of progress lines), a file saved into place, 从上年复制.
 */
import type { z } from 'zod';
import type * as Api from '../../../src/api';
import { ApiError, csrfToken, FALLBACK, request } from '../api/client';
import type { ImportResult } from '../api/types';

export type ImportSource = z.infer<typeof Api.ImportSource>;
export type SourcePiece = z.infer<typeof Api.SourcePiece>;
export type ImportMismatch = z.infer<typeof Api.ImportMismatch>;
export type ImportSaveBody = z.input<typeof Api.ImportSaveBody>;
export type ImportSaveResponse = z.infer<typeof Api.ImportSaveResponse>;
type EvaluationResponse = z.infer<typeof Api.EvaluationResponse>;
type StreamLine = z.infer<typeof Api.ImportStreamLine>;

/** `Api.IMPORT_STREAM_TYPE` (a value import would bring zod's schemas of the contract into the bundle). */
const STREAM_TYPE = 'application/x-ndjson';

export const importApi = {
  /** Save into a department: 403 / 409 `import_mismatch` for a file of elsewhere, 409 `evaluation_exists` to merge. */
  save: (body: ImportSaveBody) => request<ImportSaveResponse>('POST', '/api/import/save', body),
  /** 从上年复制: the next year's draft from this evaluation. */
  copyNextYear: (id: number) => request<EvaluationResponse>('POST', `/api/evaluations/${id}/next-year`, {}),
};

/** What a reading reports while it runs. */
export interface ReadEvents {
  /** Share of the file sent, 0 to 1. */
  onUpload?: (ratio: number) => void;
  /** A worker on the server has taken the file. */
  onStarted?: () => void;
  /** Pages read so far of a long reading (OCR of a scan). */
  onPages?: (done: number, total: number) => void;
}

/** Splits a growing text into complete lines; the unfinished tail waits for the next call. */
export class LineReader {
  private offset = 0;

  /** The complete lines in `text` after those already returned (`text` is all that has arrived so far). */
  next(text: string, final = false): string[] {
    const end = final ? text.length : text.lastIndexOf('\n') + 1;
    if (end <= this.offset) return [];
    const chunk = text.slice(this.offset, end);
    this.offset = end;
    return chunk.split('\n').filter((l) => l.trim() !== '');
  }
}

/** The error of a plain (not streamed) answer: the server's Chinese message, its code and the rest of its body. */
function plainError(xhr: XMLHttpRequest): ApiError {
  let e: Record<string, unknown> = {};
  try {
    e = ((JSON.parse(xhr.responseText) as { error?: Record<string, unknown> }).error ?? {}) as typeof e;
  } catch {
    // Not JSON (a proxy's page): the generic message below.
  }
  const retry = Number(xhr.getResponseHeader('retry-after'));
  if (e.retryAfter === undefined && Number.isFinite(retry) && retry > 0) e.retryAfter = retry;
  const message =
    typeof e.message === 'string' ? e.message : (FALLBACK[xhr.status] ?? `上传失败（${xhr.status}）`);
  return new ApiError(xhr.status, typeof e.code === 'string' ? e.code : `http_${xhr.status}`, message, e);
}

/**
 * Upload a file to be read, following the reading as it goes: the answer streams `started`, `progress` and last
 * `result` or `error` lines (`Api.ImportStreamLine`). A refusal before the reading (503 `server_busy` with its
 * `retryAfter`, a file of the wrong type) comes as an ordinary error; both reject with an `ApiError`.
 */
export function readImportFile(file: File, events: ReadEvents = {}): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const lines = new LineReader();
    let last: StreamLine | undefined;
    const take = (final: boolean) => {
      if (xhr.status !== 200 || !xhr.getResponseHeader('content-type')?.includes(STREAM_TYPE)) return;
      for (const l of lines.next(xhr.responseText, final)) {
        let m: StreamLine;
        try {
          m = JSON.parse(l) as StreamLine;
        } catch {
          continue; // a line cut by a dropped connection: the end below says what happened
        }
        if (m.type === 'started') events.onStarted?.();
        else if (m.type === 'progress') events.onPages?.(m.done, m.total);
        else last = m;
      }
    };
    xhr.open('POST', '/api/import');
    xhr.withCredentials = true;
    xhr.setRequestHeader('x-csrf-token', csrfToken());
    xhr.setRequestHeader('accept', `${STREAM_TYPE}, application/json`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) events.onUpload?.(e.loaded / e.total);
    };
    xhr.onprogress = () => take(false);
    xhr.onerror = () => reject(new ApiError(0, 'network', '上传失败：无法连接服务器'));
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(plainError(xhr));
      if (!xhr.getResponseHeader('content-type')?.includes(STREAM_TYPE)) {
        try {
          return resolve(JSON.parse(xhr.responseText) as ImportResult);
        } catch {
          return reject(new ApiError(xhr.status, 'invalid_response', '服务器的回答无法识别'));
        }
      }
      take(true);
      if (last?.type === 'result') return resolve(last.body as ImportResult);
      if (last?.type === 'error') {
        const { code, message } = last.error;
        return reject(new ApiError(last.status, code, message, last.error));
      }
      reject(new ApiError(0, 'network', '读取中断：与服务器的连接已断开，请重试'));
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
