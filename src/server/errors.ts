/** The one error type of the HTTP boundary: a stable snake_case code, a status and a Chinese message. */

export const ERROR_CODES = {
  invalid_request: 400,
  invalid_document: 400,
  comment_required: 400,
  unsupported_file: 400,
  unreadable_file: 400,
  weak_password: 400,
  wrong_password: 400,
  invalid_credentials: 401,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  password_change_required: 403,
  not_found: 404,
  version_conflict: 409,
  invalid_transition: 409,
  evaluation_locked: 409,
  evaluation_exists: 409,
  import_mismatch: 409,
  username_taken: 409,
  department_exists: 409,
  department_inactive: 409,
  file_too_large: 413,
  submission_blocked: 422,
  rate_limited: 429,
  server_busy: 503,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** A failure to report to the client; `extra` fields go into the error body (e.g. `current` on a conflict). */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_CODES[code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what}不存在`);
export const forbidden = (why = '没有权限执行此操作') => new AppError('forbidden', why);

/** Throw 403 unless the policy allows. */
export function authorize(allowed: boolean, why?: string): asserts allowed {
  if (!allowed) throw forbidden(why);
}
