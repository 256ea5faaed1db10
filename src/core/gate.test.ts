import { describe, expect, it } from 'vitest';
import nanzhouJson from '../../examples/nanzhou-2023.json' with { type: 'json' };
import xinhuaJson from '../../examples/xinhua-2022.json' with { type: 'json' };
import { buildEvaluation } from '../../test/factories';
import { findRubric } from '../rubrics';
import { checkSubmission, explanationKey } from './gate';
import { Evaluation } from './model';

const nanzhou = Evaluation.parse(nanzhouJson);
const xinhua = Evaluation.parse(xinhuaJson);

const clone = <T>(x: T): T => structuredClone(x);
const codes = (items: { code: string }[]) => items.map((i) => i.code);

/** 南洲 with one audit error that does not touch the score: the stated change of 三公 against its budget. */
function withComparisonError() {
  const d = clone(nanzhou);
  d.finance.comparisons[0]!.change = -0.7;
  return d;
}

describe('checkSubmission', () => {
  it('lets a complete, consistent evaluation through', () => {
    const g = checkSubmission(nanzhou, findRubric);
    expect(g).toMatchObject({ ok: true, blocking: [], explained: [] });
  });

  it('refuses a blank evaluation, whatever is explained, and names the empty parts', () => {
    const blank = buildEvaluation({ rubric: 'gz-dept-2024', year: 2024 });
    const explanations = [{ code: 'blank', path: null, text: '尚未填写' }];
    const g = checkSubmission(blank, findRubric, explanations);
    expect(g.ok).toBe(false);
    expect(g.blocking[0]).toMatchObject({ kind: 'blank', explainable: false });
    expect(g.blocking[0]!.message).toContain('26 个评分项目均未评分');
    expect(codes(g.blocking)).toEqual([
      'blank',
      'functions_empty',
      'budget_empty',
      'executed_empty',
      'indicators_empty',
    ]);
    // The audit's own "绩效指标表为空" warning is covered by the blocking item on the same part.
    expect(g.warnings.map((w) => w.path)).not.toContain('indicators');
    expect(g.warnings.map((w) => w.path)).toContain('goal');
  });

  it('blocks an audit error until it is explained, and keeps the explanation', () => {
    const d = withComparisonError();
    const refused = checkSubmission(d, findRubric);
    expect(refused.ok).toBe(false);
    expect(refused.blocking).toEqual([
      expect.objectContaining({
        kind: 'audit',
        code: 'comparison_change_mismatch',
        path: 'finance.comparisons[0].change',
        explainable: true,
      }),
    ]);
    const blankText = checkSubmission(d, findRubric, [
      { code: 'comparison_change_mismatch', path: 'finance.comparisons[0].change', text: '   ' },
    ]);
    expect(blankText.ok).toBe(false);
    // Dotted and bracketed paths are the same path.
    const ok = checkSubmission(d, findRubric, [
      { code: 'comparison_change_mismatch', path: 'finance.comparisons.0.change', text: ' 按决算报表口径 ' },
    ]);
    expect(ok.ok).toBe(true);
    expect(ok.explained).toEqual([
      expect.objectContaining({ code: 'comparison_change_mismatch', explanation: '按决算报表口径' }),
    ]);
  });

  it('does not let an explanation of one finding pass another', () => {
    const g = checkSubmission(withComparisonError(), findRubric, [
      { code: 'comparison_change_mismatch', path: 'finance.comparisons[1].change', text: '说明' },
      { code: 'lines_total_mismatch', path: 'finance.comparisons[0].change', text: '说明' },
    ]);
    expect(g.ok).toBe(false);
    expect(g.explained).toEqual([]);
  });

  it('cannot explain away a validation error', () => {
    const d = clone(nanzhou);
    d.management[0]!.item = '不存在的项目';
    const g = checkSubmission(d, findRubric, [
      { code: 'validation', path: 'management[0].item', text: '说明' },
    ]);
    expect(g.ok).toBe(false);
    expect(g.blocking).toContainEqual(
      expect.objectContaining({ kind: 'validation', path: 'management[0].item', explainable: false }),
    );
  });

  it('stops at a malformed document with its validation issues only', () => {
    const g = checkSubmission({ ...clone(nanzhou), year: '二〇二三' }, findRubric);
    expect(g.ok).toBe(false);
    expect(g.blocking.map((b) => [b.kind, b.path])).toEqual([['validation', 'year']]);
  });

  it('blocks a stated total other than the computed one, explanation or not', () => {
    const d = clone(nanzhou);
    d.reported.total = 95;
    d.reported.scores.总分 = 95;
    const g = checkSubmission(d, findRubric, [
      { code: 'total_computed_mismatch', path: 'reported.total', text: '以报告为准' },
    ]);
    expect(g.ok).toBe(false);
    expect(g.blocking).toContainEqual(
      expect.objectContaining({ kind: 'score', code: 'total_computed_mismatch', explainable: false }),
    );
    expect(g.explained).toEqual([]);
  });

  it('names each rubric item left unscored at its row, and empty basic facts', () => {
    const d = clone(nanzhou);
    const i = d.management.findIndex((m) => m.item === '绩效结果应用');
    d.management[i]!.score = null;
    d.department.functions = [];
    d.overview = '  ';
    const g = checkSubmission(d, findRubric);
    expect(g.blocking).toContainEqual(
      expect.objectContaining({ code: 'item_unscored', path: `management[${i}].score` }),
    );
    expect(g.blocking.find((b) => b.code === 'item_unscored')!.message).toContain('绩效结果应用');
    expect(codes(g.blocking)).toContain('functions_empty');
  });

  it('lists audit warnings without blocking on them', () => {
    const d = clone(xinhua);
    const g = checkSubmission(d, findRubric);
    expect(g.warnings.length).toBeGreaterThan(0);
    expect(g.warnings.every((w) => !w.explainable)).toBe(true);
    expect(codes(g.blocking)).not.toContain('unmet_indicator_no_reason');
    expect(codes(g.warnings)).toContain('unmet_indicator_no_reason');
  });
});

describe('explanationKey', () => {
  it('reads dotted and bracketed paths alike and keeps rubric paths as they are', () => {
    expect(explanationKey('x', 'indicators.3.target')).toBe(explanationKey('x', 'indicators[3].target'));
    expect(explanationKey('x', '总分/管理效率')).toBe('x@总分/管理效率');
    expect(explanationKey('x', null)).toBe('x@');
  });
});
