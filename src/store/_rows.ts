/** Mapping database rows to the store's row types (JSON text parsed, integers to booleans). */
import type { Selectable } from 'kysely';
import type { AuditLogTable, CommentsTable, EvaluationsTable, UsersTable } from './schema';
import type {
  AuditRow,
  CommentRow,
  Derived,
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
    createdAt: r.created_at,
  };
}

export function toUserWithHash(r: Selectable<UsersTable>): UserWithHash {
  return { ...toUser(r), passwordHash: r.password_hash };
}

type EvaluationJoin = Omit<Selectable<EvaluationsTable>, 'created_at'> & {
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

export function toEvaluation(r: EvaluationJoin & { data: string }): EvaluationRow {
  return { ...toSummary(r), data: JSON.parse(r.data) };
}

export function toComment(r: Selectable<CommentsTable>): CommentRow {
  return {
    id: r.id,
    evaluationId: r.evaluation_id,
    path: r.path,
    body: r.body,
    author: r.author,
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
