/** One function per API route the web application calls. */
import type { Status } from '../../../src/core/labels';
import type { Evaluation, ProjectEvaluation } from '../../../src/core/model';
import { getWithProgress, postForm, request } from './client';
import type {
  AnyEvaluationResponse,
  AssignIndicatorsBody,
  AuditLogResponse,
  AuditResponse,
  CommentResponse,
  CommentsResponse,
  CreateDepartmentBody,
  CreateProjectResponse,
  CreateUserBody,
  Dashboard,
  DepartmentResponse,
  DepartmentsResponse,
  EvaluationListQuery,
  EvaluationResponse,
  EvaluationsResponse,
  ExplanationInput,
  HistoryResponse,
  LogoutResponse,
  ProjectExportQuery,
  ProjectFilter,
  ProjectImportResponse,
  ProjectListResponse,
  TransitionAction,
  UpdateDepartmentBody,
  UpdateUserBody,
  UserIndicatorsResponse,
  UserResponse,
  UsersResponse,
  VersionChangesResponse,
} from './types';

const enc = encodeURIComponent;

function query(params: Record<string, string | number | null | undefined>): string {
  const q = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}=${enc(String(v))}`)
    .join('&');
  return q ? `?${q}` : '';
}

/** The dashboard's filter as the page holds it; sent as `status=a,b&includeDrafts=true`. */
export interface DeskFilter {
  district: string | null;
  year: number | null;
  /** Statuses shown; empty for all. */
  statuses: Status[];
  /** Count drafts and returned evaluations in the ranking and averages too. */
  includeDrafts: boolean;
}

const deskQuery = (f: DeskFilter) =>
  query({
    district: f.district,
    year: f.year,
    status: f.statuses.join(','),
    includeDrafts: f.includeDrafts ? 'true' : null,
  });

export const api = {
  me: () => request<UserResponse>('GET', '/api/me'),
  login: (username: string, password: string) =>
    request<UserResponse>('POST', '/api/auth/login', { username, password }),
  logout: () => request<LogoutResponse>('POST', '/api/auth/logout', {}),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<UserResponse>('POST', '/api/me/password', { currentPassword, newPassword }),
  departments: () => request<DepartmentsResponse>('GET', '/api/departments'),
  createDepartment: (d: CreateDepartmentBody) => request<DepartmentResponse>('POST', '/api/departments', d),
  updateDepartment: (id: number, patch: UpdateDepartmentBody) =>
    request<DepartmentResponse>('PATCH', `/api/departments/${id}`, patch),
  evaluations: (f: { [K in keyof EvaluationListQuery]?: EvaluationListQuery[K] | null }) =>
    request<EvaluationsResponse>('GET', `/api/evaluations${query(f)}`),
  /** A row of either kind: its `kind` says whether `data` is a department's or a project's document. */
  evaluation: (id: number) => request<AnyEvaluationResponse>('GET', `/api/evaluations/${id}`),
  createEvaluation: (departmentId: number, data: Evaluation) =>
    request<EvaluationResponse>('POST', '/api/evaluations', { departmentId, data }),
  updateEvaluation: (id: number, version: number, data: Evaluation | ProjectEvaluation) =>
    request<AnyEvaluationResponse>('PUT', `/api/evaluations/${id}`, { version, data }),
  history: (id: number) => request<HistoryResponse>('GET', `/api/evaluations/${id}/history`),
  version: (id: number, v: number) =>
    request<AnyEvaluationResponse>('GET', `/api/evaluations/${id}/versions/${v}`),
  /** A workflow step; a submission carries the version checked and explanations of audit errors. */
  transition: (
    id: number,
    action: TransitionAction,
    extra: { comment?: string; version?: number; explanations?: ExplanationInput[] } = {},
  ) => request<AnyEvaluationResponse>('POST', `/api/evaluations/${id}/transitions`, { action, ...extra }),
  versionChanges: (id: number, v: number) =>
    request<VersionChangesResponse>('GET', `/api/evaluations/${id}/versions/${v}/changes`),
  /** Restore version `v` as a new version; `current` is the version being replaced (409 when stale). */
  restoreVersion: (id: number, v: number, current: number) =>
    request<AnyEvaluationResponse>('POST', `/api/evaluations/${id}/versions/${v}/restore`, {
      version: current,
    }),
  /** The newest page of comments, or with `before` (a page's `next`) the page older than that one. */
  comments: (id: number, before?: number | null) =>
    request<CommentsResponse>('GET', `/api/evaluations/${id}/comments${before ? `?before=${before}` : ''}`),
  addComment: (id: number, body: string, path: string | null) =>
    request<CommentResponse>('POST', `/api/evaluations/${id}/comments`, {
      body,
      path: path ?? undefined,
    }),
  audit: (data: Evaluation | ProjectEvaluation) => request<AuditResponse>('POST', '/api/audit', { data }),
  dashboard: (f: DeskFilter, onProgress: (loaded: number, total: number | null) => void) =>
    getWithProgress<Dashboard>(`/api/dashboard${deskQuery(f)}`, onProgress),
  /** Downloads of the desk, with the filter the page shows. */
  rankingXlsxUrl: (f: DeskFilter) => `/api/dashboard/ranking.xlsx${deskQuery(f)}`,
  reportsZipUrl: (f: DeskFilter) => `/api/dashboard/reports.zip${deskQuery(f)}`,
  evaluationsXlsxUrl: (f: { [K in keyof EvaluationListQuery]?: EvaluationListQuery[K] | null }) =>
    `/api/evaluations.xlsx${query(f)}`,
  users: () => request<UsersResponse>('GET', '/api/users'),
  createUser: (u: CreateUserBody) => request<UserResponse>('POST', '/api/users', u),
  updateUser: (id: number, patch: UpdateUserBody) =>
    request<UserResponse>('PATCH', `/api/users/${id}`, patch),
  resetPassword: (id: number, password: string) =>
    request<UserResponse>('POST', `/api/users/${id}/password`, { password }),
  userIndicators: (id: number) => request<UserIndicatorsResponse>('GET', `/api/users/${id}/indicators`),
  assignIndicators: (id: number, body: AssignIndicatorsBody) =>
    request<UserIndicatorsResponse>('PUT', `/api/users/${id}/indicators`, body),
  auditLog: (q: { entity?: string; entityId?: string; limit?: number }) =>
    request<AuditLogResponse>('GET', `/api/audit-log${query(q)}`),
  reportUrl: (id: number, kind: 'docx' | 'xlsx') => `/api/evaluations/${id}/report.${kind}`,
  /** A department-year's project self-evaluations, with coverage and grades over all of them. */
  projects: (departmentId: number, year: number, filter?: ProjectFilter | null) =>
    request<ProjectListResponse>(
      'GET',
      `/api/departments/${departmentId}/projects${query({ year, filter })}`,
    ),
  createProject: (departmentId: number, year: number, data: ProjectEvaluation) =>
    request<CreateProjectResponse>('POST', `/api/departments/${departmentId}/projects`, { year, data }),
  /** A project list (.xlsx/.csv): one draft per project; a file with fatal problems creates nothing (400). */
  importProjects: (departmentId: number, year: number, file: File) => {
    const form = new FormData();
    form.append('year', String(year));
    form.append('file', file);
    return postForm<ProjectImportResponse>(`/api/departments/${departmentId}/projects/import`, form);
  },
  projectsExportUrl: (departmentId: number, q: ProjectExportQuery & { year: number }) =>
    `/api/departments/${departmentId}/projects/export${query({ year: q.year, format: q.format, type: q.type })}`,
};
