/**
 * POST /api/departments/:id/projects/import: a project list from the budget system (.xlsx or .csv, field `file`,
 * with field `year`) becomes one draft per project, all in one transaction; projects the department already has for
 * the year are skipped. A workbook of filled-in 项目支出绩效自评表 (one or many sheets, as jixiao writes them or as a
 * unit fills the national template) becomes one self-evaluation per table, with its indicators, scores and reasons.
 * A file that cannot be read creates nothing and answers 400 with its problems.
 */
import type { FastifyRequest } from 'fastify';
import type { ProjectEvaluation } from '../../../core/model';
import { type ListProblem, readProjectList } from '../../../documents/project-list';
import { readProjectTablesXlsx, type TableWarning } from '../../../documents/project-table';
import { actorOf } from '../../auth';
import { AppError } from '../../errors';
import { presentListProblem } from '../../presenters';
import { documentKind } from '../../services/kinds';
import { guardZip } from '../../uploads';
import { type RouteRegistrar, typed } from '../_shared';
import { authorizeCreate, loadDepartment } from './_access';
import { DepartmentParams, ProjectListQuery } from './schema';

const YEAR = ProjectListQuery.shape.year;

/** A warning of the 自评表 reader in the shape of a list problem (file, sheet, row, column, field). */
const tableProblem = (file: string, w: TableWarning, severity: ListProblem['severity'] = 'warning') => ({
  code: 'project_table_warning',
  severity,
  file,
  sheet: w.sheetName,
  row: w.row,
  column: w.column,
  header: w.field,
  message: w.text,
});

/**
 * The 自评表 of a workbook, when it holds any: each a draft of the chosen year (a table of another year is told and
 * left out); null when the workbook holds no 自评表 (then it is read as a list).
 */
async function readTables(bytes: Uint8Array, filename: string, year: number) {
  const read = await readProjectTablesXlsx(bytes, filename);
  if (!read.tables.length) return null;
  const problems = read.warnings.map((w) => tableProblem(filename, w));
  const docs: ProjectEvaluation[] = [];
  for (const t of read.tables) {
    if (t.doc.year !== year) {
      problems.push({
        code: 'project_table_year',
        severity: 'error',
        file: filename,
        sheet: t.sheetName,
        row: null,
        column: null,
        header: '年度',
        message: `「${filename}」第 ${t.sheet} 张表「${t.sheetName}」是 ${t.doc.year} 年度的自评表，不是所选的 ${year} 年度，未导入`,
      });
      continue;
    }
    docs.push(t.doc as ProjectEvaluation);
  }
  return { docs, problems };
}

/** The uploaded list and the year sent with it (a form field, or `?year=`). */
async function readListUpload(
  req: FastifyRequest,
): Promise<{ bytes: Buffer; filename: string; year: unknown }> {
  if (!req.isMultipart()) throw new AppError('invalid_request', '请以表单上传项目清单文件，并注明年度');
  let year: unknown = (req.query as { year?: unknown }).year;
  let file: { bytes: Buffer; filename: string } | null = null;
  for await (const part of req.parts()) {
    if (part.type === 'field') {
      if (part.fieldname === 'year') year = part.value;
      continue;
    }
    if (part.fieldname !== 'file' || file) {
      part.file.resume();
      continue;
    }
    const bytes = await part.toBuffer().catch((e: { statusCode?: number }) => {
      if (e.statusCode === 413) throw new AppError('file_too_large', `文件 ${part.filename} 超过大小限制`);
      throw e;
    });
    file = { bytes, filename: part.filename || '项目清单' };
  }
  if (!file) throw new AppError('invalid_request', '上传内容中没有文件，请选择项目清单文件上传');
  return { ...file, year };
}

export const registerProjectImportRoute: RouteRegistrar = (app, ctx) => {
  const kind = documentKind('project');
  typed(app).post(
    '/api/departments/:id/projects/import',
    {
      schema: {
        tags: ['projects'],
        summary: '导入项目清单：每个项目一份项目自评草稿',
        params: DepartmentParams,
        consumes: ['multipart/form-data'],
      },
    },
    async (req, reply) => {
      const dept = await loadDepartment(ctx, req, req.params.id);
      authorizeCreate(req, dept);
      const upload = await readListUpload(req);
      const year = YEAR.safeParse(upload.year);
      if (!year.success)
        throw new AppError(
          'invalid_request',
          `年度：${year.error.issues[0]?.message ?? '应为 2000 至 2100 的整数'}`,
        );
      // An .xlsx is a zip: its uncompressed size is bounded before anything unpacks it.
      if (upload.bytes.subarray(0, 2).toString('latin1') === 'PK')
        guardZip(upload.bytes, upload.filename, 'xl/workbook.xml', {
          maxUnzippedBytes: ctx.config.upload.maxUnzippedBytes,
        });
      const bytes = new Uint8Array(upload.bytes);
      const tables = bytes[0] === 0x50 ? await readTables(bytes, upload.filename, year.data) : null;
      const list = tables
        ? { projects: tables.docs, problems: [] as ListProblem[], refused: false }
        : await readProjectList(bytes, upload.filename, { year: year.data, department: dept.name });
      const problems = [...(tables?.problems ?? []), ...list.problems.map(presentListProblem)];
      if (list.refused || list.projects.length === 0) {
        const first = problems.find((p) => p.severity === 'error') ?? problems[0];
        throw new AppError('invalid_document', first?.message ?? '文件中没有可导入的项目', { problems });
      }
      const created = await ctx.store.createEvaluations(
        list.projects.map((data) => ({
          departmentId: dept.id,
          year: year.data,
          kind: 'project' as const,
          subject: kind.subject(data),
          data,
          derived: kind.derive(data, ctx.rev),
        })),
        actorOf(req),
      );
      return reply.code(created > 0 ? 201 : 200).send({
        year: year.data,
        listed: list.projects.length,
        created,
        skipped: list.projects.length - created,
        problems,
      });
    },
  );
};
