import { describe, expect, it } from 'vitest';
import nanzhou from '../../../examples/nanzhou-2023.json' with { type: 'json' };
import { Evaluation } from '../../../src/core/model';
import { scoreEvaluation } from '../../../src/core/rubric';
import { getRubric } from '../../../src/rubrics';
import { setIn } from './paths';
import { traceTarget } from './trace-target';

const rubric = getRubric('gz-dept-2023');

describe('traceTarget', () => {
  it('points the execution-rate deduction at the executed amount', () => {
    const r = scoreEvaluation(Evaluation.parse(nanzhou), rubric);
    const t = r.trace.find((x) => x.code === 'execution_rate_below')!;
    expect(t).toBeDefined();
    expect(traceTarget(t, r)).toBe('finance.executed');
  });

  it('points a management deduction at its row', () => {
    const r = scoreEvaluation(Evaluation.parse(nanzhou), rubric);
    const t = r.trace.find((x) => x.params.name === '绩效管理制度建设')!;
    expect(traceTarget(t, r)).toBe('management[5]');
  });

  it('points an unmet indicator at its row', () => {
    const doc = setIn(Evaluation.parse(nanzhou), ['indicators', 3], {
      ...nanzhou.indicators[3],
      actual: '80%',
      judgement: null,
    });
    const r = scoreEvaluation(doc, rubric);
    const t = r.trace.find((x) => x.code === 'indicator_unmet')!;
    expect(traceTarget(t, r)).toBe('indicators[3].actual');
  });
});
