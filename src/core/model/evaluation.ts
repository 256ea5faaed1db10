/**
 * The evaluation document `jixiao/evaluation@1`: one department, one fiscal year, everything the report holds.
 * Two schemas of one shape: `Evaluation`, complete (every required text given, every lost point explained), and
 * `EvaluationDraft`, what a department may save while still writing: no unknown keys and every value of its type,
 * but empty names and unexplained verdicts allowed; text typed into a number field that is not a number yet waits
 * in `drafts`, by the field's path, while the field itself stays empty.
 */
import { z } from 'zod';
import { EVALUATION_FIELDS, type FieldRegistry, keysPath, pathKeys } from './fields';
import { Amount, Percent, Points, SignedAmount } from './scalars';
import '../zod-locale';

export const EVALUATION_SCHEMA_ID = 'jixiao/evaluation@1';

const text = z.string().trim();
const optText = text.nullish();

const amt = Amount.nullish();

export const JudgementResult = z.enum(['met', 'partly_met', 'not_met']);

type Node = Record<string | number, unknown> | null | undefined;
const valueAt = (o: unknown, keys: readonly (string | number)[]): unknown =>
  keys.reduce<unknown>((x, k) => (x && typeof x === 'object' ? (x as Node)?.[k] : undefined), o);

/**
 * `drafts` keys are number fields of the document (as its field registry lists them), spelled one way, whose row
 * exists and whose value is empty (or, for a number the document requires, the last valid one).
 */
export const checkDrafts =
  (fields: FieldRegistry) =>
  (e: { drafts?: Record<string, string> | undefined }, ctx: z.RefinementCtx): void => {
    for (const key of Object.keys(e.drafts ?? {})) {
      const keys = pathKeys(key);
      const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['drafts', key], message });
      const spec = fields.fieldAt(key);
      if (!spec?.number) {
        issue(`「${key}」不是数字字段，不能保存填写文本`);
        continue;
      }
      if (keysPath(keys) !== key) {
        issue(`「${key}」应写作「${keysPath(keys)}」`);
        continue;
      }
      const rowMissing = keys.some((k, i) => {
        if (typeof k !== 'number') return false;
        const list = valueAt(e, keys.slice(0, i));
        return !Array.isArray(list) || k >= list.length;
      });
      if (rowMissing) issue(`「${key}」所在的行不存在`);
      else if (!spec.required && valueAt(e, keys) !== null && valueAt(e, keys) !== undefined)
        issue(`「${key}」已有数值，不能同时保存填写文本`);
    }
  };

/** The message of a key the document does not have (a draft refuses it rather than drop it). */
export const unknownKeys = (iss: { code?: string; keys?: readonly string[] }) =>
  iss.code === 'unrecognized_keys' ? `未知的字段：${(iss.keys ?? []).join('、')}` : undefined;

/** Both schemas from one definition: `complete` requires every name and explanation, a draft does not. */
function defineSchemas(complete: boolean) {
  /** A draft refuses unknown keys (nothing typed is silently dropped); the complete schema reads older files. */
  const obj = <S extends z.ZodRawShape>(shape: S) =>
    (complete ? z.object(shape) : z.strictObject(shape, { error: unknownKeys })) as unknown as z.ZodObject<S>;
  /** Text a complete document must have; a draft may leave it empty for now. */
  const required = (error: string) => (complete ? text.min(1, { error }) : text);

  const Department = obj({
    /** Full official name, e.g. 广州市海珠区人民政府南洲街道办事处. */
    name: required('部门名称不能为空'),
    /** 区, e.g. 海珠区. */
    district: optText,
    /** 部门职能, one entry per numbered duty. */
    functions: z.array(text).default([]),
    /** 内设机构. */
    units: z.array(text).default([]),
    /** 所属下级预算单位数量. */
    subordinateUnits: z.number().int().min(0).nullish(),
  });

  const KeyTask = obj({
    title: required('任务名称不能为空'),
    goal: optText,
    description: optText,
  });

  /** One line of an income or expenditure table: 年初预算数 / 全年预算数 / 决算数(执行数). */
  const FinanceLine = obj({
    name: required('科目名称不能为空'),
    initial: amt,
    budget: amt,
    actual: amt,
    lastYear: amt,
  });

  /** Stated totals of a table, kept apart from its lines so that the two can be checked against each other. */
  const FinanceTotals = obj({ initial: amt, budget: amt, actual: amt });

  /** A stated comparison: "支出 27.90 万元，比年初预算数减少 0.64 万元，下降 2.24%". */
  const Comparison = obj({
    subject: required('对比事项不能为空'),
    /** What it is compared with: 上年 (last year) or 年初预算 (initial budget). */
    base: z.enum(['上年', '年初预算', '全年预算']).default('上年'),
    current: amt,
    baseValue: amt,
    change: SignedAmount.nullish(),
    changePct: Percent.nullish(),
  });

  const Finance = obj({
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
    threePublic: obj({ budget: amt, actual: amt }).nullish(),
    /** 公用经费. */
    publicFunds: obj({ budget: amt, actual: amt }).nullish(),
    /** 固定资产利用率 (%). */
    fixedAssetUtilization: Percent.nullish(),
    /** Last year's totals, for year-over-year. */
    lastYear: obj({ income: amt, budget: amt, executed: amt }).nullish(),
    /** Comparisons the document states (year over year, against the initial budget). */
    comparisons: z.array(Comparison).default([]),
  });

  /** A person's judgement of an indicator or item; a reason is required whenever points are lost. */
  const JudgementShape = obj({
    result: JudgementResult.nullish(),
    /** Points given outright. */
    score: Points.nullish(),
    /** Points taken off the indicator's share. */
    deduction: Points.nullish(),
    reason: optText,
    by: optText,
  });
  const Judgement = complete
    ? JudgementShape.refine(
        (j) => !((j.deduction ?? 0) > 0 || j.result === 'not_met' || j.result === 'partly_met') || !!j.reason,
        { error: '扣分或未完成时必须说明理由', path: ['reason'] },
      )
    : JudgementShape;

  const Indicator = obj({
    id: optText,
    /** 一级指标: 产出指标 / 效益指标 / 满意度指标 / 成本指标. */
    level1: optText,
    /** 二级指标: 数量指标, 质量指标, 时效指标, 成本指标, 社会效益指标 … */
    level2: optText,
    /** 三级指标 name. */
    name: required('指标名称不能为空'),
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
    /** A core indicator (核心指标): a project graded 优 must have met it. */
    core: z.boolean().nullish(),
    /** Who owns the indicator (谁支出谁负责). */
    owner: optText,
    judgement: Judgement.nullish(),
  });

  const Deduction = obj({ points: Points, reason: required('扣分理由不能为空') });

  /** One 管理效率 item, keyed by its rubric item name (e.g. 结转结余率). */
  const ManagementItem = obj({
    item: required('评价项目不能为空'),
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

  const FundingLine = obj({
    source: required('资金来源不能为空'),
    initial: amt,
    budget: amt,
    executed: amt,
  });

  const Project = obj({
    name: required('项目名称不能为空'),
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

  /** Where a figure is stated: a line, page or paragraph of the text, a table (its caption) and cell. */
  const StatementPlace = obj({
    line: z.number().int().min(1).optional(),
    page: z.number().int().min(1).optional(),
    para: z.number().int().min(1).optional(),
    /** The table's number in reading order (from 1), its caption (表 2-1) and the cell (row and column from 1). */
    table: z.number().int().min(1).optional(),
    caption: text.max(60).optional(),
    row: z.number().int().min(1).optional(),
    column: z.number().int().min(1).optional(),
    /** The words around the figure (the sentence, or the row's label), as the source has them. */
    text: text.max(200).optional(),
  });
  /** One figure as stated at one place: `field` is the document path it fills (`reported.total`, `finance.budget`). */
  const Statement = obj({
    field: text.min(1).max(200),
    value: z.union([z.number().finite(), text.max(200)]),
    place: StatementPlace,
  });

  const Reported = obj({
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
    deductions: z
      .array(obj({ item: required('扣分项目不能为空'), points: Points, reason: optText }))
      .default([]),
    /** Narrative figures, e.g. an execution rate rounded in prose ("为96%"). */
    narrativeExecutionRate: Percent.nullish(),
    projectSelfEvaluations: z.number().int().min(0).nullish(),
    /**
     * Every place the read document states a figure, with the value stated there (a report may state its total as
     * 93.72 in the text and 94.72 in its score table): the audit sets them against each other. Read only; absent in
     * documents written by hand.
     */
    statements: z.array(Statement).optional(),
  });

  const Evaluation = obj({
    schema: z.literal(EVALUATION_SCHEMA_ID).default(EVALUATION_SCHEMA_ID),
    department: Department,
    year: z
      .number({ error: '年度应为数字' })
      .int({ error: '年度应为整数' })
      .min(2000, { error: '年度应在 2000 至 2100 之间' })
      .max(2100, { error: '年度应在 2000 至 2100 之间' }),
    /** Rubric id, e.g. gz-dept-2023. */
    rubric: required('评分标准不能为空'),
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
    problems: z.array(required('不能为空')).default([]),
    improvements: z.array(required('不能为空')).default([]),
    reported: Reported.default({ scores: {}, deductions: [] }),
    /** Provenance of an extracted document: what could not be read and where. */
    extraction: obj({
      source: optText,
      warnings: z.array(
        obj({
          code: text,
          message: text,
          line: z.number().int().nullish(),
          page: z.number().int().nullish(),
        }),
      ),
    }).nullish(),
    /** Text typed into number fields that is not a valid number yet, by field path (`finance.income[2].budget`). */
    drafts: z.record(z.string(), z.string().max(1000, { error: '填写内容过长' })).optional(),
  }).superRefine(checkDrafts(EVALUATION_FIELDS));

  return {
    Department,
    KeyTask,
    FinanceLine,
    FinanceTotals,
    Comparison,
    Finance,
    Judgement,
    Indicator,
    Deduction,
    ManagementItem,
    FundingLine,
    Project,
    Reported,
    Statement,
    Evaluation,
  };
}

const COMPLETE = defineSchemas(true);
const DRAFT = defineSchemas(false);

/** The parts of both schemas, for the document kinds built from them (a project's self-evaluation). */
export const EVALUATION_PARTS = { complete: COMPLETE, draft: DRAFT } as const;

export const {
  Department,
  KeyTask,
  FinanceLine,
  FinanceTotals,
  Comparison,
  Finance,
  Judgement,
  Indicator,
  Deduction,
  ManagementItem,
  FundingLine,
  Project,
  Reported,
  Statement,
  Evaluation,
} = COMPLETE;

/** What may be saved as a draft: the same shape, strict about keys and types, lenient about completeness. */
export const EvaluationDraft = DRAFT.Evaluation;

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
export type Statement = z.infer<typeof Statement>;
export type StatementPlace = Statement['place'];
