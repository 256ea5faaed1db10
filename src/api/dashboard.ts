/** The contract of the district dashboard, its exports (ranking and list .xlsx) and the district's reports (.zip). */
import { z } from 'zod';
import { STATUS_LABEL, STATUSES, type Status as StatusName } from '../core/labels';
import { safeText } from '../core/safe-text';
import { Status } from './evaluations';
import { DashboardProjects } from './projects';

/** What rankings and averages count unless drafts are asked for: evaluations a department has submitted. */
export const COUNTED_STATUSES = [
  'submitted',
  'approved',
  'published',
] as const satisfies readonly StatusName[];

const statusNames = STATUSES.map((s) => `${s}（${STATUS_LABEL[s]}）`).join('、');

/** `status=submitted,approved` or `status=submitted&status=approved`: the statuses to show; all when left out. */
export const StatusList = z.preprocess(
  (v) =>
    (Array.isArray(v) ? v : [v])
      .flatMap((x) => (typeof x === 'string' ? x.split(',') : [x]))
      .map((x) => (typeof x === 'string' ? x.trim() : x))
      .filter((x) => x !== ''),
  z.array(z.enum(STATUSES, { error: `状态应为 ${statusNames} 之一` })),
);

/** The figures' filter: statuses shown, and whether drafts and returned evaluations count too. */
export const DashboardQuery = z.object({
  district: safeText('区').min(1).max(100).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: StatusList.optional(),
  /** Count drafts and returned evaluations in the ranking and the averages (by default they are shown apart). */
  includeDrafts: z.stringbool({ error: '是否计入草稿应为 true 或 false' }).optional(),
});

const Count = z.number().int().nullable();

export const DashboardDepartment = z.object({
  id: z.number().int(),
  evaluationId: z.number().int(),
  name: z.string(),
  /** Place in the ranking (equal scores share a place); null when not ranked (no score, or not counted). */
  rank: z.number().int().nullable(),
  total: z.number().nullable(),
  grade: z.string().nullable(),
  executionRate: z.number().nullable(),
  status: Status,
  /** null when the server could not audit the document. */
  findings: z.object({ error: Count, warning: Count }),
});

const StatusCounts = z.object(
  Object.fromEntries(STATUSES.map((s) => [s, z.number().int()])) as Record<StatusName, z.ZodNumber>,
);

/** `GET /api/dashboard`: one district and year (the ones the server chose when the query left them out). */
export const Dashboard = z.object({
  district: z.string().nullable(),
  year: z.number().int(),
  /** The statuses the query asked for (all when it named none). */
  statuses: z.array(Status),
  includeDrafts: z.boolean(),
  /** The statuses the figures count: `COUNTED_STATUSES`, or every status when drafts are included. */
  counted: z.array(Status),
  /** Evaluations of the district and year in the filter, per status, counted or not. */
  statusCounts: StatusCounts,
  /** The counted evaluations, in ranking order; every figure below is taken from these only. */
  departments: z.array(DashboardDepartment),
  /** Evaluations in the filter that are not counted (drafts, returned), shown apart. */
  uncounted: z.array(DashboardDepartment),
  averages: z.object({
    /** How many counted evaluations have a score. */
    scored: z.number().int(),
    total: z.number().nullable(),
    executionRate: z.number().nullable(),
  }),
  grades: z.object({
    优: z.number().int(),
    良: z.number().int(),
    中: z.number().int(),
    差: z.number().int(),
  }),
  scoreHistogram: z.array(z.object({ range: z.string(), count: z.number().int() })),
  /** Most frequent lost points, with the departments behind each (for click-through). */
  topDeductions: z.array(
    z.object({
      name: z.string(),
      count: z.number().int(),
      points: z.number(),
      departmentIds: z.array(z.number()),
    }),
  ),
  unmetIndicators: z.array(
    z.object({ name: z.string(), count: z.number().int(), departmentIds: z.array(z.number()) }),
  ),
  yearOverYear: z.array(
    z.object({
      departmentId: z.number().int(),
      name: z.string(),
      year: z.number().int(),
      total: z.number().nullable(),
      previous: z.number().nullable(),
    }),
  ),
  /**
   * The departments' project self-evaluations of the year (every status) and the lowest-scoring ones. Always sent by
   * this server; optional so that dashboards built without it (the web's fixtures) still type-check.
   */
  projects: DashboardProjects.optional(),
});
