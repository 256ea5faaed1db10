/** The one error handler: AppError, validation, body-size and rate-limit errors become `{error: {code, message}}`. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './errors';

interface Issue {
  instancePath?: string;
  message?: string;
}

/** `body.data.year: 年度应为整数` for each issue, at most five. */
function describeIssues(issues: readonly Issue[], where: string): string {
  const lines = issues.slice(0, 5).map((i) => {
    const path = (i.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    return `${where}${path ? `.${path}` : ''}：${i.message ?? '格式不正确'}`;
  });
  return lines.join('；') + (issues.length > 5 ? `；另有 ${issues.length - 5} 处` : '');
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    if (err instanceof AppError) {
      return reply.code(err.status).send({ error: { code: err.code, message: err.message, ...err.extra } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = { body: '请求内容', querystring: '查询参数', params: '路径参数', headers: '请求头' }[
        String((err as FastifyError).validationContext)
      ];
      return reply.code(400).send({
        error: { code: 'invalid_request', message: describeIssues(err.validation, where ?? '请求') },
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
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply
        .code(fe.statusCode)
        .send({ error: { code: 'invalid_request', message: `请求无效：${fe.message}` } });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({ error: { code: 'internal_error', message: '服务器内部错误' } });
  });
}
