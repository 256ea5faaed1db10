import { describe, expect, it } from 'vitest';
import changshou from '../../examples/projects/xinhua-2022-changshou.json';
import { findRubric } from '../rubrics';
import { checkProjectSubmission } from './gate-project';

const gate = (patch: (d: typeof changshou) => void, explanations = []) => {
  const d = structuredClone(changshou);
  patch(d);
  return checkProjectSubmission(d, findRubric, explanations);
};

describe('the submission gate of a project self-evaluation', () => {
  it('lets 新华 2022 长者长寿保健金项目 through as the seed prints it', () => {
    expect(checkProjectSubmission(changshou, findRubric)).toMatchObject({ ok: true, blocking: [] });
  });

  it('blocks on a funding source that does not add up, unless explained', () => {
    const patch = (d: typeof changshou) => {
      d.finance.bySource[1]!.budget = 417.7;
    };
    const r = gate(patch);
    expect(r.ok).toBe(false);
    expect(r.blocking).toEqual([
      expect.objectContaining({
        code: 'project_funding_mismatch',
        path: 'finance.budget',
        explainable: true,
      }),
    ]);
    const ok = checkProjectSubmission(
      (() => {
        const d = structuredClone(changshou);
        patch(d);
        return d;
      })(),
      findRubric,
      [{ code: 'project_funding_mismatch', path: 'finance.budget', text: '资金来源明细以财政系统为准' }],
    );
    expect(ok.ok).toBe(true);
    expect(ok.explained[0]?.explanation).toBe('资金来源明细以财政系统为准');
  });

  it('blocks while an indicator awaits a person, and points at the indicators', () => {
    const r = gate((d) => {
      d.indicators[5]!.actual = '群众普遍满意';
    });
    expect(r.blocking).toEqual([
      expect.objectContaining({
        code: 'item_unscored',
        path: 'indicators',
        message: expect.stringMatching(/满意度指标/),
      }),
    ]);
  });

  it('refuses a project scored on a department rubric', () => {
    const r = gate((d) => {
      d.rubric = 'gz-dept-2023';
    });
    expect(r.ok).toBe(false);
    expect(r.blocking[0]?.message).toMatch(/不是项目支出绩效评价标准/);
  });
});
