/**
 * The mid-year monitoring record `jixiao/monitoring@1` (年中运行监控, 双监控 of 财预〔2019〕136号): one department's
 * budget execution and indicator progress as of one date of the year (usually 6月30日 or 9月30日). Its funding lines,
 * indicator rows and number schemas are the evaluation's own (one definition), and its totals sit at the evaluation's
 * paths (`finance.budget`, `finance.executed`), here the year's budget and what was executed by `asOf`.
 * `MonitoringDraft` is what may be saved while still writing.
 */
import { z } from 'zod';
import { checkDrafts, EVALUATION_PARTS, unknownKeys } from './evaluation';
import { MONITORING_FIELDS } from './monitoring-fields';
import { Percent } from './scalars';
import '../zod-locale';

export const MONITORING_SCHEMA_ID = 'jixiao/monitoring@1';
/** The warning rules a new record is checked on unless told otherwise (`src/rubrics/monitoring/guangzhou.json`). */
export const DEFAULT_MONITORING_RULES = 'gz-monitoring';

/** What a budget line is: 基本支出, 项目支出 as a whole, or one project (part of 项目支出). */
export const BUDGET_LINE_KINDS = ['basic', 'projects', 'project'] as const;
export type BudgetLineKind = (typeof BUDGET_LINE_KINDS)[number];

const text = z.string().trim();
const optText = text.nullish();

/** `2023-06-30` → its parts when it is a real calendar date, else null. */
export function parseIsoDate(s: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? { year, month, day }
    : null;
}

const IsoDate = text.refine((s) => parseIsoDate(s) !== null, {
  error: '日期应为实际存在的日期，写作 YYYY-MM-DD（如 2023-06-30）',
});

function defineMonitoringSchemas(complete: boolean) {
  const parts = complete ? EVALUATION_PARTS.complete : EVALUATION_PARTS.draft;
  const obj = <S extends z.ZodRawShape>(shape: S) =>
    (complete ? z.object(shape) : z.strictObject(shape, { error: unknownKeys })) as unknown as z.ZodObject<S>;
  const required = (error: string) => (complete ? text.min(1, { error }) : text);
  const amt = parts.FinanceTotals.shape.budget;

  const MonitoringDepartment = obj({
    /** Full official name, as the evaluation's `department.name`. */
    name: required('部门名称不能为空'),
    /** 区. */
    district: optText,
  });

  const BudgetLine = obj({
    /** 基本支出, 项目支出, or the project's name. */
    name: required('预算项目名称不能为空'),
    kind: z.enum(BUDGET_LINE_KINDS, { error: '预算类别应为基本支出、项目支出或具体项目' }).default('project'),
    /** 项目编码, when the budget system gives one. */
    code: optText,
    /** 全年预算数. */
    budget: amt,
    /** 截至本期执行数. */
    executed: amt,
    /** The same by source of funds; `executed` is to date. */
    bySource: z.array(parts.FundingLine).default([]),
    /** 偏差原因 and 纠偏措施 of this line. */
    deviationReason: optText,
    correctiveAction: optText,
  });

  /** Cumulative execution at the end of a month: the monthly trend the forecast reads. */
  const MonthlyFigure = obj({
    month: z
      .number({ error: '月份应为数字' })
      .int({ error: '月份应为整数' })
      .min(1, { error: '月份应在 1 至 12 之间' })
      .max(12, { error: '月份应在 1 至 12 之间' }),
    /** 月末累计执行数. */
    executed: amt,
  });

  const MonitoringFinance = obj({
    /** 全年预算数, total. */
    budget: amt,
    /** 截至本期执行数, total. */
    executed: amt,
    lines: z.array(BudgetLine).default([]),
    monthly: z.array(MonthlyFigure).default([]),
  });

  /** One indicator's progress: the declared row (the evaluation's level1/level2/name/target/unit), then to date. */
  const MonitoredIndicator = parts.Indicator.pick({
    id: true,
    level1: true,
    level2: true,
    name: true,
    target: true,
    unit: true,
  }).extend({
    /** 截至本期完成值, as written. */
    progress: optText,
    /** 完成进度 (%) of the year's target, when stated. */
    progressPercent: Percent.nullish(),
    deviationReason: optText,
    correctiveAction: optText,
    /** 预计能否完成年度目标: true, false, or not stated. */
    expectedMet: z.boolean({ error: '预计能否完成应为是或否' }).nullish(),
  });

  const Monitoring = obj({
    schema: z.literal(MONITORING_SCHEMA_ID).default(MONITORING_SCHEMA_ID),
    department: MonitoringDepartment,
    year: z
      .number({ error: '年度应为数字' })
      .int({ error: '年度应为整数' })
      .min(2000, { error: '年度应在 2000 至 2100 之间' })
      .max(2100, { error: '年度应在 2000 至 2100 之间' }),
    /** 监控时点: any date of the year. */
    asOf: IsoDate,
    /** The id of the warning rules it is checked on, as `rubric` names an evaluation's rubric. */
    rules: required('预警规则不能为空').default(DEFAULT_MONITORING_RULES),
    finance: MonitoringFinance.default({ lines: [], monthly: [] }),
    indicators: z.array(MonitoredIndicator).default([]),
    /** 总体情况说明, or a note such as 示例数据. */
    note: optText,
    drafts: z.record(z.string(), z.string().max(1000, { error: '填写内容过长' })).optional(),
  })
    .superRefine(checkDrafts(MONITORING_FIELDS))
    .superRefine((m, ctx) => {
      const d = parseIsoDate(m.asOf);
      if (complete && d && d.year !== m.year)
        ctx.addIssue({ code: 'custom', path: ['asOf'], message: `监控时点应在 ${m.year} 年度内` });
      const months = m.finance.monthly.map((f) => f.month);
      months.forEach((month, i) => {
        if (months.indexOf(month) !== i)
          ctx.addIssue({
            code: 'custom',
            path: ['finance', 'monthly', i, 'month'],
            message: `${month} 月重复`,
          });
      });
    });

  return {
    MonitoringDepartment,
    BudgetLine,
    MonthlyFigure,
    MonitoringFinance,
    MonitoredIndicator,
    Monitoring,
  };
}

const COMPLETE = defineMonitoringSchemas(true);
const DRAFT = defineMonitoringSchemas(false);

export const { BudgetLine, MonthlyFigure, MonitoringFinance, MonitoredIndicator, Monitoring } = COMPLETE;
export const MonitoringDraft = DRAFT.Monitoring;

export type Monitoring = z.infer<typeof Monitoring>;
export type MonitoringInput = z.input<typeof Monitoring>;
export type BudgetLine = z.infer<typeof BudgetLine>;
export type MonitoredIndicator = z.infer<typeof MonitoredIndicator>;

/** Whether a parsed JSON value claims to be a monitoring record (by its schema id). */
export function isMonitoring(value: unknown): boolean {
  return (
    !!value && typeof value === 'object' && (value as { schema?: unknown }).schema === MONITORING_SCHEMA_ID
  );
}
