import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './_csv';

describe('parseCsv', () => {
  it.each([
    [
      'plain commas',
      'a,b,c\n1,2,3',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'CRLF and a final line break',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a lone CR ends a record',
      'a,b\r1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['quoted comma', '"保洁, 清运",12.50', [['保洁, 清运', '12.50']]],
    ['doubled quote inside quotes', '"他说""好""",1', [['他说"好"', '1']]],
    [
      'line break inside quotes',
      '"第一行\r\n第二行",2\n3,4',
      [
        ['第一行\r\n第二行', '2'],
        ['3', '4'],
      ],
    ],
    [
      'empty fields kept',
      'a,,c\n,,',
      [
        ['a', '', 'c'],
        ['', '', ''],
      ],
    ],
    ['quote inside an unquoted field kept as typed', '5"寸,1', [['5"寸', '1']]],
    [
      'tab separated',
      '项目名称\t预算数\n保洁\t1,234.00',
      [
        ['项目名称', '预算数'],
        ['保洁', '1,234.00'],
      ],
    ],
    [
      'semicolons when nothing else',
      'a;b\n1;2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['ragged rows kept ragged', 'a,b,c\n1\n1,2,3,4', [['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]],
  ])('%s', (_, text, rows) => {
    expect(parseCsv(text).rows).toEqual(rows);
  });

  it('says where a quote was left open', () => {
    const t = parseCsv('a,b\n1,2\n"open,3\n4,5');
    expect(t.unclosedQuoteAt).toBe(3);
    expect(t.rows[2]).toEqual(['open,3\n4,5']);
  });

  it('reads back any table written with RFC 4180 quoting (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '项', ',', '"', '\n', '\r\n', ' ', '1', '\t') });
    const table = fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, (rows) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const text = rows.map((r) => r.map(quote).join(',')).join('\r\n');
        expect(parseCsv(text).rows).toEqual(rows);
      }),
    );
  });
});
