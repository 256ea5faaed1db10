import { describe, expect, it } from 'vitest';
import { mergeDown, type Row, type TableBlock } from './_blocks';
import { tableXml } from './_tables';

/** A table of one-line rows whose first column merges down by `groups` (e.g. [2, 6]: 2 rows, then 6). */
function grouped(groups: number[], text = (i: number) => `指标${i}`): TableBlock {
  const keys = groups.flatMap((n, g) => Array<string>(n).fill(`组${g}`));
  const rows: Row[] = keys.map((k, i) => ({ cells: [{ text: k }, { text: text(i) }] }));
  mergeDown(rows, 0, (i) => keys[i] ?? '');
  return {
    kind: 'table',
    number: '表 1-1',
    title: '测试',
    columns: [
      { header: '一级指标', width: 1 },
      { header: '三级指标', width: 4 },
    ],
    rows,
  };
}

/** Per body row: does it keep with the next (every paragraph keepNext), and may it not split. */
function rowsOf(xml: string) {
  const rows = (xml.match(/<w:tr>.*?<\/w:tr>/gs) ?? []).slice(1);
  return rows.map((tr) => {
    const paras = tr.match(/<w:p>.*?<\/w:p>/gs) ?? [];
    return {
      keep: paras.every((p) => p.includes('<w:keepNext/>')),
      cantSplit: tr.includes('<w:cantSplit/>'),
    };
  });
}

describe('tableXml: which rows stay together on a page', () => {
  it('keeps the header with the first row, and a short merge whole (满意度指标 over 2 rows)', () => {
    const xml = tableXml(grouped([2, 1]));
    const header = (xml.match(/<w:tr>.*?<\/w:tr>/s) ?? [''])[0];
    expect(header).toContain('<w:tblHeader/>');
    expect((header.match(/<w:p>.*?<\/w:p>/gs) ?? []).every((p) => p.includes('<w:keepNext/>'))).toBe(true);
    expect(rowsOf(xml).map((r) => r.keep)).toEqual([true, false, false]);
  });

  it('lets a long merge break, but never leaves one of its rows alone on a page', () => {
    // 6 rows: the first keeps with the second, the fifth with the sixth; the rest may part
    expect(rowsOf(tableXml(grouped([6]))).map((r) => r.keep)).toEqual([
      true,
      false,
      false,
      false,
      true,
      false,
    ]);
  });

  it('does not keep tall rows together (it would leave half a page empty), nor stop them from breaking', () => {
    const long = '通过采取多种有效措施及全体环卫工人的努力下环卫保洁各项工作有所提升'.repeat(8);
    const rows = rowsOf(tableXml(grouped([2], () => long)));
    expect(rows.map((r) => r.keep)).toEqual([false, false]);
    expect(rows.map((r) => r.cantSplit)).toEqual([false, false]);
    expect(rowsOf(tableXml(grouped([2]))).map((r) => r.cantSplit)).toEqual([true, true]);
  });
});
