/**
 * End to end: a seed report whose total is stated differently in its text and its score table is read with both
 * statements and their places, and the audit names both places in one error.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../../../test/fixtures/extract/variants';
import { auditEvaluation, renderFinding } from '../../core/audit';
import { getRubric } from '../../rubrics';
import { extractDocument, extractText } from '.';

const SEEDS = resolve(process.env.JIXIAO_SEEDS ?? '../shared/seeds');
const file = existsSync(SEEDS) ? readdirSync(SEEDS).find((f) => f.startsWith('003_')) : undefined;
const seed = file ? readFileSync(join(SEEDS, file), 'utf8') : '';
// the score table's total row changed from 94.00 to 95.00; the text still says 94
const changed = seed.replace(/^(评价总得分\t100\t)94\.00/m, '$195.00');

describe.skipIf(!file)('a total stated differently in two places (seed 003, its table changed)', () => {
  it('the change applies to the table row only', () => {
    expect(changed).not.toBe(seed);
  });

  it('keeps both statements with their places; the table’s figure is the one taken', () => {
    const e = extractText(changed, 'seed.txt').evaluation;
    const totals = e.reported.statements?.filter((s) => s.field === 'reported.total') ?? [];
    expect(totals.map((s) => s.value)).toEqual([94, 95]);
    expect(totals[0]!.place).toMatchObject({ line: 139 });
    expect(totals[1]!.place).toMatchObject({ table: expect.any(Number), caption: '表 2-1', line: 146 });
    expect(e.reported.total).toBe(95);
  });

  it('the audit gives one error naming both places', () => {
    const e = extractText(changed, 'seed.txt').evaluation;
    const errors = auditEvaluation(e, getRubric(e.rubric)).filter((f) => f.code === 'statement_conflict');
    expect(errors.map(renderFinding)).toEqual([
      '自评总分：正文第 139 行为 94 分，第 146 行表 2-1 评价总得分为 95 分',
    ]);
    expect(errors[0]).toMatchObject({ severity: 'error', path: 'reported.total' });
  });

  it('the unchanged seed states 94 twice: no such error', () => {
    const e = extractText(seed, 'seed.txt').evaluation;
    expect(auditEvaluation(e, getRubric(e.rubric)).filter((f) => f.code === 'statement_conflict')).toEqual(
      [],
    );
  });

  it('as a Word file: both places found in the source the review shows', async () => {
    const r = await extractDocument({ bytes: await toDocx(changed), filename: 'seed.docx' });
    const statements = r.evaluation.reported.statements ?? [];
    const totals = statements.map((s, i) => [s, i] as const).filter(([s]) => s.field === 'reported.total');
    expect(totals.map(([s]) => s.value)).toEqual([94, 95]);
    const pieces = totals.map(([, i]) => r.source.pieces[r.statementPlaces[i]!]!);
    expect(pieces[0]!.text.replace(/\s/g, '')).toContain('自评总得分为94分');
    expect(pieces[1]).toMatchObject({ table: expect.any(Number) });
    expect(pieces[1]!.text).toContain('95.00');
    const errors = auditEvaluation(r.evaluation, getRubric(r.evaluation.rubric)).filter(
      (f) => f.code === 'statement_conflict',
    );
    expect(errors.map(renderFinding)).toEqual([
      expect.stringMatching(/^自评总分：正文第 \d+ 段为 94 分，表 2-1 评价总得分为 95 分$/),
    ]);
  });
});

describe('budget figures stated at two places', () => {
  it('the first is taken, both are kept, and the audit names both lines', () => {
    const e = extractText(
      [
        '2023 年度广州市从化区某某镇人民政府部门整体支出绩效自评报告',
        '一、部门基本情况',
        '本镇全年预算数 1,200.00 万元，执行数 1,150.00 万元。',
        '二、绩效自评情况',
        '全年预算数 1,250.00 万元，预算执行率 92.00%。',
        '本次自评得分 90 分。',
      ].join('\n'),
    ).evaluation;
    expect(e.finance.budget).toBe(1200);
    expect(
      e.reported.statements?.filter((s) => s.field === 'finance.budget').map((s) => s.place.line),
    ).toEqual([3, 5]);
    const errors = auditEvaluation(e, getRubric(e.rubric)).filter((f) => f.code === 'statement_conflict');
    expect(errors.map(renderFinding)).toContain(
      '全年预算数：正文第 3 行为 1,200.00 万元，正文第 5 行为 1,250.00 万元',
    );
  });
});
