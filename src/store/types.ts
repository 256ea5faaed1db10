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

/** What an evaluation row holds: a department's 部门整体支出绩效自评 or one project's 项目支出绩效自评. */
export type EvaluationKind = 'department' | 'project';
export const EVALUATION_KINDS: readonly EvaluationKind[] = ['department', 'project'];

/** Who made a change, written with it into the audit log. */
export interface Actor {
  userId: number | null;
  username: string;
  /** The display name, kept in the audit log beside the username. */
  name?: string | null;
  ip?: string | null;
}

/** A write refused because the name is taken (a username, a department name): the route answers 409. */
export class DuplicateError extends Error {
  constructor(readonly what: 'username' | 'department') {
    super(`duplicate ${what}`);
    this.name = 'DuplicateError';
  }
}

export interface DepartmentRow {
  id: number;
  name: string;
  district: string | null;
  /** A deactivated department keeps its evaluations but is offered for no new one. */
  active: boolean;
}

export interface UserRow {
  id: number;
  username: string;
  name: string;
  role: Role;
  departmentId: number | null;
  district: string | null;
  active: boolean;
  /** The password was set by an administrator: the user must change it before any other write. */
  mustChangePassword: boolean;
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
  /** Deductions and unmet indicators, for the dashboard; a project's list columns, so lists read no document. */
  details: {
    deductions: { name: string; points: number }[];
    unmet: string[];
    project?: ProjectFacts;
  };
  /** Tag of the scoring code that computed this; rows with another tag are recomputed at start. */
  rev: string;
}

/** What a project list shows of a project self-evaluation, taken from its document at each write. */
export interface ProjectFacts {
  name: string;
  code: string | null;
  category: string | null;
  owner: string | null;
  /** 全年预算数 and 全年执行数, 万元. */
  budget: number | null;
  executed: number | null;
}

export interface EvaluationSummaryRow {
  id: number;
  kind: EvaluationKind;
  /** A project's key in its department and year (its 项目编码, else its normalised name); '' for a department's. */
  subject: string;
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

/** A department's explanation of an audit error, written at submission and shown to the reviewer beside it. */
export interface SubmissionExplanation {
  code: string;
  path: string | null;
  /** The finding as it read when explained. */
  message: string;
  text: string;
}

/** The last submission of an evaluation: the version it made, when, by whom, and its explanations. */
export interface SubmissionRecord {
  version: number;
  at: string;
  by: string;
  /** The display name of `by` when the submission was made. */
  byName: string;
  explanations: SubmissionExplanation[];
}

export interface EvaluationRow extends EvaluationSummaryRow {
  /** The display name of `updatedBy` (the username when no such account exists, e.g. 系统). */
  updatedByName: string;
  /** The evaluation document as stored (JSON text is parsed by the store). */
  data: unknown;
  /** The last submission and its explanations (kept after a withdrawal or a return); null before any. */
  submission: SubmissionRecord | null;
}

export interface VersionRow {
  version: number;
  at: string;
  by: string;
  /** The display name of `by` (the username when no such account exists). */
  byName: string;
  status: EvaluationStatus;
  summary: string;
}

export interface CommentRow {
  id: number;
  evaluationId: number;
  path: string | null;
  body: string;
  author: string;
  /** The display name of `author` (the username when no such account exists). */
  authorName: string;
  role: Role;
  at: string;
}

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  username: string;
  /** The actor's display name when the entry was written; the username for entries without one. */
  name: string;
  action: string;
  entity: string;
  entityId: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
}

export interface EvaluationFilter {
  /** Absent means 'department': every list that does not ask for projects sees what it saw before they existed. */
  kind?: EvaluationKind;
  departmentIds?: number[];
  district?: string;
  year?: number;
  status?: EvaluationStatus;
}

export interface NewEvaluation {
  departmentId: number;
  year: number;
  /** 'department' unless told. */
  kind?: EvaluationKind;
  /** The project's key ('' for a department's evaluation, the default). */
  subject?: string;
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
  /** A project's new key when its 项目编码 or name changed. */
  subject?: string;
  status?: EvaluationStatus;
  derived?: Derived;
  summary: string;
  /** A comment written in the same transaction (a return with the reviewer's reasons). */
  comment?: { body: string; path: string | null; role: Role };
  /** A submission: its explanations are kept with the version, time and author the write makes. */
  submission?: { explanations: SubmissionExplanation[] };
}

export type WriteResult =
  | { ok: true; evaluation: EvaluationRow }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'exists' }
  | { ok: false; reason: 'conflict'; current: EvaluationRow };

/** The project self-evaluations of one department and year, counted without reading their documents. */
export interface ProjectSummaryRow {
  departmentId: number;
  departmentName: string;
  year: number;
  /** Project self-evaluations of the department-year. */
  count: number;
  /** How many of them have a score. */
  scored: number;
  grades: { 优: number; 良: number; 中: number; 差: number };
}

/** A counter of the login throttle or a write limit: hits until `resetAt`, refused until `blockedUntil`. */
export interface CounterRow {
  key: string;
  hits: number;
  resetAt: string;
  blockedUntil: string | null;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Apply pending migrations. */
  migrate(): Promise<void>;
  /**
   * Run `fn` while holding a lock named `name` across every instance on this database (PostgreSQL: an advisory
   * lock; SQLite: one process owns the file, so `fn` simply runs). Start-up (migrations, seeding) runs under it.
   */
  exclusive<T>(name: string, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Refresh the query planner's statistics (at start, after seeding). */
  optimize(): Promise<void>;
  /** The database's own consistency check ("ok" when sound). */
  checkIntegrity(): Promise<string>;

  countDepartments(): Promise<number>;
  listDepartments(filter?: { district?: string; ids?: number[]; active?: boolean }): Promise<DepartmentRow[]>;
  getDepartment(id: number): Promise<DepartmentRow | null>;
  /** Throws `DuplicateError` when the name is taken. */
  createDepartment(input: { name: string; district: string | null }, actor: Actor): Promise<DepartmentRow>;
  /**
   * Change a department, auditing what changed under `action` ('update' unless told); null when there is none.
   * Throws `DuplicateError` when the new name is taken.
   */
  updateDepartment(
    id: number,
    patch: Partial<Pick<DepartmentRow, 'name' | 'district' | 'active'>>,
    actor: Actor,
    action?: string,
  ): Promise<DepartmentRow | null>;

  countUsers(): Promise<number>;
  listUsers(): Promise<UserRow[]>;
  getUser(id: number): Promise<UserRow | null>;
  findUserForLogin(username: string): Promise<UserWithHash | null>;
  /** Throws `DuplicateError` when the username is taken. */
  createUser(
    input: Omit<UserWithHash, 'id' | 'createdAt' | 'mustChangePassword'> & { mustChangePassword?: boolean },
    actor: Actor,
  ): Promise<UserRow>;
  /**
   * Change an account, auditing what changed under `action` ('update' unless told; never the hash); a new password
   * or deactivation ends every session of the account. Null when there is no such account.
   */
  updateUser(
    id: number,
    patch: Partial<Omit<UserWithHash, 'id' | 'createdAt' | 'username'>>,
    actor: Actor,
    action?: string,
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
  /** Create an evaluation at version 1; null when the department already has one of that year, kind and subject. */
  createEvaluation(input: NewEvaluation, actor: Actor): Promise<EvaluationRow | null>;
  /**
   * Many evaluations in one transaction (seeding, a project list's import); those whose department, year, kind and
   * subject exist already (or come earlier in `inputs`) are skipped. Returns how many were created.
   */
  createEvaluations(inputs: NewEvaluation[], actor: Actor): Promise<number>;
  /** Per department, its project self-evaluations of the year: count, scored, grades (read from derived figures). */
  summarizeProjects(filter: {
    year: number;
    departmentIds?: number[];
    district?: string;
  }): Promise<ProjectSummaryRow[]>;
  /** The `limit` lowest-scoring project self-evaluations of the year (scored ones only), lowest first. */
  listLowestProjects(
    filter: { year: number; departmentIds?: number[]; district?: string },
    limit: number,
  ): Promise<EvaluationSummaryRow[]>;
  writeEvaluation(write: EvaluationWrite, actor: Actor): Promise<WriteResult>;
  /** Replace the derived figures without a new version (after the scoring code changed). */
  refreshDerived(id: number, derived: Derived): Promise<void>;
  /** Rows of every kind whose derived figures were computed by other code than `rev`. */
  listStaleDerived(
    rev: string,
    limit: number,
  ): Promise<{ id: number; kind: EvaluationKind; data: unknown }[]>;
  listVersions(evaluationId: number): Promise<VersionRow[]>;
  getVersion(evaluationId: number, version: number): Promise<(VersionRow & { data: unknown }) | null>;

  listComments(evaluationId: number): Promise<CommentRow[]>;
  /**
   * The newest `limit` comments older than comment `before` (all when absent), oldest first; `next` is the `before`
   * of the page older than this one (null when there is none), `total` the count of all the evaluation's comments.
   */
  pageComments(
    evaluationId: number,
    page: { limit: number; before?: number },
  ): Promise<{ comments: CommentRow[]; next: number | null; total: number }>;
  addComment(
    input: Omit<CommentRow, 'id' | 'at' | 'author' | 'authorName'>,
    actor: Actor,
  ): Promise<CommentRow>;

  /** Append to the audit log on its own (logins, logouts, refused logins). */
  appendAudit(
    entry: { action: string; entity: string; entityId: string | null; detail?: Record<string, unknown> },
    actor: Actor,
  ): Promise<void>;
  listAudit(filter: { entity?: string; entityId?: string; limit?: number }): Promise<AuditRow[]>;

  /**
   * Add one hit to a counter in one atomic statement. A counter absent or past its `resetAt` starts again at 1 with
   * `resetAt` (and no block); with `extend` a running counter's `resetAt` moves to the given one too (a sliding
   * window: forgotten that long after the last hit). Times are ISO text.
   */
  hitCounter(key: string, at: { now: string; resetAt: string; extend?: boolean }): Promise<CounterRow>;
  /** Refuse the key until `until` (a later block set elsewhere is kept). */
  blockCounter(key: string, until: string): Promise<void>;
  /** The counter when it exists and is not past its `resetAt` at `now`. */
  getCounter(key: string, now: string): Promise<CounterRow | null>;
  deleteCounter(key: string): Promise<void>;
  /** Remove counters past their `resetAt`; returns how many. */
  deleteExpiredCounters(now: string): Promise<number>;
  /** Add one to the change counter `name` (after a write that caches of other instances must notice). */
  bumpChanges(name: string): Promise<void>;
  /** The change counter `name` (0 before any change). */
  readChanges(name: string): Promise<number>;
}
