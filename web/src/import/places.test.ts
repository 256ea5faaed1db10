import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../src/core/model';
import { placeOf, statedAt, statedFields } from './places';

describe('placeOf', () => {
  const places = { 'indicators[3]': 57, 'department.functions[0]': 4, title: 0, 'finance.budget': 12 };
  it.each([
    ['indicators[3].actual', 57],
    ['indicators[3]', 57],
    ['department.functions', 4],
    ['title', 0],
    ['finance.budget', 12],
    ['indicators[4].actual', null],
    ['conclusion', null],
  ])('%s → %s', (path, at) => {
    expect(placeOf(places, path)).toBe(at);
  });

  it('knows no place without places', () => {
    expect(placeOf(null, 'title')).toBeNull();
  });
});

describe('every place of a stated figure', () => {
  // The server's index of each statement into the source pieces; the grade's place was not found.
  const statementPlaces = [1, -1, 3];
  const statements: Statement[] = [
    {
      field: 'reported.total',
      value: 93.72,
      place: { para: 7, text: '本局整体绩效自评得分93.72分,评价等级为“优”。' },
    },
    { field: 'reported.grade', value: '优', place: { para: 7, text: '评价等级为“优”。' } },
    {
      field: 'reported.total',
      value: 94.72,
      place: { table: 3, caption: '表 2-1', row: 4, text: '合计 | 100 | 94.72' },
    },
  ];

  it('lists the fields stated more than once, and their places with the ones that disagree marked', () => {
    expect(statedFields(statements)).toEqual(['reported.total']);
    expect(statedAt(statements, statementPlaces, 'reported.total', 94.72)).toEqual([
      { where: '正文第 7 段', value: '93.72 分', piece: 1, conflict: true },
      { where: '表 2-1 合计', value: '94.72 分', piece: 3, conflict: false },
    ]);
    expect(statedAt(statements, statementPlaces, 'reported.grade', '优')).toEqual([]);
    expect(statedAt(undefined, statementPlaces, 'reported.total', 94.72)).toEqual([]);
    expect(statedAt(statements, null, 'reported.total', 94.72).map((p) => p.piece)).toEqual([null, null]);
  });
});
