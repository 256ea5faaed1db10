import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../../../test/factories';
import { getRubric } from '../../../rubrics';
import { Evaluation } from '../../model';
import { runRule } from '../_context';
import { scoreTotalRule } from './score-total';

const gz = getRubric('gz-dept-2023');
const nanzhou = Evaluation.parse(JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8')));

describe('score-total: the stated total and grade against the computed ones', () => {
  it('seed 004: 91.46 is what the rubric computes (91.456), grade 优', () => {
    expect(
      runRule(scoreTotalRule, { ...nanzhou, reported: { ...nanzhou.reported, grade: '优' } }, gz),
    ).toEqual([]);
  });

  it('a stated total off the computed one is an error; a grade that the total does not earn is an error', () => {
    const e = { ...nanzhou, reported: { ...nanzhou.reported, total: 93.46, grade: '良' as const } };
    const codes = runRule(scoreTotalRule, e, gz).map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(['grade_mismatch', 'total_computed_mismatch', 'grade_computed_mismatch']),
    );
  });

  it('when the data cannot support a total, says so as info (seed 003 has no management items)', () => {
    const e = buildEvaluation({
      reported: { total: 94, grade: '优', scores: { 履职效能: 47.5, 管理效率: 46.5 } },
    });
    expect(runRule(scoreTotalRule, e, gz)).toMatchObject([
      { code: 'total_not_computable', severity: 'info', found: 94 },
    ]);
  });

  it('without a rubric, says the scores were not checked', () => {
    expect(runRule(scoreTotalRule, buildEvaluation(), null)).toMatchObject([
      { code: 'rubric_missing', severity: 'info' },
    ]);
  });
});
