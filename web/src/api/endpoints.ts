/** One function per API route the web application calls. */
import type { Evaluation } from '../../../src/core/model';
import { getWithProgress, request, uploadFile } from './client';
import type {
  Comment,
  Dashboard,
  Department,
  EvaluationRecord,
  EvaluationSummary,
  ImportResult,
  Role,
  TransitionAction,
  User,
  VersionEntry,
} from './types';

const enc = encodeURIComponent;

function query(params: Record<string, string | number | null | undefined>): string {
  const q = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}=${enc(String(v))}`)
    .join('&');
  return q ? `?${q}` : '';
}

export const api = {
  me: () => request<{ user: User }>('GET', '/api/me'),
  login: (username: string, password: string) =>
    request<{ user: User }>('POST', '/api/auth/login', { username, password }),
  logout: () => request<{ ok: true }>('POST', '/api/auth/logout', {}),
  departments: () => request<{ departments: Department[] }>('GET', '/api/departments'),
  evaluations: (f: {
    departmentId?: number | null;
    year?: number | null;
    district?: string | null;
    status?: string | null;
  }) => request<{ evaluations: EvaluationSummary[] }>('GET', `/api/evaluations${query(f)}`),
  evaluation: (id: number) => request<{ evaluation: EvaluationRecord }>('GET', `/api/evaluations/${id}`),
  createEvaluation: (departmentId: number, data: Evaluation) =>
    request<{ evaluation: EvaluationRecord }>('POST', '/api/evaluations', { departmentId, data }),
  updateEvaluation: (id: number, version: number, data: Evaluation) =>
    request<{ evaluation: EvaluationRecord }>('PUT', `/api/evaluations/${id}`, { version, data }),
  history: (id: number) => request<{ versions: VersionEntry[] }>('GET', `/api/evaluations/${id}/history`),
  version: (id: number, v: number) =>
    request<{ evaluation: EvaluationRecord }>('GET', `/api/evaluations/${id}/versions/${v}`),
  transition: (id: number, action: TransitionAction, comment?: string) =>
    request<{ evaluation: EvaluationRecord }>('POST', `/api/evaluations/${id}/transitions`, {
      action,
      comment,
    }),
  comments: (id: number) => request<{ comments: Comment[] }>('GET', `/api/evaluations/${id}/comments`),
  addComment: (id: number, body: string, path: string | null) =>
    request<{ comment: Comment }>('POST', `/api/evaluations/${id}/comments`, {
      body,
      path: path ?? undefined,
    }),
  audit: (data: Evaluation) => request<{ findings: unknown[] }>('POST', '/api/audit', { data }),
  importFile: (file: File, onProgress: (r: number) => void) =>
    uploadFile<ImportResult>('/api/import', file, onProgress),
  dashboard: (
    district: string | null,
    year: number | null,
    onProgress: (loaded: number, total: number | null) => void,
  ) => getWithProgress<Dashboard>(`/api/dashboard${query({ district, year })}`, onProgress),
  users: () => request<{ users: User[] }>('GET', '/api/users'),
  createUser: (u: {
    username: string;
    password: string;
    name: string;
    role: Role;
    departmentId: number | null;
    district: string | null;
  }) => request<{ user: User }>('POST', '/api/users', u),
  updateUser: (
    id: number,
    patch: Partial<Pick<User, 'name' | 'role' | 'departmentId' | 'district' | 'active'>> & {
      password?: string;
    },
  ) => request<{ user: User }>('PATCH', `/api/users/${id}`, patch),
  reportUrl: (id: number, kind: 'docx' | 'xlsx') => `/api/evaluations/${id}/report.${kind}`,
};
