/**
 * What differs between editing a department's self-evaluation and a project's, in one table: the schema of a saved
 * draft, the field registry, scoring, validation, audit, the submission gate, path names, sections and the form. The
 * editor takes all of these from the row's kind, so there is one editor for both.
 */
import type { ComponentType, Dispatch, SetStateAction } from 'react';
import type { Explanation, GateResult } from '../../../src/core/gate';
import {
  DEFAULT_PROJECT_RUBRIC,
  type Evaluation,
  EvaluationDraft,
  isProjectEvaluation,
  isProjectOwner,
  type ProjectEvaluation,
  ProjectEvaluationDraft,
} from '../../../src/core/model';
import { EVALUATION_FIELDS, type FieldRegistry, pathKeys } from '../../../src/core/model/fields';
import { PROJECT_FIELDS } from '../../../src/core/model/project-fields';
import { describePath, getIn, rowName } from '../../../src/core/paths';
import {
  type Rubric,
  type ScoreNode,
  type ScoreResult,
  scoreEvaluation,
  scoreProjectEvaluation,
} from '../../../src/core/rubric';
import { validateEvaluation } from '../../../src/core/validate';
import { validateProjectDraft } from '../../../src/core/validate-project';
import { findRubric } from '../../../src/rubrics';
import type { AnyEvaluationRecord, EvaluationKind, Role, Status } from '../api';
import { toUiFinding, type UiFinding } from '../lib/findings';
import { editPolicy } from '../lib/permissions';
import { ProjectForm } from '../projects/ProjectForm';
import { ProjectRollupCard } from '../projects/ProjectRollupCard';
import { EvaluationForm } from './EvaluationForm';

export type AnyDoc = Evaluation | ProjectEvaluation;
/** A record whose document is of type `D`. */
export type RecordOf<D extends AnyDoc> = Omit<AnyEvaluationRecord, 'data' | 'kind'> & {
  kind: EvaluationKind;
  data: D;
};

export interface FormProps<D extends AnyDoc> {
  doc: D;
  setDoc: Dispatch<SetStateAction<D>>;
  rubric: Rubric | null;
  scores: ReadonlyMap<string, ScoreNode>;
  /** Username recorded on a person's judgement of an indicator. */
  by: string;
}

type Parsed<D> = { success: true; data: D } | { success: false; error: { issues: readonly ZodIssue[] } };
type ZodIssue = { path: readonly PropertyKey[]; message: string };
type Gate<D> = (doc: D, explanations: readonly Explanation[]) => GateResult;
type Audit<D> = (doc: D, rubric: Rubric | null) => UiFinding[];

export interface DocKind<D extends AnyDoc> {
  kind: EvaluationKind;
  /** What the page calls the document: 自评, 项目自评. */
  noun: string;
  fields: FieldRegistry;
  /** A stored or sent document as a draft of this kind, with the schema's defaults. */
  parseDraft(data: unknown): Parsed<D>;
  rubricOf(doc: D): Rubric | null;
  score(doc: D, rubric: Rubric): ScoreResult;
  /** What the draft still lacks, each with its path (saved anyway, listed in 审核). */
  validate(doc: D): { path: string; message: string }[];
  /** The core audit of this kind, loaded on demand. */
  loadAudit(): Promise<Audit<D>>;
  /** The core submission gate of this kind, loaded when the checklist opens. */
  loadGate(): Promise<Gate<D>>;
  /** The Chinese name of a path of the document (`绩效指标第 2 行「…」 · 实际完成值`). */
  describe(path: string, doc: unknown): string;
  /** Who may edit what: the server's policy for this kind, mirrored. */
  policy(user: EditingUser, status: Status, doc: D): (path: string) => boolean;
  /** What decides the policy besides the user and status: re-computed only when it changes. */
  policyKey(doc: D): string;
  reportedTotal(doc: D): number | null | undefined;
  title(record: RecordOf<D>, doc: D): string;
  /** Where the back arrow goes. */
  backTo(record: RecordOf<D>, doc: D): string;
  /** The section anchors of the toolbar. */
  sections: ReadonlyArray<readonly [id: string, label: string]>;
  /** The labels of the two downloads. */
  reports: { docx: string; xlsx: string };
  Form: ComponentType<FormProps<D>>;
  /** Shown above the form (the department's card of its projects). */
  Above?: ComponentType<{ record: RecordOf<D>; doc: D }>;
}

/** Who is editing, as the policy reads them: a project's 项目负责人 may name them by username or display name. */
export interface EditingUser {
  role: Role;
  username: string;
  name?: string;
}

const indicatorOwners = (doc: AnyDoc) => doc.indicators.map((i) => i.owner ?? '').join('\u0001');
const auditModule = () => import('../../../src/core/audit');

export const DEPARTMENT_KIND: DocKind<Evaluation> = {
  kind: 'department',
  noun: '自评',
  fields: EVALUATION_FIELDS,
  parseDraft: (data) => EvaluationDraft.safeParse(data) as Parsed<Evaluation>,
  rubricOf: (doc) => findRubric(doc.rubric),
  score: (doc, rubric) => scoreEvaluation(doc, rubric),
  validate: (doc) => validateEvaluation(doc, findRubric).issues,
  loadAudit: () =>
    auditModule().then(
      (m) => (doc, rubric) =>
        m.auditEvaluation(doc, rubric).map((f) => ({ ...toUiFinding(f), message: m.renderFinding(f) })),
    ),
  loadGate: () =>
    import('../../../src/core/gate').then(
      (g) => (doc, explanations) => g.checkSubmission(doc, findRubric, explanations),
    ),
  describe: describePath,
  policy: (user, status, doc) => editPolicy(user, status, doc),
  policyKey: indicatorOwners,
  reportedTotal: (doc) => doc.reported.total,
  title: (record, doc) => `${record.departmentName} · ${doc.year} 年度`,
  backTo: () => '/',
  sections: [
    ['sec-basic', '基本情况'],
    ['sec-finance', '收支'],
    ['sec-indicators', '绩效指标'],
    ['sec-management', '管理效率'],
    ['sec-projects', '项目'],
    ['sec-conclusion', '结论'],
    ['sec-reported', '报告所列得分'],
  ],
  reports: { docx: '报告', xlsx: '自评表' },
  Form: EvaluationForm,
  Above: ProjectRollupCard,
};

/**
 * A path of a project self-evaluation in Chinese: the registry's label, each row named by what it holds.
 * @example describeProjectPath('indicators[1].actual', doc) // '绩效指标第 2 行「培训人次」 实际完成值'
 */
export function describeProjectPath(path: string, doc: unknown): string {
  if (!path || path === '(根)') return '整份项目自评';
  const keys = pathKeys(path);
  let label = PROJECT_FIELDS.fieldLabel(path);
  let from = 0;
  keys.forEach((k, i) => {
    if (typeof k !== 'number') return;
    const row = `第 ${k + 1} 行`;
    const at = label.indexOf(row, from);
    if (at < 0) return;
    const name = rowName(getIn(doc, keys.slice(0, i + 1)));
    const named = name ? `${row}「${name}」` : row;
    label = label.slice(0, at) + named + label.slice(at + row.length);
    from = at + named.length;
  });
  return label;
}

const projectRubric = (doc: ProjectEvaluation) => findRubric(doc.rubric || DEFAULT_PROJECT_RUBRIC);

export const PROJECT_KIND: DocKind<ProjectEvaluation> = {
  kind: 'project',
  noun: '项目自评',
  fields: PROJECT_FIELDS,
  parseDraft: (data) => ProjectEvaluationDraft.safeParse(data) as Parsed<ProjectEvaluation>,
  rubricOf: projectRubric,
  score: (doc, rubric) => scoreProjectEvaluation(doc, rubric),
  validate: (doc) => {
    const r = validateProjectDraft(doc, findRubric);
    return r.success ? r.problems : r.issues;
  },
  loadAudit: () =>
    Promise.all([auditModule(), import('../../../src/core/audit/project')]).then(
      ([m, p]) =>
        (doc, rubric) =>
          p
            .auditProjectEvaluation(doc, rubric)
            .map((f) => ({ ...toUiFinding(f), message: m.renderFinding(f) })),
    ),
  // The project gate is the core's, as the server runs it.
  loadGate: () =>
    import('../../../src/core/gate-project').then(
      (g) => (doc, explanations) => g.checkProjectSubmission(doc, findRubric, explanations),
    ),
  describe: describeProjectPath,
  policy: (user, status, doc) => {
    const base = editPolicy(user, status, doc);
    // The project's owner (谁支出谁负责) edits all of it but who owns it, as the server allows.
    if (user.role !== 'staff' || !isProjectOwner(doc.project.owner, user)) return base;
    const unlocked = editPolicy({ role: 'editor', username: user.username }, status, doc);
    return (path) => path !== 'project.owner' && unlocked(path);
  },
  policyKey: (doc) => `${doc.project.owner ?? ''}\u0002${indicatorOwners(doc)}`,
  reportedTotal: (doc) => doc.reported.total,
  title: (_record, doc) => `${doc.project.name || '（未命名项目）'} · ${doc.year} 年度`,
  backTo: (record, doc) => `/departments/${record.departmentId}/projects?year=${doc.year}`,
  sections: [
    ['sec-project', '基本信息'],
    ['sec-project-finance', '项目资金'],
    ['sec-project-goal', '总体目标'],
    ['sec-indicators', '绩效指标'],
    ['sec-project-conclusion', '自评结论'],
    ['sec-project-reported', '表中所列得分'],
  ],
  reports: { docx: '自评表（Word）', xlsx: '自评表（Excel）' },
  Form: ProjectForm,
};

/** The kind of a loaded row, by the row's `kind` (or, failing that, the document's schema id). */
export function kindOf(record: AnyEvaluationRecord): AnyKind {
  return record.kind === 'project' || isProjectEvaluation(record.data) ? PROJECT_KIND : DEPARTMENT_KIND;
}

/** Either kind, for the parts of the editor that only read what both have. */
export type AnyKind = DocKind<Evaluation> | DocKind<ProjectEvaluation>;
