/**
 * POST /api/import: an uploaded file becomes a preview document (with its source text and where each field was
 * found); nothing is stored until the client saves it (`save.ts`). 从上年复制 is here too (`next-year.ts`): both
 * make an evaluation from something other than a blank page. With `Accept: application/x-ndjson` the answer is a
 * stream: progress lines, then the result (`_stream.ts`).
 */
import type { FastifyRequest } from 'fastify';
import { IMPORT_STREAM_TYPE } from '../../../api';
import { currentUser } from '../../auth';
import { AppError, authorize } from '../../errors';
import { canImport } from '../../policies';
import { ExtractPool, guardPdfEnd, guardZip, sniffUpload } from '../../uploads';
import { type RouteRegistrar, typed } from '../_shared';
import { streamExtract } from './_stream';
import { registerNextYearRoute } from './next-year';
import { registerImportSaveRoute } from './save';

/** The uploaded file; `admit` runs once its name is known, before its bytes are read into memory. */
async function readUpload(
  req: FastifyRequest,
  admit: (filename: string) => void,
): Promise<{ bytes: Buffer; filename: string }> {
  if (!req.isMultipart()) throw new AppError('invalid_request', '请以表单选择一个文件上传');
  const file = await req.file();
  if (file?.fieldname !== 'file')
    throw new AppError('invalid_request', '上传内容中没有文件，请选择一个文件上传');
  try {
    admit(file.filename);
  } catch (e) {
    file.file.resume(); // drain the rest of the body so the 503 reaches the client
    throw e;
  }
  const bytes = await file.toBuffer().catch((e: { statusCode?: number }) => {
    if (e.statusCode === 413) throw new AppError('file_too_large', `文件 ${file.filename} 超过大小限制`);
    throw e;
  });
  return { bytes, filename: file.filename || 'upload' };
}

export const registerImportRoutes: RouteRegistrar = (app, ctx) => {
  const limits = ctx.config.upload;
  // Every reader of an upload goes through this pool: a fixed number of workers, a bounded queue, then 503.
  const pool = new ExtractPool({ workers: limits.workers, queue: limits.queue, maxWaitMs: limits.timeoutMs });
  app.addHook('onClose', async () => pool.close());
  typed(app).post(
    '/api/import',
    {
      schema: {
        tags: ['import'],
        summary: '上传文件，读取为预览（不保存）',
        consumes: ['multipart/form-data'],
      },
    },
    async (req, reply) => {
      authorize(canImport(currentUser(req)), '只有部门填报负责人和管理员可以导入');
      const { bytes, filename } = await readUpload(req, () => pool.assertRoom());
      // Only what is cheap here; every check that reads the whole file runs in the worker, off the request thread.
      const kind = sniffUpload(bytes, filename, { decode: false });
      if (kind === 'docx')
        guardZip(bytes, filename, 'word/document.xml', { maxUnzippedBytes: limits.maxUnzippedBytes });
      if (kind === 'xlsx')
        guardZip(bytes, filename, 'xl/workbook.xml', { maxUnzippedBytes: limits.maxUnzippedBytes });
      if (kind === 'pdf') guardPdfEnd(bytes, filename);
      const job = { kind, bytes: new Uint8Array(bytes), filename, maxPdfPages: limits.maxPdfPages };
      // A client that goes away before its answer frees the worker (or its place in the queue) for the next one.
      const gone = new AbortController();
      reply.raw.once('close', () => {
        if (!reply.raw.writableFinished) gone.abort();
      });
      const time = { timeoutMs: limits.timeoutMs, perPageMs: limits.perPageMs, signal: gone.signal };
      // Asked for: the pages read as they come, then the result, in one streamed answer (`_stream.ts`).
      if (req.headers.accept?.includes(IMPORT_STREAM_TYPE)) return streamExtract(reply, pool, job, time);
      // The worker answers with the body as JSON text: a large document is not cloned or serialised here.
      const body = await pool.extract(job, time);
      return reply.type('application/json; charset=utf-8').send(body);
    },
  );
  registerImportSaveRoute(app, ctx);
  registerNextYearRoute(app, ctx);
};
