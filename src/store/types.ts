/** The store interface every database adapter implements, and the rows it returns. */

export type Role = 'admin' | 'reviewer' | 'editor' | 'staff';
export const ROLES: readonly Role[] = ['admin', 'reviewer', 'editor', 'staff'];

export type EvaluationStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'published';
export const STATUSES: readonly EvaluationStatus[] = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'published',
];

/** Who made a change, written with it into the audit log. */
export interface Actor {
  userId: number | null;
  username: string;
  ip?: string | null;
}

export interface DepartmentRow {
  id: number;
  name: string;
  district: string | null;
}

export interface UserRow {
  id: number;
  username: string;
  name: string;
  role: Role;
  departmentId: number | null;
  district: string | null;
  active: boolean;
  createdAt: string;
}

export interface UserWithHash extends UserRow {
  passwordHash: string;
}

export interface SessionRow {
  id: string;
  userId: number;
  csrf: string;
  createdAt: string;
  expiresAt: string;
}

/** Figures computed from the document at each write, so lists and dashboards need not rescore. */
export interface Derived {
  total: number | null;
  grade: string | null;
  executionRate: number | null;
  findingsError: number | null;
  findingsWarning: number | null;
  /** Deductions and unmet indicators, for the dashboard. */
  details: { deductions: { name: string; points: number }[]; unmet: string[] };
  /** Tag of the scoring code that computed this; rows with another tag are recomputed at start. */
  rev: string;
}

export interface EvaluationSummaryRow {
  id: number;
  departmentId: number;
  departmentName: string;
  district: string | null;
  year: number;
  status: EvaluationStatus;
  version: number;
  updatedAt: string;
  updatedBy: string;
  derived: Derived;
}

export interface EvaluationRow extends EvaluationSummaryRow {
  /** The evaluation document as stored (JSON text is parsed by the store). */
  data: unknown;
}

export interface VersionRow {
  version: number;
  at: string;
  by: string;
  status: EvaluationStatus;
  summary: string;
}

export interface CommentRow {
  id: number;
  evaluationId: number;
  path: string | null;
  body: string;
  author: string;
  role: Role;
  at: string;
}

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  username: string;
  action: string;
  entity: string;
  entityId: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
}

export interface EvaluationFilter {
  departmentIds?: number[];
  district?: string;
  year?: number;
  status?: EvaluationStatus;
}

export interface NewEvaluation {
  departmentId: number;
  year: number;
  data: unknown;
  derived: Derived;
  status?: EvaluationStatus;
}

/** A conditional write: lands when the stored version (and status, if given) still match. */
export interface EvaluationWrite {
  id: number;
  expectedVersion?: number;
  expectedStatus?: EvaluationStatus;
  data?: unknown;
  year?: number;
  status?: EvaluationStatus;
  derived?: Derived;
  summary: string;
  /** A comment written in the same transaction (a return with the reviewer's reasons). */
  comment?: { body: string; path: string | null; role: Role };
}

export type WriteResult =
  | { ok: true; evaluation: EvaluationRow }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'exists' }
  | { ok: false; reason: 'conflict'; current: EvaluationRow };

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Apply pending migrations. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** Refresh the query planner's statistics (at start, after seeding). */
  optimize(): Promise<void>;
  /** The database's own consistency check ("ok" when sound). */
  checkIntegrity(): Promise<string>;

  countDepartments(): Promise<number>;
  listDepartments(filter?: { district?: string; ids?: number[] }): Promise<DepartmentRow[]>;
  getDepartment(id: number): Promise<DepartmentRow | null>;
  createDepartment(input: { name: string; district: string | null }, actor: Actor): Promise<DepartmentRow>;

  countUsers(): Promise<number>;
  listUsers(): Promise<UserRow[]>;
  getUser(id: number): Promise<UserRow | null>;
  findUserForLogin(username: string): Promise<UserWithHash | null>;
  createUser(input: Omit<UserWithHash, 'id' | 'createdAt'>, actor: Actor): Promise<UserRow>;
  updateUser(
    id: number,
    patch: Partial<Omit<UserWithHash, 'id' | 'createdAt' | 'username'>>,
    actor: Actor,
  ): Promise<UserRow | null>;

  createSession(session: SessionRow): Promise<void>;
  /** The session and its user, when the session exists, is not expired at `now` and its user is active. */
  getSession(id: string, now: string): Promise<{ session: SessionRow; user: UserRow } | null>;
  deleteSession(id: string): Promise<void>;
  deleteUserSessions(userId: number): Promise<void>;
  /** Remove sessions that expired before `now`; returns how many. */
  deleteExpiredSessions(now: string): Promise<number>;

  listEvaluations(filter: EvaluationFilter): Promise<EvaluationSummaryRow[]>;
  getEvaluation(id: number): Promise<EvaluationRow | null>;
  /** Create an evaluation at version 1; null when the department already has one for that year. */
  createEvaluation(input: NewEvaluation, actor: Actor): Promise<EvaluationRow | null>;
  /** Many evaluations in one transaction (seeding, benchmarks); existing department-years are skipped. */
  createEvaluations(inputs: NewEvaluation[], actor: Actor): Promise<number>;
  writeEvaluation(write: EvaluationWrite, actor: Actor): Promise<WriteResult>;
  /** Replace the derived figures without a new version (after the scoring code changed). */
  refreshDerived(id: number, derived: Derived): Promise<void>;
  listStaleDerived(rev: string, limit: number): Promise<{ id: number; data: unknown }[]>;
  listVersions(evaluationId: number): Promise<VersionRow[]>;
  getVersion(evaluationId: number, version: number): Promise<(VersionRow & { data: unknown }) | null>;

  listComments(evaluationId: number): Promise<CommentRow[]>;
  addComment(input: Omit<CommentRow, 'id' | 'at' | 'author'>, actor: Actor): Promise<CommentRow>;

  /** Append to the audit log on its own (logins, logouts, refused logins). */
  appendAudit(
    entry: { action: string; entity: string; entityId: string | null; detail?: Record<string, unknown> },
    actor: Actor,
  ): Promise<void>;
  listAudit(filter: { entity?: string; entityId?: string; limit?: number }): Promise<AuditRow[]>;
}
