/** Shapes of the HTTP API as the web application reads them, inferred from the contract's schemas (src/api). */
import type { z } from 'zod';
import type * as Api from '../../../src/api';

export type Role = z.infer<typeof Api.Role>;
export type Status = z.infer<typeof Api.Status>;
export type TransitionAction = z.infer<typeof Api.TransitionAction>;
export type User = z.infer<typeof Api.User>;
export type Department = z.infer<typeof Api.Department>;
export type EvaluationSummary = z.infer<typeof Api.EvaluationSummary>;
export type EvaluationRecord = z.infer<typeof Api.EvaluationRecord>;
export type ProjectEvaluationRecord = z.infer<typeof Api.ProjectEvaluationRecord>;
/** A row of either kind, as `GET /api/evaluations/:id` sends it. */
export type AnyEvaluationRecord = z.infer<typeof Api.AnyEvaluationRecord>;
export type EvaluationKind = z.infer<typeof Api.EvaluationKind>;
export type VersionEntry = z.infer<typeof Api.VersionEntry>;
export type Comment = z.infer<typeof Api.Comment>;
export type ImportWarning = z.infer<typeof Api.ImportWarning>;
export type ImportResult = z.infer<typeof Api.ImportResponse>;
export type ScoreResponse = z.infer<typeof Api.ScoreResponse>;
export type AuditResponse = z.infer<typeof Api.AuditResponse>;
export type Dashboard = z.infer<typeof Api.Dashboard>;
export type DashboardDepartment = z.infer<typeof Api.DashboardDepartment>;
export type AuditEntry = z.infer<typeof Api.AuditEntry>;
export type StaffEvaluation = z.infer<typeof Api.StaffEvaluation>;
export type OwnedIndicator = z.infer<typeof Api.OwnedIndicator>;

export type UserResponse = z.infer<typeof Api.UserResponse>;
export type UsersResponse = z.infer<typeof Api.UsersResponse>;
export type LogoutResponse = z.infer<typeof Api.LogoutResponse>;
export type DepartmentsResponse = z.infer<typeof Api.DepartmentsResponse>;
export type EvaluationsResponse = z.infer<typeof Api.EvaluationsResponse>;
export type EvaluationResponse = z.infer<typeof Api.EvaluationResponse>;
export type AnyEvaluationResponse = z.infer<typeof Api.AnyEvaluationResponse>;
export type ProjectFilter = (typeof Api.PROJECT_FILTERS)[number];
export type ProjectListRow = z.infer<typeof Api.ProjectListRow>;
export type ProjectListResponse = z.infer<typeof Api.ProjectListResponse>;
export type ProjectCoverage = z.infer<typeof Api.ProjectCoverage>;
export type GradeCounts = z.infer<typeof Api.GradeCounts>;
export type CreateProjectResponse = z.infer<typeof Api.CreateProjectResponse>;
export type ProjectImportResponse = z.infer<typeof Api.ProjectImportResponse>;
export type ProjectListProblem = z.infer<typeof Api.ProjectListProblem>;
export type ProjectExportQuery = z.input<typeof Api.ProjectExportQuery>;
export type HistoryResponse = z.infer<typeof Api.HistoryResponse>;
export type CommentsResponse = z.infer<typeof Api.CommentsResponse>;
export type CommentResponse = z.infer<typeof Api.CommentResponse>;
export type VersionChangesResponse = z.infer<typeof Api.VersionChangesResponse>;
export type VersionChange = z.infer<typeof Api.VersionChange>;
export type Submission = z.infer<typeof Api.Submission>;
export type GateResult = z.infer<typeof Api.GateResult>;
export type GateItem = z.infer<typeof Api.GateItem>;
export type DepartmentResponse = z.infer<typeof Api.DepartmentResponse>;
export type AuditLogResponse = z.infer<typeof Api.AuditLogResponse>;
export type UserIndicatorsResponse = z.infer<typeof Api.UserIndicatorsResponse>;

/** Request bodies as the client writes them (before the server's defaults and trimming). */
export type CreateUserBody = z.input<typeof Api.CreateUserBody>;
export type UpdateUserBody = z.input<typeof Api.UpdateUserBody>;
export type CreateDepartmentBody = z.input<typeof Api.CreateDepartmentBody>;
export type UpdateDepartmentBody = z.input<typeof Api.UpdateDepartmentBody>;
export type AssignIndicatorsBody = z.input<typeof Api.AssignIndicatorsBody>;
export type EvaluationListQuery = z.output<typeof Api.EvaluationListQuery>;
export type ExplanationInput = z.input<typeof Api.ExplanationInput>;
