/**
 * The project self-evaluation `jixiao/project-evaluation@1`: one budget project, one fiscal year, as the national
 * 项目支出绩效自评表 holds it (财预〔2020〕10号). Its indicator rows, funding lines and number schemas are the
 * departmental evaluation's own (one definition), and its paths line up with the evaluation's where the two mean the
 * same thing (`finance.budget`, `finance.executed`, `indicators[3].actual`), so the rubric engine, the audit's
 * field labels and the editor read both alike. `ProjectEvaluationDraft` is what may be saved while still writing.
 */
import { z } from 'zod';
import { checkDrafts, EVALUATION_PARTS, unknownKeys } from './evaluation';
import { PROJECT_FIELDS } from './project-fields';
import { Percent, Points } from './scalars';
import '../zod-locale';

export const PROJECT_EVALUATION_SCHEMA_ID = 'jixiao/project-evaluation@1';
/** The rubric a new project self-evaluation is scored on unless told otherwise. */
export const DEFAULT_PROJECT_RUBRIC = 'national-project-2020';

const text = z.string().trim();
const optText = text.nullish();

function defineProjectSchemas(complete: boolean) {
  const parts = complete ? EVALUATION_PARTS.complete : EVALUATION_PARTS.draft;
  const obj = <S extends z.ZodRawShape>(shape: S) =>
    (complete ? z.object(shape) : z.strictObject(shape, { error: unknownKeys })) as unknown as z.ZodObject<S>;
  const required = (error: string) => (complete ? text.min(1, { error }) : text);
  const amt = parts.FinanceTotals.shape.budget;

  const ProjectInfo = obj({
    /** 项目名称. */
    name: required('项目名称不能为空'),
    /** 项目编码 in the budget system, when it has one: the key of an imported list. */
    code: optText,
    /** 主管部门. */
    department: optText,
    /** 实施单位. */
    implementer: optText,
    /** 项目类别 (e.g. 一般性项目, 专项资金, 民生类). */
    category: optText,
    /** 项目负责人: who owns the project (谁支出谁负责). */
    owner: optText,
  });

  const ProjectFinance = obj({
    /** 年初预算数. */
    initialBudget: amt,
    /** 全年预算数. */
    budget: amt,
    /** 全年执行数. */
    executed: amt,
    /** 执行率 (%) as stated, used when the amounts are not given. */
    executionRate: Percent.nullish(),
    /** The same by source of funds (财政拨款, 其他资金 …); they should add up to the totals. */
    bySource: z.array(parts.FundingLine).default([]),
  });

  const Goal = obj({
    /** 预期目标. */
    expected: optText,
    /** 实际完成情况. */
    actual: optText,
  });

  const ProjectReported = obj({
    /** 总分 as the table states it. */
    total: Points.nullish(),
    grade: z.enum(['优', '良', '中', '差']).nullish(),
    /** 执行率 and its 得分 as stated. */
    executionRate: Percent.nullish(),
    /** Scores the table states, by rubric node name (预算执行率, 产出指标 …). */
    scores: z.record(z.string(), Points).default({}),
  });

  const ProjectEvaluation = obj({
    schema: z.literal(PROJECT_EVALUATION_SCHEMA_ID).default(PROJECT_EVALUATION_SCHEMA_ID),
    year: z
      .number({ error: '年度应为数字' })
      .int({ error: '年度应为整数' })
      .min(2000, { error: '年度应在 2000 至 2100 之间' })
      .max(2100, { error: '年度应在 2000 至 2100 之间' }),
    rubric: required('评分标准不能为空').default(DEFAULT_PROJECT_RUBRIC),
    project: ProjectInfo,
    finance: ProjectFinance.default({ bySource: [] }),
    goal: Goal.default({}),
    /** The three-level indicator table, each row with its 分值 as the unit sets it. */
    indicators: z.array(parts.Indicator).default([]),
    /** 自评结论 or notes. */
    conclusion: optText,
    reported: ProjectReported.default({ scores: {} }),
    /** Text typed into number fields that is not a valid number yet, by field path. */
    drafts: z.record(z.string(), z.string().max(1000, { error: '填写内容过长' })).optional(),
  }).superRefine(checkDrafts(PROJECT_FIELDS));

  return { ProjectInfo, ProjectFinance, Goal, ProjectReported, ProjectEvaluation };
}

const COMPLETE = defineProjectSchemas(true);
const DRAFT = defineProjectSchemas(false);

export const { ProjectInfo, ProjectFinance, ProjectReported, ProjectEvaluation } = COMPLETE;
export const ProjectEvaluationDraft = DRAFT.ProjectEvaluation;

export type ProjectEvaluation = z.infer<typeof ProjectEvaluation>;
export type ProjectEvaluationInput = z.input<typeof ProjectEvaluation>;
export type ProjectFinance = z.infer<typeof ProjectFinance>;
export type ProjectInfo = z.infer<typeof ProjectInfo>;

/**
 * Whether `owner` (a project's 项目负责人 as typed or imported: lists name people, not accounts) is this person: their
 * username or display name. The server's staff limits and the editor's rights both ask this.
 * @example isProjectOwner('李明', { username: 'li', name: '李明' }) // true
 */
export function isProjectOwner(
  owner: unknown,
  who: { username: string; name?: string | null | undefined },
): boolean {
  if (typeof owner !== 'string') return false;
  const o = owner.trim();
  return o !== '' && (o === who.username || o === who.name?.trim());
}

/** Whether a parsed JSON value claims to be a project self-evaluation (by its schema id). */
export function isProjectEvaluation(value: unknown): boolean {
  return (
    !!value &&
    typeof value === 'object' &&
    (value as { schema?: unknown }).schema === PROJECT_EVALUATION_SCHEMA_ID
  );
}
