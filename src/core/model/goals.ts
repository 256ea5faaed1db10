/**
 * The performance-goal declaration `jixiao/goals@1` (部门整体支出绩效目标申报表): one department's targets for one
 * year, declared with the budget. Built from the evaluation's parts as `jixiao/project-evaluation@1` is (one
 * definition for the complete and the draft schema): its indicator row is the evaluation's `Indicator` extended with
 * what a declaration adds (指标值类型, 评(扣)分标准, 数据来源, 佐证材料), its budget lines the evaluation's
 * `FundingLine`, so that a declared row and the year-end row of the same indicator are one shape.
 */
import { z } from 'zod';
import { checkDrafts, EVALUATION_PARTS, unknownKeys } from './evaluation';
import { GOALS_FIELDS } from './goals-fields';
import '../zod-locale';

export const GOALS_SCHEMA_ID = 'jixiao/goals@1';

const text = z.string().trim();
const optText = text.nullish();

/** 指标值类型: a figure to reach, or a state described in words and judged by its 评(扣)分标准. */
export const VALUE_TYPES = ['定量', '定性'] as const;

function defineGoalsSchemas(complete: boolean) {
  const parts = complete ? EVALUATION_PARTS.complete : EVALUATION_PARTS.draft;
  const obj = <S extends z.ZodRawShape>(shape: S) =>
    (complete ? z.object(shape) : z.strictObject(shape, { error: unknownKeys })) as unknown as z.ZodObject<S>;
  const required = (error: string) => (complete ? text.min(1, { error }) : text);
  const amt = parts.FinanceTotals.shape.budget;

  const GoalsDepartment = obj({
    /** Full official name, e.g. 广州市花都区人民政府新华街道办事处. */
    name: required('部门名称不能为空'),
    /** 区, e.g. 花都区. */
    district: optText,
    /** 部门类型 (街道, 镇, 局 …): whom the bureau compares it with; read from the name when empty. */
    kind: optText,
    /** 部门职能, one entry per numbered duty. */
    functions: z.array(text).default([]),
  });

  /** One row of the declared indicator table: the evaluation's indicator and what a declaration adds. */
  const DeclaredIndicator = parts.Indicator.extend({
    /** 指标值类型. */
    valueType: z.enum(VALUE_TYPES, { error: '指标值类型应为「定量」或「定性」' }).nullish(),
    /** 评(扣)分标准. */
    scoring: optText,
    /** 数据来源. */
    dataSource: optText,
    /** 佐证材料. */
    evidence: optText,
  });

  const GoalsBudget = obj({
    /** 预算数 in total, as the table states it. */
    total: amt,
    /** 预算数 by source of funds (一般公共预算财政拨款, 政府性基金 …): `initial` is the declared 预算数. */
    bySource: z.array(parts.FundingLine).default([]),
  });

  /** A budget line of kind 项目, declared with its own goal and indicators. */
  const GoalsProject = obj({
    name: required('项目名称不能为空'),
    /** 项目编码 in the budget system, when it has one. */
    code: optText,
    /** 预算数. */
    budget: amt,
    funding: z.array(parts.FundingLine).default([]),
    /** 项目绩效目标. */
    goal: optText,
    /** 项目负责人 (谁支出谁负责). */
    owner: optText,
    indicators: z.array(DeclaredIndicator).default([]),
  });

  const Goals = obj({
    schema: z.literal(GOALS_SCHEMA_ID).default(GOALS_SCHEMA_ID),
    department: GoalsDepartment,
    year: z
      .number({ error: '年度应为数字' })
      .int({ error: '年度应为整数' })
      .min(2000, { error: '年度应在 2000 至 2100 之间' })
      .max(2100, { error: '年度应在 2000 至 2100 之间' }),
    /** 年度总体目标. */
    goal: optText,
    budget: GoalsBudget.default({ bySource: [] }),
    /** The department's three-level indicator table. */
    indicators: z.array(DeclaredIndicator).default([]),
    projects: z.array(GoalsProject).default([]),
    /** 填报人 / 联系人. */
    contact: optText,
    /** Text typed into number fields that is not a valid number yet, by field path. */
    drafts: z.record(z.string(), z.string().max(1000, { error: '填写内容过长' })).optional(),
  }).superRefine(checkDrafts(GOALS_FIELDS));

  return { GoalsDepartment, DeclaredIndicator, GoalsBudget, GoalsProject, Goals };
}

const COMPLETE = defineGoalsSchemas(true);
const DRAFT = defineGoalsSchemas(false);

export const { GoalsDepartment, DeclaredIndicator, GoalsBudget, GoalsProject, Goals } = COMPLETE;
export const GoalsDraft = DRAFT.Goals;

export type Goals = z.infer<typeof Goals>;
export type GoalsInput = z.input<typeof Goals>;
export type DeclaredIndicator = z.infer<typeof DeclaredIndicator>;
export type GoalsProject = z.infer<typeof GoalsProject>;

/** Whether a parsed JSON value claims to be a performance-goal declaration (by its schema id). */
export function isGoals(value: unknown): boolean {
  return !!value && typeof value === 'object' && (value as { schema?: unknown }).schema === GOALS_SCHEMA_ID;
}
