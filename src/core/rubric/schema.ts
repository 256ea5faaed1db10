/** Rubric files: a tree of scored nodes held as data, validated when loaded; each node kind declares its parameters. */
import { z } from 'zod';
import { ExecutionRateParams } from './kinds/execution-rate';
import { GroupParams } from './kinds/group';
import { IndicatorCompletionParams } from './kinds/indicator-completion';
import { JudgementParams } from './kinds/judgement';
import { ThresholdAtLeastParams, ThresholdAtMostParams } from './kinds/threshold';

export const GradeBand = z.strictObject({
  min: z.number().min(0).max(100),
  label: z.enum(['优', '良', '中', '差']),
});

/** The parameter schema of each node kind, declared by the kind's module; unknown parameters fail to load. */
export const KIND_PARAMS = {
  group: GroupParams,
  execution_rate: ExecutionRateParams,
  indicator_completion: IndicatorCompletionParams,
  threshold_at_most: ThresholdAtMostParams,
  threshold_at_least: ThresholdAtLeastParams,
  judgement: JudgementParams,
} as const;

export type NodeKind = keyof typeof KIND_PARAMS;
export const NodeKind = z.enum([
  'group',
  'execution_rate',
  'indicator_completion',
  'threshold_at_most',
  'threshold_at_least',
  'judgement',
] satisfies NodeKind[]);

/** A kind's parameters after loading, defaults filled. */
export type KindParams<K extends NodeKind> = z.output<(typeof KIND_PARAMS)[K]>;

interface NodeCommon {
  /** Short Chinese name, the key used in `reported.scores` (产出指标, 结转结余率). */
  name: string;
  /** Full title as printed in reports (部门整体绩效目标产出指标完成情况). */
  title?: string | undefined;
  /** Other spellings met in documents, matched after normalising quotes and spaces. */
  aliases?: string[] | undefined;
  max: number;
}

type LeafKind = Exclude<NodeKind, 'group'>;

export interface GroupNode extends NodeCommon {
  kind: 'group';
  params: KindParams<'group'>;
  children: RubricNodeData[];
}

export type LeafNode<K extends LeafKind = LeafKind> = {
  [P in K]: NodeCommon & { kind: P; params: KindParams<P>; children?: undefined };
}[K];

/** A rubric node: a group of children, or a leaf scored by its kind's evaluator. */
export type RubricNodeData = GroupNode | LeafNode;

/** The node type of one kind: `NodeOf<'threshold_at_most'>['params']['threshold']` is a number. */
export type NodeOf<K extends NodeKind> = Extract<RubricNodeData, { kind: K }>;

const common = {
  name: z.string().min(1),
  title: z.string().optional(),
  aliases: z.array(z.string().min(1)).optional(),
  max: z.number().min(0).max(100),
};

export const RubricNode: z.ZodType<RubricNodeData> = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: z.literal('group'),
    params: GroupParams.prefault({}),
    children: z.array(z.lazy(() => RubricNode)),
  }),
  z.strictObject({ ...common, kind: z.literal('execution_rate'), params: ExecutionRateParams.prefault({}) }),
  z.strictObject({ ...common, kind: z.literal('indicator_completion'), params: IndicatorCompletionParams }),
  z.strictObject({ ...common, kind: z.literal('threshold_at_most'), params: ThresholdAtMostParams }),
  z.strictObject({ ...common, kind: z.literal('threshold_at_least'), params: ThresholdAtLeastParams }),
  z.strictObject({ ...common, kind: z.literal('judgement'), params: JudgementParams.prefault({}) }),
]);

/** The fields of a rubric that years sharing one definition share. */
const shared = {
  region: z.string().min(1),
  /** department: 部门整体; project: 项目支出. */
  scope: z.enum(['department', 'project']),
  version: z.number().int().positive(),
  source: z.string().optional(),
  grades: z.array(GradeBand).min(1),
  root: RubricNode,
};

/** What names one rubric: its id, its Chinese name and its year. */
const identity = {
  id: z.string().regex(/^[a-z0-9-]+$/, { error: '编号只能由小写字母、数字和连字符组成' }),
  name: z.string().min(1),
  year: z.number().int().nullable(),
};

export const Rubric = z.strictObject({ ...identity, ...shared });
export type Rubric = z.infer<typeof Rubric>;

/**
 * Several years that share one definition: the shared fields once, and per year its identity and what differs.
 * @example { region: '广州', …, root: {…}, years: [{ id: 'gz-dept-2022', name: '…', year: 2022 }] }
 */
export const RubricFamily = z.strictObject({
  ...shared,
  years: z
    .array(
      z.strictObject({
        ...identity,
        version: shared.version.optional(),
        source: shared.source,
        grades: shared.grades.optional(),
      }),
    )
    .min(1),
});
export type RubricFamily = z.infer<typeof RubricFamily>;
