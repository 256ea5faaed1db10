import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { Evaluation, type EvaluationInput } from '../../model';
import { auditEvaluation } from '..';
import { runRule } from '../_context';
import { indicatorVerdictRule } from './indicator-verdict';

type Row = NonNullable<EvaluationInput['indicators']>[number];
const check = (...indicators: Row[]) => runRule(indicatorVerdictRule, buildEvaluation({ indicators }));

describe('indicator-verdict: a typed verdict against the figures', () => {
  it('达成 typed while the figures say 60% of the target is an error', () => {
    expect(
      check({
        name: '收费目标完成值',
        target: '≥1,000万元',
        actual: '600万元',
        judgement: { result: 'met', by: 'zhangsan' },
      }),
    ).toMatchObject([
      {
        code: 'indicator_verdict_contradicts',
        severity: 'error',
        path: 'indicators[0].judgement',
        expected: '未完成',
        found: '已完成',
        params: { completion: 60, by: 'zhangsan' },
      },
    ]);
  });

  it('未达成 typed while the figures meet the target is an error, also when the prose names both figures', () => {
    const f = check({
      name: '收费目标完成值',
      target: '100%',
      actual: '目标任务为 1,050.00 万元，实绩为 1,106.78 万元。',
      judgement: { result: 'not_met', reason: '未完成' },
    });
    expect(f).toMatchObject([{ severity: 'error', expected: '已完成', found: '未完成' }]);
    expect(f[0]!.params.completion).toBe(105.41);
  });

  it('a single figure picked out of prose makes it a warning', () => {
    expect(
      check({
        name: '慰问人次',
        target: '≥500人次',
        actual: '全年慰问困难群众共 208 人次，覆盖各社区',
        judgement: { result: 'met' },
      }),
    ).toMatchObject([{ severity: 'warning', params: { reading: true } }]);
  });

  it('passes a verdict the figures support, and one the figures cannot check', () => {
    expect(
      check(
        {
          name: '慰问人次',
          target: '≥500人次',
          actual: '208人次',
          judgement: { result: 'partly_met', reason: '疫情' },
        },
        {
          name: '收费完成值',
          target: '100%',
          actual: '目标任务为 1,050.00 万元，实绩为 1,106.78 万元。',
          judgement: { result: 'met' },
        },
        {
          name: '社工站',
          target: '1个',
          actual: '建成 1 个社工站 13 个社工点',
          judgement: { result: 'not_met', reason: 'x' },
        },
        { name: '制度', target: '合规', actual: '合规', judgement: { result: 'not_met', reason: 'x' } },
        { name: '慰问人次', target: '≥500人次', actual: '208人次' },
      ),
    ).toEqual([]);
  });

  it('leaves a typed 完成情况 to indicator-status: 达成 for 60% is one finding, not two', () => {
    const e = buildEvaluation({
      indicators: [{ name: '慰问人次', target: '≥500人次', actual: '300人次', status: '达成' }],
    });
    const codes = auditEvaluation(e, null)
      .filter((x) => x.path.startsWith('indicators[0]'))
      .map((x) => x.code);
    expect(codes).toContain('indicator_status_mismatch');
    expect(codes).not.toContain('indicator_verdict_contradicts');
  });

  it.each(['nanzhou-2023', 'jinhua-2024', 'xinhua-2022'])(
    '%s: the typed verdicts agree with the figures',
    (name) => {
      const e = Evaluation.parse(
        JSON.parse(readFileSync(new URL(`../../../../examples/${name}.json`, import.meta.url), 'utf8')),
      );
      expect(runRule(indicatorVerdictRule, e)).toEqual([]);
    },
  );
});
