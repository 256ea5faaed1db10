/** The one error handler: AppError, validation, body-size and rate-limit errors become `{error: {code, message}}`. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './errors';
import { describeRequestPath, locateMessage } from './input-guard';

interface Issue {
  instancePath?: string;
  message?: string;
}

/** `年度：应为整数` for each issue, the field named in Chinese, at most five. */
function describeIssues(issues: readonly Issue[], where: string): string {
  const lines = issues.slice(0, 5).map((i) => {
    const path = (i.instancePath ?? '').split('/').filter(Boolean);
    return locateMessage(describeRequestPath(where, path), i.message ?? '格式不正确');
  });
  return lines.join('；') + (issues.length > 5 ? `；另有 ${issues.length - 5} 处` : '');
}

/** Fastify's and @fastify/multipart's own errors, by code: the status and the Chinese message. */
const FRAMEWORK_ERRORS: Readonly<Record<string, [number, string]>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, '请求内容不是有效的 JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, '请求内容为空，应为 JSON'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, '不支持该请求内容类型，请以 JSON 或文件上传提交'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, '请求声明的长度与实际内容不符'],
  FST_ERR_CTP_EMPTY_TYPE: [400, '请求缺少内容类型'],
  FST_ERR_CTP_INVALID_TYPE: [400, '请求内容类型不正确'],
  FST_ERR_BAD_URL: [400, '网址格式不正确'],
  FST_PARTS_LIMIT: [413, '上传的表单项过多'],
  FST_FILES_LIMIT: [413, '一次只能上传一个文件'],
  FST_FIELDS_LIMIT: [413, '上传的表单字段过多'],
  FST_PROTO_VIOLATION: [400, '上传的表单字段名不允许'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, '请以文件上传的表单提交'],
  FST_NO_FORM_DATA: [400, '上传内容中没有文件'],
  FST_INVALID_JSON_FIELD_ERROR: [400, '上传表单中的 JSON 字段无效'],
  FST_FILE_BUFFER_NOT_FOUND: [400, '上传内容中没有文件'],
};

/** Chinese for a 4xx no code above names, by status. */
const STATUS_MESSAGES: Readonly<Record<number, string>> = {
  400: '请求格式不正确',
  404: '请求的地址不存在',
  405: '不支持该请求方法',
  406: '无法提供所要求的内容格式',
  408: '请求超时，请重试',
  411: '请求缺少长度',
  413: '上传内容超过大小限制',
  414: '网址过长',
  415: '不支持该请求内容类型',
  431: '请求头过大',
};

/** A broken multipart body, as the parser (busboy) words it: its errors carry no code. */
const MALFORMED_MULTIPART =
  /^(Multipart: |Malformed part header|Unexpected end of (form|file|multipart data)|Part terminated early)/;

/** Errors Fastify answers before routing (a URL that is not valid UTF-8 …), given as its `frameworkErrors`. */
export function answerFrameworkError(err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  const message = err.code === 'FST_ERR_BAD_URL' ? '网址格式不正确' : '请求格式不正确';
  reply.code(400).send({ error: { code: 'invalid_request', message } });
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    if (err instanceof AppError) {
      if (typeof err.extra.retryAfter === 'number') reply.header('retry-after', String(err.extra.retryAfter));
      return reply.code(err.status).send({ error: { code: err.code, message: err.message, ...err.extra } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = String((err as FastifyError).validationContext);
      return reply.code(400).send({
        error: { code: 'invalid_request', message: describeIssues(err.validation, where) },
      });
    }
    const fe = err as FastifyError;
    if (fe.statusCode === 429) {
      return reply.code(429).send({ error: { code: 'rate_limited', message: '尝试次数过多，请稍后再试' } });
    }
    if (
      fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
      fe.code === 'FST_REQ_FILE_TOO_LARGE' ||
      fe.statusCode === 413
    ) {
      return reply.code(413).send({ error: { code: 'file_too_large', message: '上传内容超过大小限制' } });
    }
    const known = fe.code ? FRAMEWORK_ERRORS[fe.code] : undefined;
    if (known) {
      const [status, message] = known;
      return reply
        .code(status)
        .send({ error: { code: status === 413 ? 'file_too_large' : 'invalid_request', message } });
    }
    if (MALFORMED_MULTIPART.test(err.message)) {
      return reply
        .code(400)
        .send({ error: { code: 'invalid_request', message: '上传内容格式已损坏，请重新选择文件上传' } });
    }
    // Deeply nested input (thousands of nested arrays) exhausts a recursive walk somewhere: the request's fault.
    if (err instanceof RangeError && /call stack/i.test(err.message)) {
      return reply.code(400).send({ error: { code: 'invalid_request', message: '请求内容嵌套层数过多' } });
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      req.log.info({ err }, 'client error');
      const message = STATUS_MESSAGES[fe.statusCode] ?? '请求无效';
      return reply.code(fe.statusCode).send({ error: { code: 'invalid_request', message } });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ error: { code: 'internal_error', message: '服务器内部错误' } });
  });
}
