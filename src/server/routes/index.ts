/** Every API route, registered in one place. */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context';
import { registerAuditLogRoutes } from './audit-log';
import { registerAuthRoutes } from './auth';
import { registerDashboardRoutes } from './dashboard';
import { registerDepartmentRoutes } from './departments';
import { registerEvaluationRoutes } from './evaluations';
import { registerHealthRoutes } from './health';
import { registerImportRoutes } from './imports';
import { registerProjectRoutes } from './projects';
import { registerReportRoutes } from './reports';
import { registerScoreRoutes } from './score';
import { registerUserRoutes } from './users';

export function registerRoutes(app: FastifyInstance, ctx: ServerContext): void {
  for (const register of [
    registerHealthRoutes,
    registerAuthRoutes,
    registerDepartmentRoutes,
    registerEvaluationRoutes,
    registerProjectRoutes,
    registerScoreRoutes,
    registerReportRoutes,
    registerImportRoutes,
    registerUserRoutes,
    registerDashboardRoutes,
    registerAuditLogRoutes,
  ]) {
    register(app, ctx);
  }
}
