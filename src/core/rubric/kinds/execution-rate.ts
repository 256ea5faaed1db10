/** 部门预算资金支出率: max × min(执行数 ÷ 全年预算数, cap); the stated rate when the amounts are not given. */
import { z } from 'zod';
import { round2 } from '../../money';
import { pointsPart, rateParams } from '../_parts';
import { type KindEvaluator, result, trace } from '../context';
import { deriveRate } from '../inputs';

export const ExecutionRateParams = z.strictObject({
  /** Highest rate that earns points, as a fraction: 1 gives no credit beyond 100%. */
  cap: z.number().positive().default(1),
});

export const scoreExecutionRate: KindEvaluator<'execution_rate'> = (node, ctx, path) => {
  const f = ctx.evaluation.finance;
  const derived = deriveRate(f, 'execution_rate');
  if (!derived) {
    return result(node, path, null, {}, [trace('execution_rate_missing', path, { name: node.name })]);
  }
  const rate = derived.ratio;
  const score = node.max * Math.max(0, Math.min(rate, node.params.cap));
  const lost = node.max - score;
  const inputs = {
    rate,
    source: derived.source.kind,
    budget: f.budget ?? null,
    executed: f.executed ?? null,
  };
  const t =
    lost > 1e-9
      ? [
          trace(
            'execution_rate_below',
            path,
            { name: node.name, rate: round2(rate * 100), score: round2(score), lost: round2(lost) },
            lost,
          ),
        ]
      : [];
  return result(node, path, score, inputs, t, [
    pointsPart('computed', score, 'origin_rate', derived.path, rateParams(derived)),
  ]);
};
