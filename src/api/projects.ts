/** The contract of a department's project self-evaluations: the list with its coverage, creation, import, export. */
import { z } from 'zod';
import { PROJECT_EVALUATION_SCHEMA_ID } from '../core/model';
import { parseProjectDraft } from './_project-draft';
import { ProjectEvaluationRecord, Status } from './evaluations';

const Year = z.coerce
  .number({ error: '年度应为数字' })
  .int({ error: '年度应为整数' })
  .min(2000, { error: '年度应在 2000 至 2100 之间' })
  .max(2100, { error: '年度应在 2000 至 2100 之间' });

/** Which projects the list shows: all, those with no score yet, those with an unmet indicator, low execution. */
export const PROJECT_FILTERS = ['unscored', 'unmet', 'low_execution'] as const;
/** 执行率 below this (%) is low execution in the list's filter. */
export const LOW_EXECUTION_RATE = 80;

export const ProjectListQuery = z.object({
  year: Year,
  filter: z
    .enum(PROJECT_FILTERS, {
      error: '筛选应为 unscored（未评分）、unmet（指标未完成）、low_execution（执行率低）之一',
    })
    .optional(),
});

export const DepartmentParams = z.object({
  id: z.coerce.number().int().positive({ error: '部门编号应为正整数' }),
});

/** One project of the list, from the figures stored with it (no document is read). */
export const ProjectListRow = z.object({
  id: z.number().int(),
  name: z.string(),
  code: z.string().nullable(),
  category: z.string().nullable(),
  owner: z.string().nullable(),
  /** 全年预算数 and 全年执行数, 万元. */
  budget: z.number().nullable(),
  executed: z.number().nullable(),
  /** 执行率 (%), from the amounts or as stated. */
  executionRate: z.number().nullable(),
  total: z.number().nullable(),
  grade: z.string().nullable(),
  status: Status,
  version: z.number().int(),
  /** Indicators that lost points. */
  unmet: z.array(z.string()),
});

/** 项目自评覆盖率: projects with a score ÷ all projects of the department-year (null when there are none). */
export const ProjectCoverage = z.object({
  projects: z.number().int(),
  scored: z.number().int(),
  /** Percent, 2 decimals. */
  rate: z.number().nullable(),
});

export const GradeCounts = z.object({
  优: z.number().int(),
  良: z.number().int(),
  中: z.number().int(),
  差: z.number().int(),
});

/** `GET /api/departments/:id/projects`: the rows the filter keeps; coverage and distribution over all of them. */
export const ProjectListResponse = z.object({
  departmentId: z.number().int(),
  year: z.number().int(),
  filter: z.enum(PROJECT_FILTERS).nullable(),
  projects: z.array(ProjectListRow),
  coverage: ProjectCoverage,
  distribution: GradeCounts,
});

/**
 * A project self-evaluation's draft; a document of another kind (a department's, by its schema id) is told so in
 * one sentence rather than field by field.
 */
export const ProjectDraftInput = z.unknown().transform((value, ctx) => {
  const schema = (value as { schema?: unknown } | null)?.schema;
  if (value && typeof value === 'object' && schema !== undefined && schema !== PROJECT_EVALUATION_SCHEMA_ID) {
    ctx.issues.push({
      code: 'custom',
      message: '不是项目支出绩效自评文档，不能作为项目自评保存',
      input: value,
    });
    return z.NEVER;
  }
  return parseProjectDraft(value, ctx.issues) ?? z.NEVER;
});

/** `POST /api/departments/:id/projects`: one project self-evaluation, saved as a draft. */
export const CreateProjectBody = z.object({
  year: Year,
  data: ProjectDraftInput,
});

/** The created record and what the draft still lacks. */
export const CreateProjectResponse = z.object({
  evaluation: ProjectEvaluationRecord,
  problems: z.array(z.object({ path: z.string(), message: z.string() })),
});

/** A problem of an imported list, placed: file, sheet, row, column and header as the file has them. */
export const ProjectListProblem = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  file: z.string(),
  sheet: z.string().nullable(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  header: z.string().nullable(),
  message: z.string(),
});

/** `POST /api/departments/:id/projects/import`: what was created, what existed already, every problem. */
export const ProjectImportResponse = z.object({
  year: z.number().int(),
  /** Projects the file lists. */
  listed: z.number().int(),
  created: z.number().int(),
  /** Projects the department already has for the year (same 项目编码, or same name without one). */
  skipped: z.number().int(),
  problems: z.array(ProjectListProblem),
});

export const ProjectExportQuery = z.object({
  year: Year,
  /** One workbook with a sheet per project, or a .zip of one document per project. */
  format: z.enum(['xlsx', 'zip'], { error: '格式应为 xlsx 或 zip' }).default('xlsx'),
  /** The documents inside the .zip. */
  type: z.enum(['docx', 'xlsx'], { error: '文档类型应为 docx 或 xlsx' }).default('docx'),
});

/** Per department of a dashboard's district and year: its project self-evaluations and their coverage. */
export const DashboardProjectDepartment = z.object({
  departmentId: z.number().int(),
  name: z.string(),
  coverage: ProjectCoverage,
  distribution: GradeCounts,
});

/** The lowest-scoring project self-evaluations of the district and year. */
export const DashboardLowProject = z.object({
  evaluationId: z.number().int(),
  name: z.string(),
  departmentId: z.number().int(),
  departmentName: z.string(),
  total: z.number(),
  grade: z.string().nullable(),
});

export const DashboardProjects = z.object({
  departments: z.array(DashboardProjectDepartment),
  lowest: z.array(DashboardLowProject),
});
