/** 部门预算资金支出率: max × min(执行数 ÷ 全年预算数, cap); the stated rate when the amounts are not given. */
import { ratioWan, round2 } from '../../money';
import { type KindEvaluator, num, result, trace } from '../context';

export const scoreExecutionRate: KindEvaluator = (node, ctx, path) => {
  const f = ctx.evaluation.finance;
  const cap = num(node, 'cap', 1);
  let rate: number | null = null;
  let source: 'amounts' | 'stated' | null = null;
  if (f.budget != null && f.executed != null) {
    rate = ratioWan(f.executed, f.budget);
    source = rate === null ? null : 'amounts';
  }
  if (rate === null && f.executionRate != null) {
    rate = f.executionRate / 100;
    source = 'stated';
  }
  if (rate === null) {
    return result(node, path, null, {}, [trace('execution_rate_missing', path, { name: node.name })]);
  }
  const score = node.max * Math.max(0, Math.min(rate, cap));
  const lost = node.max - score;
  const inputs = { rate, source, budget: f.budget ?? null, executed: f.executed ?? null };
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
  return result(node, path, score, inputs, t);
};
