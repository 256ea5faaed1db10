/**
 * A department's project self-evaluations: the list with its filter, 自评覆盖率 and grade distribution, and creating
 * one. Each is an evaluation row of kind `project`, so reading, saving, the workflow, history and comments are
 * `/api/evaluations/:id`'s. Importing a list is `import.ts`, downloading every 自评表 `export.ts`.
 */
import type { ProjectEvaluation } from '../../../core/model';
import { actorOf, currentUser } from '../../auth';
import { AppError } from '../../errors';
import { presentEvaluation, presentProjectRow } from '../../presenters';
import { documentKind } from '../../services/kinds';
import { keepProject, projectCoverage, projectDistribution } from '../../services/project-figures';
import { type RouteRegistrar, typed } from '../_shared';
import { authorizeCreate, loadDepartment } from './_access';
import { registerProjectExportRoute } from './export';
import { registerProjectImportRoute } from './import';
import { CreateProjectBody, DepartmentParams, ProjectListQuery } from './schema';

export const registerProjectRoutes: RouteRegistrar = (app, ctx) => {
  const r = typed(app);
  const kind = documentKind('project');

  r.get(
    '/api/departments/:id/projects',
    {
      schema: {
        tags: ['projects'],
        summary: '部门的项目自评列表（筛选、自评覆盖率、得分分布）',
        params: DepartmentParams,
        querystring: ProjectListQuery,
      },
    },
    async (req) => {
      const dept = await loadDepartment(ctx, req, req.params.id);
      const { year, filter } = req.query;
      const scope = { departmentIds: [dept.id], year };
      const [rows, [summary]] = await Promise.all([
        ctx.store.listEvaluations({ ...scope, kind: 'project' }),
        ctx.store.summarizeProjects(scope),
      ]);
      return {
        departmentId: dept.id,
        year,
        filter: filter ?? null,
        projects: rows.filter((row) => keepProject(row, filter)).map(presentProjectRow),
        coverage: projectCoverage(summary),
        distribution: projectDistribution(summary),
      };
    },
  );

  r.post(
    '/api/departments/:id/projects',
    {
      schema: {
        tags: ['projects'],
        summary: '新建一份项目自评（草稿）',
        params: DepartmentParams,
        body: CreateProjectBody,
      },
    },
    async (req, reply) => {
      const user = currentUser(req);
      const dept = await loadDepartment(ctx, req, req.params.id);
      authorizeCreate(req, dept);
      const data = req.body.data as ProjectEvaluation;
      if (data.year !== req.body.year)
        throw new AppError('invalid_request', `文档的年度 ${data.year} 与所选年度 ${req.body.year} 不一致`);
      if (!data.project.name.trim()) throw new AppError('invalid_request', '项目名称不能为空');
      const created = await ctx.store.createEvaluation(
        {
          departmentId: dept.id,
          year: data.year,
          kind: 'project',
          subject: kind.subject(data),
          data,
          derived: kind.derive(data, ctx.rev),
        },
        actorOf(req),
      );
      if (!created)
        throw new AppError(
          'evaluation_exists',
          `${dept.name} ${data.year} 年度已有项目“${data.project.name}”的自评（同一项目编码或名称）`,
        );
      return reply
        .code(201)
        .send({ evaluation: presentEvaluation(created, user), problems: kind.problems(data) });
    },
  );

  registerProjectImportRoute(app, ctx);
  registerProjectExportRoute(app, ctx);
};
