/** POST /api/import: an uploaded file becomes a preview document; nothing is stored until the client confirms. */
import type { FastifyRequest } from 'fastify';
import { Evaluation } from '../../../core/model';
import { currentUser } from '../../auth';
import { AppError, authorize } from '../../errors';
import { canImport } from '../../policies';
import { decodeText, extractInWorker, guardPdf, guardZip, sniffUpload } from '../../uploads';
import { type RouteRegistrar, typed } from '../_shared';

interface Warning {
  code: string;
  message: string;
  [key: string]: unknown;
}

async function readUpload(req: FastifyRequest): Promise<{ bytes: Buffer; filename: string }> {
  if (!req.isMultipart())
    throw new AppError('invalid_request', '请以 multipart/form-data 上传文件（字段名 file）');
  const file = await req.file();
  if (file?.fieldname !== 'file') throw new AppError('invalid_request', '请在字段 file 中上传一个文件');
  const bytes = await file.toBuffer().catch((e: { statusCode?: number }) => {
    if (e.statusCode === 413) throw new AppError('file_too_large', `文件 ${file.filename} 超过大小限制`);
    throw e;
  });
  return { bytes, filename: file.filename || 'upload' };
}

function issuesOf(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '文档'}：${i.message}`);
}

/** The reader's result as `{preview, warnings}`; the document is checked against the schema and problems listed. */
function toPreview(result: unknown): { preview: unknown; warnings: Warning[] } {
  const r = (result ?? {}) as Record<string, unknown>;
  const doc = (r.evaluation ?? r.data ?? r.preview ?? r) as Record<string, unknown>;
  const ext = doc.extraction as { warnings?: Warning[] } | undefined;
  const warnings = [...((r.warnings as Warning[] | undefined) ?? ext?.warnings ?? [])];
  const parsed = Evaluation.safeParse(doc);
  if (parsed.success) return { preview: parsed.data, warnings };
  for (const m of issuesOf(parsed.error)) warnings.push({ code: 'schema_issue', message: m });
  return { preview: doc, warnings };
}

export const registerImportRoutes: RouteRegistrar = (app, ctx) => {
  typed(app).post(
    '/api/import',
    {
      schema: {
        tags: ['import'],
        summary: '上传文件，读取为预览（不保存）',
        consumes: ['multipart/form-data'],
      },
    },
    async (req) => {
      authorize(canImport(currentUser(req)), '只有部门填报负责人和管理员可以导入');
      const { bytes, filename } = await readUpload(req);
      const kind = sniffUpload(bytes, filename);
      const limits = ctx.config.upload;
      if (kind === 'json') {
        let json: unknown;
        try {
          json = JSON.parse((decodeText(bytes) ?? '').replace(/^\uFEFF/, ''));
        } catch (e) {
          throw new AppError('invalid_document', `文件 ${filename} 不是有效的 JSON：${(e as Error).message}`);
        }
        const parsed = Evaluation.safeParse(json);
        if (!parsed.success) {
          throw new AppError(
            'invalid_document',
            `文件 ${filename} 不是有效的自评文档：${issuesOf(parsed.error).slice(0, 5).join('；')}`,
          );
        }
        return { preview: parsed.data, warnings: [] };
      }
      if (kind === 'docx')
        guardZip(bytes, filename, 'word/document.xml', { maxUnzippedBytes: limits.maxUnzippedBytes });
      if (kind === 'xlsx')
        guardZip(bytes, filename, 'xl/workbook.xml', { maxUnzippedBytes: limits.maxUnzippedBytes });
      if (kind === 'pdf') guardPdf(bytes, filename, limits.maxPdfPages);
      const result = await extractInWorker(
        { kind, bytes: new Uint8Array(bytes), filename, maxPdfPages: limits.maxPdfPages },
        { timeoutMs: limits.timeoutMs },
      );
      return toPreview(result);
    },
  );
};
