/** The HTTP client: JSON in and out, the CSRF header on writes, errors as `ApiError`. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The whole error object the server sent (a conflict carries `current`). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The readable CSRF cookie set at login and by `GET /api/me`. */
export function csrfToken(): string {
  const m = /(?:^|;\s*)jixiao_csrf=([^;]*)/.exec(document.cookie);
  return m ? decodeURIComponent(m[1]!) : '';
}

/** What to say for a status whose answer carries no Chinese message. */
export const FALLBACK: Record<number, string> = {
  400: '请求有误',
  401: '请先登录',
  403: '没有权限',
  404: '未找到',
  409: '数据已被他人修改',
  413: '文件太大',
  429: '请求过于频繁，请稍后再试',
  503: '服务器正忙，请稍后重试',
};

/** Turn a failed response into an `ApiError` with the server's Chinese message when it sent one. */
export async function toApiError(res: Response): Promise<ApiError> {
  let body: { error?: Record<string, unknown> } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // Not JSON (a proxy error page): fall back to a generic message.
  }
  const e = body.error ?? {};
  const message =
    typeof e.message === 'string' ? e.message : (FALLBACK[res.status] ?? `服务器错误（${res.status}）`);
  return new ApiError(res.status, typeof e.code === 'string' ? e.code : `http_${res.status}`, message, e);
}

export function writeHeaders(json: boolean): Record<string, string> {
  const h: Record<string, string> = { 'x-csrf-token': csrfToken() };
  if (json) h['content-type'] = 'application/json';
  return h;
}

/** One JSON request; throws `ApiError` on any non-2xx answer and on a network failure. */
export async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  const write = method !== 'GET' && method !== 'HEAD';
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: write ? writeHeaders(body !== undefined) : {},
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络');
  }
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** A multipart upload (a file and its fields); throws `ApiError` like `request`. */
export async function postForm<T>(url: string, form: FormData): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: writeHeaders(false),
      body: form,
    });
  } catch {
    throw new ApiError(0, 'network', '上传失败：无法连接服务器');
  }
  if (!res.ok) throw await toApiError(res);
  return (await res.json()) as T;
}

/** A GET whose progress (bytes received, and the total when known) is reported while the body streams in. */
export async function getWithProgress<T>(
  url: string,
  onProgress: (loaded: number, total: number | null) => void,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络');
  }
  if (!res.ok) throw await toApiError(res);
  const total = Number(res.headers.get('content-length')) || null;
  if (!res.body) return (await res.json()) as T;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress(loaded, total);
  }
  const text = new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
  return JSON.parse(text) as T;
}
