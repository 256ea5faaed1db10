/** What the desk's routes share: the district and year a user may see, the dashboard of a filter, downloads. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Dashboard, DashboardQuery } from '../../../api';
import { currentUser } from '../../auth';
import type { ServerContext } from '../../context';
import { authorize } from '../../errors';
import { canReadDashboard } from '../../policies';
import { buildDashboard } from '../../services/dashboard';
import { buildDashboardProjects, LOWEST_PROJECTS } from '../../services/project-figures';

export type DeskQuery = z.output<typeof DashboardQuery>;
export type DashboardResponse = z.output<typeof Dashboard>;

/** The district asked for, or the reviewer's own; authorized (403) before anything is read. */
export function deskDistrict(req: FastifyRequest, asked: string | undefined): string | undefined {
  const user = currentUser(req);
  const district = asked ?? (user.role === 'reviewer' ? (user.district ?? undefined) : undefined);
  authorize(
    district !== undefined ? canReadDashboard(user, district) : user.role === 'admin',
    '只有管理员和本区审核人员可以查看看板',
  );
  return district;
}

/** The dashboard of the query's district, year and status filter (the latest year when none is asked for). */
export async function readDashboard(
  ctx: ServerContext,
  district: string | undefined,
  q: DeskQuery,
): Promise<DashboardResponse> {
  const scope = district !== undefined ? { district } : {};
  const filter = { statuses: q.status?.length ? q.status : null, includeDrafts: q.includeDrafts ?? false };
  const key = [district ?? '', q.year ?? '', filter.statuses?.join(',') ?? '', filter.includeDrafts].join(
    '|',
  );
  return ctx.cached(`dashboard|${key}`, async () => {
    let year = q.year;
    if (year === undefined) {
      const all = await ctx.store.listEvaluations(scope);
      year = Math.max(0, ...all.map((e) => e.year)) || new Date().getFullYear();
    }
    const [rows, previous, summaries, lowest] = await Promise.all([
      ctx.store.listEvaluations({ ...scope, year }),
      ctx.store.listEvaluations({ ...scope, year: year - 1 }),
      ctx.store.summarizeProjects({ ...scope, year }),
      ctx.store.listLowestProjects({ ...scope, year }, LOWEST_PROJECTS),
    ]);
    return {
      district: district ?? null,
      year,
      ...buildDashboard(rows, previous, filter),
      projects: buildDashboardProjects(summaries, lowest),
    };
  });
}

/** RFC 5987: percent-encode all but attr-char, so `(`, `'` and `*` in a name are encoded too. */
const encode5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Headers of a download named in Chinese, with an ASCII name for old clients. */
export function attach(reply: FastifyReply, type: string, name: string, fallback: string): FastifyReply {
  return reply
    .header('content-type', type)
    .header(
      'content-disposition',
      `attachment; filename="${fallback}"; filename*=UTF-8''${encode5987(name)}`,
    );
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
