/** Mapping database rows to the store's row types (JSON text parsed, integers to booleans). */
import type { Selectable } from 'kysely';
import type { AuditLogTable, CommentsTable, DepartmentsTable, EvaluationsTable, UsersTable } from './schema';
import type {
  AuditRow,
  CommentRow,
  DepartmentRow,
  Derived,
  EvaluationKind,
  EvaluationRow,
  EvaluationStatus,
  EvaluationSummaryRow,
  Role,
  UserRow,
  UserWithHash,
} from './types';

export function toUser(r: Selectable<UsersTable>): UserRow {
  return {
    id: r.id,
    username: r.username,
    name: r.name,
    role: r.role as Role,
    departmentId: r.department_id,
    district: r.district,
    active: Number(r.active) === 1,
    mustChangePassword: Number(r.must_change_password) === 1,
    createdAt: r.created_at,
  };
}

export function toDepartment(
  r: Pick<Selectable<DepartmentsTable>, 'id' | 'name' | 'district' | 'active'>,
): DepartmentRow {
  return { id: r.id, name: r.name, district: r.district, active: Number(r.active) === 1 };
}

export function toUserWithHash(r: Selectable<UsersTable>): UserWithHash {
  return { ...toUser(r), passwordHash: r.password_hash };
}

type EvaluationJoin = Omit<Selectable<EvaluationsTable>, 'created_at' | 'submission'> & {
  department_name: string;
  district: string | null;
};

export function toDerived(r: EvaluationJoin): Derived {
  return {
    total: r.total === null ? null : Number(r.total),
    grade: r.grade,
    executionRate: r.execution_rate === null ? null : Number(r.execution_rate),
    findingsError: r.findings_error,
    findingsWarning: r.findings_warning,
    details: JSON.parse(r.details),
    rev: r.derived_rev,
  };
}

export function toSummary(r: EvaluationJoin): EvaluationSummaryRow {
  return {
    id: r.id,
    kind: r.kind as EvaluationKind,
    subject: r.subject,
    departmentId: r.department_id,
    departmentName: r.department_name,
    district: r.district,
    year: r.year,
    status: r.status as EvaluationStatus,
    version: r.version,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    derived: toDerived(r),
  };
}

/** The stored JSON text of a row's document, for rows whose `data` has not been replaced since they were read. */
const storedText = new WeakMap<object, string | Buffer>();

/**
 * The document of an evaluation as the JSON text it was stored as (`JSON.stringify` of the document validated at the
 * write; as its UTF-8 bytes from SQLite), or undefined for a row not read from the store or whose `data` was assigned
 * since: a response can send the text as it is instead of parsing it into `data` and serializing it again.
 */
export function storedJson(row: Pick<EvaluationRow, 'data'>): string | Buffer | undefined {
  return storedText.get(row);
}

export function toEvaluation(
  r: EvaluationJoin & { data: string | Buffer; updated_by_name: string | null; submission: string | null },
): EvaluationRow {
  const row = {
    ...toSummary(r),
    updatedByName: r.updated_by_name ?? r.updated_by,
    data: undefined as unknown,
    submission: r.submission === null ? null : JSON.parse(r.submission),
  };
  // The document is parsed when something reads `data`; a read sent as stored JSON never does.
  const text = r.data;
  let parsed: { value: unknown } | null = null;
  Object.defineProperty(row, 'data', {
    enumerable: true,
    configurable: true,
    get: () => {
      parsed ??= { value: JSON.parse(typeof text === 'string' ? text : text.toString('utf8')) };
      return parsed.value;
    },
    set: (value: unknown) => {
      parsed = { value };
      storedText.delete(row);
    },
  });
  storedText.set(row, text);
  return row;
}

/** A comment row with its author's display name (null when no account has that username). */
export function toComment(r: Selectable<CommentsTable> & { author_name: string | null }): CommentRow {
  return {
    id: r.id,
    evaluationId: r.evaluation_id,
    path: r.path,
    body: r.body,
    author: r.author,
    authorName: r.author_name ?? r.author,
    role: r.role as Role,
    at: r.at,
  };
}

export function toAudit(r: Selectable<AuditLogTable>): AuditRow {
  return {
    id: r.id,
    at: r.at,
    userId: r.user_id,
    username: r.username,
    name: r.name ?? r.username,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail: JSON.parse(r.detail),
    ip: r.ip,
  };
}

export function derivedColumns(d: Derived) {
  return {
    total: d.total,
    grade: d.grade,
    execution_rate: d.executionRate,
    findings_error: d.findingsError,
    findings_warning: d.findingsWarning,
    details: JSON.stringify(d.details),
    derived_rev: d.rev,
  };
}

/** True when a database error is a unique-constraint violation, on either database. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  return (
    err?.code === '23505' ||
    err?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    /UNIQUE constraint/.test(err?.message ?? '')
  );
}
