/** The tables as Kysely sees them: one interface per table, the same on SQLite and PostgreSQL. */
import type { Generated } from 'kysely';

export interface DepartmentsTable {
  id: Generated<number>;
  name: string;
  district: string | null;
  /** 1 active, 0 deactivated (migration 002). */
  active: Generated<number>;
  created_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  name: string;
  password_hash: string;
  role: string;
  department_id: number | null;
  district: string | null;
  /** 1 active, 0 disabled (an integer on both databases). */
  active: number;
  /** 1 when an administrator set the password and the user has not changed it yet (migration 002). */
  must_change_password: Generated<number>;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a copy of the table gives no usable session. */
  id: string;
  user_id: number;
  csrf: string;
  created_at: string;
  expires_at: string;
}

export interface EvaluationsTable {
  id: Generated<number>;
  department_id: number;
  year: number;
  status: string;
  version: number;
  total: number | null;
  grade: string | null;
  execution_rate: number | null;
  findings_error: number | null;
  findings_warning: number | null;
  /** JSON text: deductions and unmet indicators. */
  details: string;
  derived_rev: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
  /** JSON text of the last submission's explanations (migration 003); null before any. */
  submission: string | null;
  /** 'department' or 'project' (migration 006). */
  kind: Generated<string>;
  /** A project's key in its department and year; '' for a department's evaluation (migration 006). */
  subject: Generated<string>;
}

/** The current document of each evaluation, apart so that lists and dashboards read small, dense rows. */
export interface EvaluationDocumentsTable {
  evaluation_id: number;
  /** The Evaluation document as JSON text. */
  data: string;
}

export interface EvaluationVersionsTable {
  evaluation_id: number;
  version: number;
  status: string;
  /** The whole JSON text of a version stored before migration 005; '' once packed. */
  data: string;
  /** `full` (the deflated document) or `patch` (the deflated patch against the version before; migration 005). */
  kind: Generated<string>;
  packed: Buffer | null;
  at: string;
  by: string;
  summary: string;
}

export interface CommentsTable {
  id: Generated<number>;
  evaluation_id: number;
  path: string | null;
  body: string;
  author: string;
  role: string;
  at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  username: string;
  action: string;
  entity: string;
  entity_id: string | null;
  /** JSON text. */
  detail: string;
  ip: string | null;
  /** The actor's display name when the entry was written (migration 002; null before). */
  name: string | null;
}

/** A counter of the login throttle or a write limit (migration 004). */
export interface LimitCountersTable {
  key: string;
  hits: number;
  /** ISO time from which the count is forgotten. */
  reset_at: string;
  /** ISO time until which the key is refused; null when not blocked. */
  blocked_until: string | null;
}

/** A number bumped after every change of one kind, read by the caches of every instance (migration 004). */
export interface ChangeCountersTable {
  name: string;
  value: number;
}

export interface Database {
  departments: DepartmentsTable;
  users: UsersTable;
  sessions: SessionsTable;
  evaluations: EvaluationsTable;
  evaluation_documents: EvaluationDocumentsTable;
  evaluation_versions: EvaluationVersionsTable;
  comments: CommentsTable;
  audit_log: AuditLogTable;
  limit_counters: LimitCountersTable;
  change_counters: ChangeCountersTable;
}
