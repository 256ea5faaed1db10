/** The contract of the evaluation routes: lists, records, versions, workflow transitions and comments. */
import { z } from 'zod';
import { EXPLANATION_MAX } from '../core/gate';
import { ACTION_LABEL, STATUS_LABEL, STATUSES, TRANSITION_ACTIONS } from '../core/labels';
import { Evaluation, EvaluationDraft, isProjectEvaluation, ProjectEvaluationDraft } from '../core/model';
import { safeText } from '../core/safe-text';
import { parseProjectDraft } from './_project-draft';
import { Role } from './accounts';

const named = (values: readonly string[], label: Record<string, string>) =>
  values.map((v) => `${v}（${label[v]}）`).join('、');
export const Status = z.enum(STATUSES, { error: `状态应为 ${named(STATUSES, STATUS_LABEL)} 之一` });
export const TransitionAction = z.enum(TRANSITION_ACTIONS, {
  error: `操作应为 ${named(TRANSITION_ACTIONS, ACTION_LABEL)} 之一`,
});
/** What a user may do to an evaluation now, as the server decides (the UI's buttons follow it). */
export const EvaluationAction = z.enum(['update', ...TRANSITION_ACTIONS, 'restore', 'comment']);

/** A department's explanation of an audit error, as kept with its submission and shown to the reviewer. */
export const SubmissionExplanation = z.object({
  code: z.string(),
  path: z.string().nullable(),
  /** The finding as it read when explained. */
  message: z.string(),
  text: z.string(),
});

/** The last submission: the version it made, when, by whom (display name; `byUsername` the account), its explanations. */
export const Submission = z.object({
  version: z.number().int(),
  at: z.string(),
  by: z.string(),
  byUsername: z.string(),
  explanations: z.array(SubmissionExplanation),
});

/** What a row holds: a department's 部门整体支出绩效自评 or one project's 项目支出绩效自评. */
export const EvaluationKind = z.enum(['department', 'project']);

export const EvaluationSummary = z.object({
  id: z.number().int(),
  kind: EvaluationKind,
  departmentId: z.number().int(),
  departmentName: z.string(),
  district: z.string().nullable(),
  year: z.number().int(),
  status: Status,
  version: z.number().int(),
  /** The score and grade computed when the document was written; null when it could not be scored. */
  total: z.number().nullable(),
  grade: z.string().nullable(),
  updatedAt: z.string(),
});

export const EvaluationRecord = EvaluationSummary.extend({
  kind: z.literal('department'),
  /** The document as saved: a draft may still have empty names and text typed into number fields (`drafts`). */
  data: EvaluationDraft,
  /** Who saved this version, by display name; `updatedByUsername` is the account. */
  updatedBy: z.string(),
  updatedByUsername: z.string(),
  allowedActions: z.array(EvaluationAction),
  /** The last submission and its explanations of audit errors; null before any. */
  submission: Submission.nullable(),
});

export const VersionEntry = z.object({
  version: z.number().int(),
  at: z.string(),
  /** The display name of who wrote the version; `byUsername` is the account. */
  by: z.string(),
  byUsername: z.string(),
  status: Status,
  summary: z.string(),
});

export const Comment = z.object({
  id: z.number().int(),
  /** The document path the comment is about; null for the evaluation as a whole. */
  path: z.string().nullable(),
  body: z.string(),
  /** The author's display name; `authorUsername` is the account. */
  author: z.string(),
  authorUsername: z.string(),
  role: Role,
  at: z.string(),
});

export const EvaluationListQuery = z.object({
  departmentId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  district: safeText('区').min(1).max(100).optional(),
  status: Status.optional(),
});

export const CreateEvaluationBody = z.object({
  departmentId: z.number().int().positive(),
  data: Evaluation,
});

/** A project self-evaluation's record: the same fields, its document a `jixiao/project-evaluation@1` draft. */
export const ProjectEvaluationRecord = EvaluationRecord.extend({
  kind: z.literal('project'),
  data: ProjectEvaluationDraft,
});

/** Either kind of record, as `GET /api/evaluations/:id` sends it (the row's `kind` tells which). */
export const AnyEvaluationRecord = z.discriminatedUnion('kind', [EvaluationRecord, ProjectEvaluationRecord]);

/**
 * A saved document of either kind, checked by its own draft schema, told apart by its schema id
 * (`jixiao/project-evaluation@1`; anything else is a department's): the messages stay each schema's own.
 */
export const AnyEvaluationDraft = z.unknown().transform((value, ctx) => {
  if (isProjectEvaluation(value)) return parseProjectDraft(value, ctx.issues) ?? z.NEVER;
  const parsed = EvaluationDraft.safeParse(value);
  if (parsed.success) return parsed.data as z.output<typeof EvaluationDraft | typeof ProjectEvaluationDraft>;
  for (const issue of parsed.error.issues) ctx.issues.push(issue as (typeof ctx.issues)[number]);
  return z.NEVER;
});

/** Saving a draft: its structure is checked strictly, its completeness is not (see `validateDraft`). */
export const UpdateEvaluationBody = z.object({
  version: z.number().int().positive({ error: '缺少版本号 version' }),
  data: AnyEvaluationDraft,
});

export const VersionParams = z.object({
  id: z.coerce.number().int().positive(),
  v: z.coerce.number().int().positive(),
});

/** An explanation the department writes for an audit error it submits with, matched by the finding's code and path. */
export const ExplanationInput = z.object({
  code: safeText('审核问题代码').min(1).max(100),
  path: safeText('字段路径').max(300).nullable(),
  text: safeText('说明').max(EXPLANATION_MAX, { error: `说明不能超过 ${EXPLANATION_MAX} 字` }),
});

export const TransitionBody = z.object({
  action: TransitionAction,
  /** The reason of a return or a reopening (required for them), a note otherwise. */
  comment: safeText('意见').max(5000, { error: '意见最多 5000 个字符' }).optional(),
  /** The version the department checked before submitting: a newer one on the server is a conflict (409). */
  version: z.number().int().positive().optional(),
  /** Explanations of audit errors, for a submission. */
  explanations: z.array(ExplanationInput).max(500).optional(),
});

/** One item of the submission checklist (`checkSubmission` in src/core/gate). */
export const GateItem = z.object({
  kind: z.enum(['validation', 'blank', 'required', 'score', 'audit']),
  code: z.string(),
  path: z.string().nullable(),
  message: z.string(),
  explainable: z.boolean(),
  explanation: z.string().optional(),
});

/** The checklist: what blocks, what was explained, what warns; a refused submission (422) carries it as `gate`. */
export const GateResult = z.object({
  ok: z.boolean(),
  blocking: z.array(GateItem),
  explained: z.array(GateItem),
  warnings: z.array(GateItem),
});

/** `POST /api/evaluations/:id/versions/:v/restore`: the version being replaced, checked like a save. */
export const RestoreBody = z.object({
  version: z.number().int().positive({ error: '缺少版本号 version' }),
});

/** One field changed by a version, named in Chinese (`绩效指标第 6 行「…」 · 实际完成值`). */
export const VersionChange = z.object({
  kind: z.enum(['changed', 'added', 'removed']),
  path: z.string(),
  label: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  /** The whole line: `label：before → after`, `新增 label`, `删除 label`. */
  text: z.string(),
});

export const CommentBody = z.object({
  path: safeText('字段路径').max(300).nullish(),
  body: safeText('意见').min(1, { error: '意见不能为空' }).max(5000, { error: '意见最多 5000 个字符' }),
});

/** What a saved draft still lacks before it can be submitted: a path into the document and a Chinese message. */
export const DraftProblem = z.object({ path: z.string(), message: z.string() });
/** `PUT /api/evaluations/:id`: the saved record and the problems the draft was saved with. */
export const SaveEvaluationResponse = z.object({
  evaluation: EvaluationRecord,
  problems: z.array(DraftProblem),
});

/** `PUT /api/evaluations/:id` of a project self-evaluation. */
export const SaveProjectEvaluationResponse = z.object({
  evaluation: ProjectEvaluationRecord,
  problems: z.array(DraftProblem),
});

/** `GET /api/evaluations`. */
export const EvaluationsResponse = z.object({ evaluations: z.array(EvaluationSummary) });
/** Reading, creating, saving, transitions and `GET …/versions/:v` (then `allowedActions` is empty). */
export const EvaluationResponse = z.object({ evaluation: EvaluationRecord });
/** Reading a row of either kind (`GET /api/evaluations/:id`, transitions, restore). */
export const AnyEvaluationResponse = z.object({ evaluation: AnyEvaluationRecord });
/** `GET /api/evaluations/:id/history`. */
export const HistoryResponse = z.object({ versions: z.array(VersionEntry) });
/** `GET /api/evaluations/:id/versions/:v/changes`: what the version changed against the one before it. */
export const VersionChangesResponse = z.object({
  version: VersionEntry,
  /** The version compared against; null for the first. */
  previous: z.number().int().nullable(),
  changes: z.array(VersionChange),
});
/** `GET /api/evaluations/:id/comments?limit=&before=`: a page of comments, the newest first asked for. */
export const CommentsQuery = z.object({
  limit: z.coerce
    .number({ error: '每页条数应为数字' })
    .int({ error: '每页条数应为整数' })
    .min(1, { error: '每页至少 1 条' })
    .max(500, { error: '每页最多 500 条' })
    .default(100),
  before: z.coerce
    .number({ error: '参数 before 应为意见编号（正整数）' })
    .int({ error: '参数 before 应为意见编号（正整数）' })
    .positive({ error: '参数 before 应为意见编号（正整数）' })
    .optional(),
});
/**
 * `GET /api/evaluations/:id/comments`: up to `limit` comments older than `before` (the newest when absent), oldest
 * first; `next` is the `before` that asks for the page older than this one (null: none older), `total` all of them.
 */
export const CommentsResponse = z.object({
  comments: z.array(Comment),
  next: z.number().int().nullable(),
  total: z.number().int(),
});
/** `POST /api/evaluations/:id/comments`. */
export const CommentResponse = z.object({ comment: Comment });
