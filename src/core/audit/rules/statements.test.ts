import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getRubric } from '../../../rubrics';
import { Evaluation, type Statement } from '../../model';
import { renderFinding } from '..';
import { runRule } from '../_context';
import { describePlace } from './_statements';
import { statementsRule } from './statements';

const gz = getRubric('gz-dept-2023');
const nanzhou = Evaluation.parse(JSON.parse(readFileSync('examples/nanzhou-2023.json', 'utf8')));
const withStatements = (statements: Statement[], total = nanzhou.reported.total) => ({
  ...nanzhou,
  reported: { ...nanzhou.reported, total, statements },
});
const prose = (value: number, line: number): Statement => ({
  field: 'reported.total',
  value,
  place: { line, text: `整体绩效自评得分 ${value} 分。` },
});
const table = (value: number): Statement => ({
  field: 'reported.total',
  value,
  place: { table: 3, caption: '表 2-1', row: 12, column: 3, text: `合计 | 100 | ${value}` },
});

describe('statements: a figure stated at several places', () => {
  it('places in words: text by line, page or paragraph; a table by caption and row', () => {
    expect(describePlace({ line: 37 })).toBe('正文第 37 行');
    expect(describePlace({ page: 4, para: 9 })).toBe('正文第 4 页');
    expect(describePlace({ table: 3, caption: '表 2-1', row: 12, text: '合计 | 100 | 94.72' })).toBe(
      '表 2-1 合计',
    );
    expect(describePlace({ table: 2, row: 5, page: 6, text: '1 | 2 | 3' })).toBe('第 6 页第 2 个表格第 5 行');
  });

  it('agreeing statements (91.46 in the text and in the table, printed 91.460) give nothing', () => {
    expect(runRule(statementsRule, withStatements([prose(91.46, 338), table(91.46)]), gz)).toEqual([]);
  });

  it('a total stated differently in the text and the table is an error naming both places', () => {
    const f = runRule(statementsRule, withStatements([prose(93.72, 37), table(94.72)], 94.72), gz);
    expect(f.filter((x) => x.code === 'statement_conflict')).toMatchObject([
      { severity: 'error', path: 'reported.total', expected: '94.72 分', found: '93.72 分' },
    ]);
    expect(renderFinding(f[0]!)).toBe('自评总分：正文第 37 行为 93.72 分，表 2-1 合计为 94.72 分');
  });

  it('a statement the document did not take is checked against the computed total (91.46)', () => {
    const f = runRule(statementsRule, withStatements([prose(93.72, 37), table(91.46)], 91.46), gz);
    expect(f.map((x) => x.code).sort()).toEqual(['statement_computed_differs', 'statement_conflict']);
    const computed = f.find((x) => x.code === 'statement_computed_differs')!;
    expect(renderFinding(computed)).toBe(
      '自评总分：正文第 37 行为 93.72 分，按评分标准 gz-dept-2023 计算为 91.46 分',
    );
  });

  it('grades and amounts too: each field on its own', () => {
    const f = runRule(
      statementsRule,
      withStatements([
        { field: 'reported.grade', value: '优', place: { line: 40 } },
        { field: 'reported.grade', value: '良', place: { page: 9, table: 4, row: 2, text: '等级 | 良' } },
        { field: 'finance.budget', value: 6000.5, place: { line: 20 } },
        { field: 'finance.budget', value: 6000.5, place: { line: 52 } },
      ]),
      gz,
    );
    expect(f.map(renderFinding)).toEqual(['评价等级：正文第 40 行为 “优”，第 9 页第 4 个表格 等级为 “良”']);
  });

  it('a document without statements (typed by hand) gives nothing', () => {
    expect(runRule(statementsRule, nanzhou, gz)).toEqual([]);
  });
});
