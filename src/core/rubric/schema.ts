/** Rubric files: a tree of scored nodes held as data, validated when loaded. */
import { z } from 'zod';

export const GradeBand = z.object({
  min: z.number().min(0).max(100),
  label: z.enum(['优', '良', '中', '差']),
});

/** Parameters of each node kind; a kind's evaluator reads only its own. */
export const NodeKind = z.enum([
  'group',
  'execution_rate',
  'indicator_completion',
  'threshold_at_most',
  'threshold_at_least',
  'judgement',
]);
export type NodeKind = z.infer<typeof NodeKind>;

/** How points are lost past a threshold: per `per` percentage points, `deduct` points; or in proportion. */
export const Overrun = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('step'), per: z.number().positive(), deduct: z.number().positive() }),
  z.object({ mode: z.literal('proportional') }),
  z.object({ mode: z.literal('zero') }),
]);
export type Overrun = z.infer<typeof Overrun>;

export const RubricNode: z.ZodType<RubricNodeData> = z.lazy(() =>
  z.object({
    /** Short Chinese name, the key used in `reported.scores` (产出指标, 结转结余率). */
    name: z.string().min(1),
    /** Full title as printed in reports (部门整体绩效目标产出指标完成情况). */
    title: z.string().optional(),
    /** Other spellings met in documents, matched after normalising quotes and spaces. */
    aliases: z.array(z.string()).optional(),
    max: z.number().min(0).max(100),
    kind: NodeKind,
    /** Kind-specific parameters. */
    params: z.record(z.string(), z.unknown()).optional(),
    children: z.array(RubricNode).optional(),
  }),
);

export interface RubricNodeData {
  name: string;
  title?: string | undefined;
  aliases?: string[] | undefined;
  max: number;
  kind: NodeKind;
  params?: Record<string, unknown> | undefined;
  children?: RubricNodeData[] | undefined;
}

export const Rubric = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  region: z.string().min(1),
  /** department: 部门整体; project: 项目支出. */
  scope: z.enum(['department', 'project']),
  year: z.number().int().nullable(),
  version: z.number().int().positive(),
  source: z.string().optional(),
  grades: z.array(GradeBand).min(1),
  root: RubricNode,
});
export type Rubric = z.infer<typeof Rubric>;
