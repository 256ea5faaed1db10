/** The evaluation document `jixiao/evaluation@1`: one department, one fiscal year, everything the report holds. */
import { z } from 'zod';
import { isFenPrecise, MAX_WAN } from '../money';

export const EVALUATION_SCHEMA_ID = 'jixiao/evaluation@1';

const text = z.string().trim();
const optText = text.nullish();

/** An amount in 万元: non-negative, at most 1 亿万元, no finer than 分 (6 decimals). */
export const Amount = z
  .number({ error: '应为数字（万元）' })
  .finite()
  .min(0, { error: '金额不能为负数' })
  .max(MAX_WAN, { error: `金额超过 ${MAX_WAN} 万元，不合常理` })
  .refine(isFenPrecise, { error: '金额精度不能超过分（万元最多 6 位小数）' });

/** A signed amount in 万元 (a change, a difference). */
export const SignedAmount = z
  .number({ error: '应为数字（万元）' })
  .finite()
  .min(-MAX_WAN, { error: `金额超过 ${MAX_WAN} 万元，不合常理` })
  .max(MAX_WAN, { error: `金额超过 ${MAX_WAN} 万元，不合常理` })
  .refine(isFenPrecise, { error: '金额精度不能超过分（万元最多 6 位小数）' });

/** A percentage as written (99.56 means 99.56%); bounded to catch a ratio typed as percent or worse. */
export const Percent = z
  .number({ error: '应为数字（百分比）' })
  .finite()
  .min(-1000, { error: '百分比不合常理' })
  .max(1000, { error: '百分比不合常理' });

/** Points on a rubric: 0 to 100. */
export const Points = z
  .number({ error: '应为数字（分）' })
  .finite()
  .min(0, { error: '分数不能为负数' })
  .max(100, { error: '分数不能超过 100 分' });

const amt = Amount.nullish();

export const Department = z.object({
  /** Full official name, e.g. 广州市海珠区人民政府南洲街道办事处. */
  name: text.min(1, { error: '部门名称不能为空' }),
  /** 区, e.g. 海珠区. */
  district: optText,
  /** 部门职能, one entry per numbered duty. */
  functions: z.array(text).default([]),
  /** 内设机构. */
  units: z.array(text).default([]),
  /** 所属下级预算单位数量. */
  subordinateUnits: z.number().int().min(0).nullish(),
});

export const KeyTask = z.object({
  title: text.min(1, { error: '任务名称不能为空' }),
  goal: optText,
  description: optText,
});

/** One line of an income or expenditure table: 年初预算数 / 全年预算数 / 决算数(执行数). */
export const FinanceLine = z.object({
  name: text.min(1, { error: '科目名称不能为空' }),
  initial: amt,
  budget: amt,
  actual: amt,
  lastYear: amt,
});

/** Stated totals of a table, kept apart from its lines so that the two can be checked against each other. */
export const FinanceTotals = z.object({ initial: amt, budget: amt, actual: amt });

/** A stated comparison: "支出 27.90 万元，比年初预算数减少 0.64 万元，下降 2.24%". */
export const Comparison = z.object({
  subject: text.min(1),
  /** What it is compared with: 上年 (last year) or 年初预算 (initial budget). */
  base: z.enum(['上年', '年初预算', '全年预算']).default('上年'),
  current: amt,
  baseValue: amt,
  change: SignedAmount.nullish(),
  changePct: Percent.nullish(),
});

export const Finance = z.object({
  /** 年初预算数, total. */
  initialBudget: amt,
  /** 全年预算数 (调整后预算), total. */
  budget: amt,
  /** 执行数 / 决算数, total. */
  executed: amt,
  /** 预算执行率 (%) when it is given as an input rather than derived from amounts (e.g. 区财政测算的年度平均执行率). */
  executionRate: Percent.nullish(),
  /** 收入 lines and their stated totals. */
  income: z.array(FinanceLine).default([]),
  incomeTotal: FinanceTotals.nullish(),
  /** 支出 lines by nature (基本支出, 项目支出, 上缴上级支出 …) and their stated totals. */
  expenditure: z.array(FinanceLine).default([]),
  expenditureTotal: FinanceTotals.nullish(),
  /** 支出 lines by source of funds (一般公共预算财政拨款, 政府性基金 …). */
  expenditureBySource: z.array(FinanceLine).default([]),
  /** 基本支出 / 项目支出 executed, when stated outside a table. */
  basic: amt,
  project: amt,
  /** 年末结转结余. */
  carryover: amt,
  /** 结转结余率 (%) as stated when the amount is not. */
  carryoverRate: Percent.nullish(),
  /** “三公”经费. */
  threePublic: z.object({ budget: amt, actual: amt }).nullish(),
  /** 公用经费. */
  publicFunds: z.object({ budget: amt, actual: amt }).nullish(),
  /** 固定资产利用率 (%). */
  fixedAssetUtilization: Percent.nullish(),
  /** Last year's totals, for year-over-year. */
  lastYear: z.object({ income: amt, budget: amt, executed: amt }).nullish(),
  /** Comparisons the document states (year over year, against the initial budget). */
  comparisons: z.array(Comparison).default([]),
});

export const JudgementResult = z.enum(['met', 'partly_met', 'not_met']);

/** A person's judgement of an indicator or item; a reason is required whenever points are lost. */
export const Judgement = z
  .object({
    result: JudgementResult.nullish(),
    /** Points given outright. */
    score: Points.nullish(),
    /** Points taken off the indicator's share. */
    deduction: Points.nullish(),
    reason: optText,
    by: optText,
  })
  .refine(
    (j) => !((j.deduction ?? 0) > 0 || j.result === 'not_met' || j.result === 'partly_met') || !!j.reason,
    {
      error: '扣分或未完成时必须说明理由',
      path: ['reason'],
    },
  );

export const Indicator = z.object({
  id: optText,
  /** 一级指标: 产出指标 / 效益指标 / 满意度指标 / 成本指标. */
  level1: optText,
  /** 二级指标: 数量指标, 质量指标, 时效指标, 成本指标, 社会效益指标 … */
  level2: optText,
  /** 三级指标 name. */
  name: text.min(1, { error: '指标名称不能为空' }),
  /** 年度目标值 as written: `≥95%`, `5个`, `进一步提升`. */
  target: optText,
  /** 年初目标值 and 调整后目标值 when the target was changed during the year. */
  initialTarget: optText,
  adjustedTarget: optText,
  /** 年中 (mid-year monitoring) value. */
  midYear: optText,
  /** 实际完成值 as written. */
  actual: optText,
  unit: optText,
  /** 完成情况 as the document reports it: 已完成 / 未完成 / 部分完成. */
  status: optText,
  /** 完成率 / 指标完成率 as the document states it: `105.26%`. */
  completion: optText,
  /** 分值 and 得分 when the table gives them. */
  points: Points.nullish(),
  reportedScore: Points.nullish(),
  /** 偏差原因分析及改进措施. */
  deviationReason: optText,
  /** Who owns the indicator (谁支出谁负责). */
  owner: optText,
  judgement: Judgement.nullish(),
});

export const Deduction = z.object({ points: Points, reason: text.min(1, { error: '扣分理由不能为空' }) });

/** One 管理效率 item, keyed by its rubric item name (e.g. 结转结余率). */
export const ManagementItem = z.object({
  item: text.min(1, { error: '评价项目不能为空' }),
  /** 实际完成值: the evidence text. */
  evidence: optText,
  /** A measured value the item is scored on (a rate in %), when the item is a threshold. */
  value: Percent.nullish(),
  /** Points awarded by a person (judgement items), or as the document reports them. */
  score: Points.nullish(),
  deductions: z.array(Deduction).default([]),
  reason: optText,
  owner: optText,
});

export const FundingLine = z.object({
  source: text.min(1, { error: '资金来源不能为空' }),
  initial: amt,
  budget: amt,
  executed: amt,
});

export const Project = z.object({
  name: text.min(1, { error: '项目名称不能为空' }),
  /** Totals as stated (合计); the funding lines should add up to them. */
  budget: amt,
  executed: amt,
  executionRate: Percent.nullish(),
  funding: z.array(FundingLine).default([]),
  goal: optText,
  indicators: z.array(Indicator).default([]),
  /** The project's own self-evaluation score as stated. */
  score: Points.nullish(),
  summary: optText,
});

export const Reported = z.object({
  /** 自评得分 as the document states it. */
  total: Points.nullish(),
  /** 评价等级 as stated: 优 / 良 / 中 / 差. */
  grade: z.enum(['优', '良', '中', '差']).nullish(),
  /** 预算执行率 (%) as stated. */
  executionRate: Percent.nullish(),
  /** Scores the document states, keyed by rubric node name in Chinese (总分, 履职效能, 产出指标, 结转结余率 …). */
  scores: z.record(z.string(), Points).default({}),
  /** Announced counts, e.g. 共设置三级绩效指标 21 个. */
  indicatorCount: z.number().int().min(0).nullish(),
  /** Deductions the document names: "严重精神障碍患者… 不达90%，扣1分". */
  deductions: z.array(z.object({ item: text.min(1), points: Points, reason: optText })).default([]),
  /** Narrative figures, e.g. an execution rate rounded in prose ("为96%"). */
  narrativeExecutionRate: Percent.nullish(),
  projectSelfEvaluations: z.number().int().min(0).nullish(),
});

export const Evaluation = z.object({
  schema: z.literal(EVALUATION_SCHEMA_ID).default(EVALUATION_SCHEMA_ID),
  department: Department,
  year: z
    .number({ error: '年度应为数字' })
    .int({ error: '年度应为整数' })
    .min(2000, { error: '年度应在 2000 至 2100 之间' })
    .max(2100, { error: '年度应在 2000 至 2100 之间' }),
  /** Rubric id, e.g. gz-dept-2023. */
  rubric: text.min(1, { error: '评分标准不能为空' }),
  title: optText,
  /** 年度总体工作 text. */
  overview: optText,
  tasks: z.array(KeyTask).default([]),
  /** 部门整体支出绩效目标 text. */
  goal: optText,
  /** 部门整体绩效管理情况 text. */
  managementSummary: optText,
  finance: Finance.default({
    income: [],
    expenditure: [],
    expenditureBySource: [],
    comparisons: [],
  }),
  indicators: z.array(Indicator).default([]),
  management: z.array(ManagementItem).default([]),
  projects: z.array(Project).default([]),
  /** 自评结论 narrative. */
  conclusion: optText,
  problems: z.array(text.min(1)).default([]),
  improvements: z.array(text.min(1)).default([]),
  reported: Reported.default({ scores: {}, deductions: [] }),
  /** Provenance of an extracted document: what could not be read and where. */
  extraction: z
    .object({
      source: optText,
      warnings: z.array(
        z.object({
          code: text,
          message: text,
          line: z.number().int().nullish(),
          page: z.number().int().nullish(),
        }),
      ),
    })
    .nullish(),
});

export type Evaluation = z.infer<typeof Evaluation>;
export type EvaluationInput = z.input<typeof Evaluation>;
export type Indicator = z.infer<typeof Indicator>;
export type ManagementItem = z.infer<typeof ManagementItem>;
export type Project = z.infer<typeof Project>;
export type Finance = z.infer<typeof Finance>;
export type FinanceLine = z.infer<typeof FinanceLine>;
export type FundingLine = z.infer<typeof FundingLine>;
export type Judgement = z.infer<typeof Judgement>;
export type Reported = z.infer<typeof Reported>;
