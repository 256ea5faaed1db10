import { describe, expect, it } from 'vitest';
import { buildEvaluation, buildItems } from '../../../../test/factories';
import { SEED_004_SUBSECTIONS, SEED_004_TOTAL } from '../../../../test/golden';
import { getRubric } from '../../../rubrics';
import { runRule } from '../_context';
import { scorePartsRule } from './score-parts';

const gz = getRubric('gz-dept-2023');
/** Seed 004's stated scores: 91.46 = 20 + 20 + 9.96 + 3 + 4 + 4 + 9 + 10 + 7.5 + 4. */
const NANZHOU = { 总分: SEED_004_TOTAL, ...SEED_004_SUBSECTIONS };

describe('score-parts: stated scores against their parts and maxima', () => {
  it('seed 004: the total is the sum of the ten stated subsections', () => {
    expect(runRule(scorePartsRule, buildEvaluation({ reported: { scores: NANZHOU } }), gz)).toEqual([]);
  });

  it('seed 003: 94 = 47.5 + 46.5', () => {
    expect(
      runRule(
        scorePartsRule,
        buildEvaluation({ reported: { total: 94, scores: { 履职效能: 47.5, 管理效率: 46.5 } } }),
        gz,
      ),
    ).toEqual([]);
  });

  it('a total that is not the sum of its parts is an error', () => {
    const e = buildEvaluation({ reported: { scores: { ...NANZHOU, 总分: 92.46 } } });
    expect(runRule(scorePartsRule, e, gz)).toMatchObject([
      { code: 'score_parts_mismatch', severity: 'error', expected: 91.46, found: 92.46 },
    ]);
  });

  it('a score above the rubric maximum is an error', () => {
    const e = buildEvaluation({ reported: { scores: { 预算资金支出率: 10.5 } } });
    expect(runRule(scorePartsRule, e, gz)).toMatchObject([
      { code: 'score_over_max', expected: 10, found: 10.5 },
    ]);
  });

  it('a management item score that differs from the summary is an error', () => {
    const e = buildEvaluation({
      management: buildItems({ 绩效结果应用: { score: 2 } }),
      reported: { scores: { 绩效结果应用: 3 } },
    });
    expect(runRule(scorePartsRule, e, gz)).toMatchObject([
      { code: 'score_restated_mismatch', path: expect.stringMatching(/^management\[\d+\]\.score$/) },
    ]);
  });

  it('reported.total and scores.总分 must agree, and unknown keys are flagged', () => {
    const e = buildEvaluation({ reported: { total: 94, scores: { 总分: 93, 乱写的项目: 1 } } });
    expect(
      runRule(scorePartsRule, e, gz)
        .map((f) => f.code)
        .sort(),
    ).toEqual(['score_key_unknown', 'score_restated_mismatch']);
  });

  it('item-table scores are the parts of their group: 采购管理 10 against items that sum to 9.5 is an error', () => {
    const ok = buildEvaluation({ management: buildItems(), reported: { scores: { 采购管理: 10 } } });
    expect(runRule(scorePartsRule, ok, gz)).toEqual([]);
    const bad = buildEvaluation({
      management: buildItems({ 采购政策效能: { score: 0.5 } }),
      reported: { scores: { 采购管理: 10 } },
    });
    expect(runRule(scorePartsRule, bad, gz)).toMatchObject([
      { code: 'score_parts_mismatch', expected: 9.5, found: 10 },
    ]);
  });

  it('an item-table score above the item maximum is an error', () => {
    const e = buildEvaluation({ management: buildItems({ 采购政策效能: { score: 3.5 } }) });
    expect(runRule(scorePartsRule, e, gz)).toMatchObject([
      { code: 'score_over_max', path: expect.stringMatching(/^management\[\d+\]\.score$/), expected: 1 },
    ]);
  });
});
