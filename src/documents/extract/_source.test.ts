import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertCached, hasSoffice } from '../../../test/fixtures/extract/variants';
import { Evaluation } from '../../core/model';
import { renderReport } from '../report';
import { type ExtractedDocument, extractDocument } from '.';
import { locateFields, sourceOfLayout, sourceOfText } from './_source';
import type { LayoutDoc } from './layout/_model';

const nanzhou = Evaluation.parse(
  JSON.parse(readFileSync(new URL('../../../examples/nanzhou-2023.json', import.meta.url), 'utf8')),
);
const squash = (s: string) => s.replace(/[\s,]/g, '');

describe('sourceOfText', () => {
  it('numbers lines as the file does, leaves blank lines out and marks tab-separated rows', () => {
    const s = sourceOfText('\uFEFF标题\n\n表 1\na\tb\n\nc\td\n正文\n');
    expect(s.pieces).toEqual([
      { text: '标题', line: 1 },
      { text: '表 1', line: 3 },
      { text: 'a\tb', line: 4, table: 1, row: 1 },
      { text: 'c\td', line: 6, table: 1, row: 2 },
      { text: '正文', line: 7 },
    ]);
  });
});

describe('sourceOfLayout', () => {
  it('gives table rows after a page break the next page', () => {
    const doc: LayoutDoc = {
      format: 'pdf',
      warnings: [],
      blocks: [
        { kind: 'para', text: '一、部门基本情况', origin: { page: 2 } },
        {
          kind: 'table',
          rows: [
            ['指标', '目标'],
            ['甲', '1个'],
            ['乙', '2个'],
          ],
          origin: { page: 2 },
          anchor: 'filled',
          source: 'pdf',
          breaks: [2],
        },
      ],
    };
    expect(sourceOfLayout(doc).pieces).toEqual([
      { text: '一、部门基本情况', page: 2 },
      { text: '指标 | 目标', table: 1, row: 1, page: 2 },
      { text: '甲 | 1个', table: 1, row: 2, page: 2 },
      { text: '乙 | 2个', table: 1, row: 3, page: 3 },
    ]);
  });
});

describe('locateFields', () => {
  it('finds text wrapped over lines, full-width and with thousands separators', () => {
    const pieces = [
      { text: '2023 年度某某街道办事处', line: 1 },
      { text: '部门整体支出绩效自评报告', line: 2 },
      { text: '全年预算数 ２３，１３５．１８ 万元', line: 3 },
    ];
    const e = Evaluation.parse({
      department: { name: '某某街道办事处' },
      year: 2023,
      rubric: 'r',
      title: '2023 年度某某街道办事处部门整体支出绩效自评报告',
      finance: { budget: 23135.18 },
    });
    expect(locateFields(e, pieces)).toMatchObject({
      title: 0,
      year: 0,
      'department.name': 0,
      'finance.budget': 2,
    });
  });

  it('maps two rows of one name to two places, in order, preferring table rows', () => {
    const pieces = [
      { text: '产出指标包括甲指标。', para: 1 },
      { text: '甲指标 | 1个', table: 1, row: 1 },
      { text: '甲指标 | 2个', table: 1, row: 2 },
    ];
    const e = Evaluation.parse({
      department: { name: '某部门' },
      year: 2023,
      rubric: 'r',
      indicators: [{ name: '甲指标' }, { name: '甲指标' }],
    });
    expect(locateFields(e, pieces)).toMatchObject({ 'indicators[0]': 1, 'indicators[1]': 2 });
  });
});

describe('the Word report of 南洲 2023, read back', () => {
  let r: ExtractedDocument;
  beforeAll(async () => {
    r = await extractDocument({ bytes: await renderReport(nanzhou, 'docx'), filename: '南洲.docx' });
  }, 60_000);

  it('reads 部门职能 written as running text', () => {
    expect(r.evaluation.department.functions.map(squash)).toEqual(nanzhou.department.functions.map(squash));
  });

  it('sends the text by paragraph and table row, with paragraph numbers', () => {
    expect(r.source.format).toBe('docx');
    expect(r.source.pieces.every((p) => p.para != null)).toBe(true);
    expect(r.source.pieces.some((p) => p.table != null && p.row != null)).toBe(true);
  });

  it('links every indicator to the table row that names it', () => {
    expect(r.evaluation.indicators.length).toBe(nanzhou.indicators.length);
    r.evaluation.indicators.forEach((ind, i) => {
      const piece = r.source.pieces[r.places[`indicators[${i}]`]!];
      expect(piece?.table, ind.name).toBeTypeOf('number');
      expect(squash(piece!.text)).toContain(squash(ind.name));
    });
  });

  it('links the functions, the budget and the stated total to the paragraphs that hold them', () => {
    const at = (path: string) => squash(r.source.pieces[r.places[path]!]?.text ?? '');
    expect(at('department.functions[0]')).toContain(squash(nanzhou.department.functions[0]!).slice(0, 20));
    expect(at('finance.budget')).toContain(nanzhou.finance.budget!.toFixed(2));
    expect(at('reported.total')).toContain(String(nanzhou.reported.total));
  });
});

describe.skipIf(!hasSoffice())('the same report printed to PDF by LibreOffice, read back', () => {
  let r: ExtractedDocument;
  beforeAll(async () => {
    const docx = await renderReport(nanzhou, 'docx');
    const key = `source-test ${JSON.stringify(nanzhou)}`;
    const pdf = (await convertCached([{ name: 'nanzhou.docx', bytes: docx, key }], 'pdf')).get(
      'nanzhou.docx',
    )!;
    r = await extractDocument({ bytes: pdf, filename: '南洲.pdf' });
  }, 300_000);

  it('sends the text page by page, in order', () => {
    expect(r.source.format).toBe('pdf');
    const pages = r.source.pieces.map((p) => p.page);
    expect(pages.every((p) => typeof p === 'number')).toBe(true);
    expect(pages).toEqual([...pages].sort((a, b) => a! - b!));
    expect(new Set(pages).size).toBeGreaterThan(1);
  });

  it('reads 部门职能 and links every indicator to a row that names it', () => {
    expect(r.evaluation.department.functions.map(squash)).toEqual(nanzhou.department.functions.map(squash));
    r.evaluation.indicators.forEach((ind, i) => {
      const piece = r.source.pieces[r.places[`indicators[${i}]`]!];
      expect(squash(piece?.text ?? ''), ind.name).toContain(squash(ind.name));
    });
  });
});
