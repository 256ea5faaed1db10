/** Test factories: small evaluations built field by field, valid against the schema. */
import { Evaluation, type EvaluationInput } from '../src/core/model';

/** An evaluation with sensible defaults; override any part. */
export function buildEvaluation(over: Partial<EvaluationInput> = {}): Evaluation {
  return Evaluation.parse({
    department: { name: '测试街道办事处', district: '测试区' },
    year: 2023,
    rubric: 'gz-dept-2023',
    ...over,
  });
}

/** The 23 management items of the Guangzhou rubric, all at full marks unless overridden. */
export const GZ_ITEMS: ReadonlyArray<[string, number]> = [
  ['新增预算项目事前绩效评估', 3],
  ['结转结余率', 2],
  ['财务管理合规性', 2],
  ['预决算公开合规性', 2],
  ['绩效信息公开情况', 2],
  ['绩效管理制度建设', 5],
  ['绩效结果应用', 3],
  ['绩效管理制度执行', 7],
  ['采购意向公开合规性', 0.5],
  ['采购意向公开时限', 1.5],
  ['采购内控制度建设', 1],
  ['采购活动合规性', 2],
  ['采购合同签订时效性', 3],
  ['合同备案时效性', 1],
  ['采购政策效能', 1],
  ['资产配置合规性', 2],
  ['资产收益上缴的及时性', 1],
  ['资产盘点情况', 1],
  ['数据质量', 2],
  ['资产管理合规性', 2],
  ['固定资产利用率', 2],
  ['公用经费控制率', 2],
  ['“三公”经费控制情况', 2],
];

type ItemInput = NonNullable<EvaluationInput['management']>[number];

/** All 23 items at full marks, with some replaced: `buildItems({ 结转结余率: { score: null, value: 12.4 } })`. */
export function buildItems(over: Record<string, Partial<ItemInput>> = {}): ItemInput[] {
  return GZ_ITEMS.map(([item, max]) => ({ item, score: max, ...(over[item] ?? {}) }));
}
