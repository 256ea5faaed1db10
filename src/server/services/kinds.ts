/**
 * What differs between a department's self-evaluation and a project's, in one place: every route that reads, saves,
 * submits, diffs or restores a row takes these by the row's `kind`, never by what a request claims.
 */
import { checkSubmission, type Explanation, type GateResult } from '../../core/gate';
import { checkProjectSubmission } from '../../core/gate-project';
import {
  EvaluationDraft,
  Evaluation as EvaluationSchema,
  isProjectEvaluation,
  ProjectEvaluationDraft,
  ProjectEvaluation as ProjectSchema,
} from '../../core/model';
import { keysPath, pathKeys } from '../../core/model/fields';
import { nameKey } from '../../core/text';
import { validateEvaluation } from '../../core/validate';
import { validateProjectEvaluation } from '../../core/validate-project';
import { findRubric } from '../../rubrics';
import type { Derived, EvaluationKind } from '../../store';
import {
  type ChangeDescriber,
  describeEvaluationChange,
  describeProjectChange,
  summarizeChange,
} from './change-summary';
import { deriveEvaluation, deriveProjectEvaluation } from './derive';
import { findProjectStaffViolation, findStaffViolation, type StaffIdentity } from './staff-edit';

export interface DraftProblem {
  path: string;
  message: string;
}

type Parsed = { success: true; data: unknown } | { success: false; error: { issues: { message: string }[] } };

export interface DocumentKind {
  kind: EvaluationKind;
  /** What a message calls one: 自评, 项目自评. */
  noun: string;
  /** Whether a document (a request's) is of this kind, by its schema id. */
  owns(data: unknown): boolean;
  /** A stored or sent document as a draft of this kind (structure checked strictly, completeness not). */
  parseDraft(data: unknown): Parsed;
  /** A stored document as complete enough to read (the complete schema reads older and draft files alike). */
  parseStored(data: unknown): Parsed;
  /** What a saved draft still lacks before it can be submitted, each path in one spelling (`indicators[5].name`). */
  problems(data: unknown): DraftProblem[];
  derive(data: unknown, rev: string): Derived;
  gate(data: unknown, explanations: readonly Explanation[]): GateResult;
  describeChange: ChangeDescriber;
  summarize(before: unknown, after: unknown): string;
  /** The first change a staff member may not make, or null. */
  staffViolation(before: unknown, after: unknown, who: StaffIdentity): string | null;
  /** The row's key in its department and year. */
  subject(data: unknown): string;
}

const onePath = (issues: { path: string; message: string }[]): DraftProblem[] =>
  issues.map((i) => ({ path: i.path === '(根)' ? i.path : keysPath(pathKeys(i.path)), message: i.message }));

const DEPARTMENT: DocumentKind = {
  kind: 'department',
  noun: '自评',
  owns: (data) => !isProjectEvaluation(data),
  parseDraft: (data) => EvaluationDraft.safeParse(data),
  parseStored: (data) => EvaluationSchema.safeParse(data),
  problems: (data) => onePath(validateEvaluation(data, findRubric).issues),
  derive: (data, rev) => deriveEvaluation(data as EvaluationSchema, rev),
  gate: (data, explanations) => checkSubmission(data, findRubric, explanations),
  describeChange: describeEvaluationChange,
  summarize: (before, after) => summarizeChange(before, after, describeEvaluationChange),
  staffViolation: (before, after, who) => findStaffViolation(before, after as EvaluationSchema, who.username),
  subject: () => '',
};

/**
 * A project's key: its 项目编码 when it has one, else its name normalised (`nameKey`), so that a list imported again
 * finds the projects it made.
 * @example projectSubject({ project: { name: '长者 长寿保健金项目' } }) // '长者长寿保健金项目'
 */
export function projectSubject(data: unknown): string {
  const p = ((data ?? {}) as { project?: { code?: unknown; name?: unknown } }).project ?? {};
  const code = typeof p.code === 'string' ? p.code.trim() : '';
  return code || nameKey(typeof p.name === 'string' ? p.name : '');
}

const PROJECT: DocumentKind = {
  kind: 'project',
  noun: '项目自评',
  owns: isProjectEvaluation,
  parseDraft: (data) => ProjectEvaluationDraft.safeParse(data),
  // A project saved as a draft (an imported list's, its name still empty) still reads, scores and prints.
  parseStored: (data) => {
    const complete = ProjectSchema.safeParse(data);
    return complete.success ? complete : ProjectEvaluationDraft.safeParse(data);
  },
  problems: (data) => onePath(validateProjectEvaluation(data, findRubric).issues),
  derive: (data, rev) => deriveProjectEvaluation(data as ProjectSchema, rev),
  gate: (data, explanations) => checkProjectSubmission(data, findRubric, explanations),
  describeChange: describeProjectChange,
  summarize: (before, after) => summarizeChange(before, after, describeProjectChange),
  staffViolation: findProjectStaffViolation,
  subject: projectSubject,
};

const KINDS: Record<EvaluationKind, DocumentKind> = { department: DEPARTMENT, project: PROJECT };

/** The rules of a row's kind. */
export const documentKind = (kind: EvaluationKind): DocumentKind => KINDS[kind];
