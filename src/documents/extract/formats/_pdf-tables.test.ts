/**
 * Indicator tables printed by LibreOffice from .docx with full borders, a rule under the header only, or no borders:
 * narrow wrapping columns, merged 一级/二级 cells, a page break with the header row repeated. The golden values are
 * the ones written into the fixture (`test/fixtures/extract/pdf-tables.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildIndicatorReportDocx,
  type CellAlign,
  FIXTURE_INDICATORS,
  type RuleStyle,
} from '../../../../test/fixtures/extract/pdf-tables';
import { convertCached, hasSoffice } from '../../../../test/fixtures/extract/variants';
import { extractDocument } from '../index';
import type { TableBlock } from '../layout/_model';
import { readPdf } from './_pdf';

const available = hasSoffice();
const skip = !available && process.env.CI !== 'true';
const STYLES: RuleStyle[] = ['full', 'header', 'none'];
const ALIGNS: CellAlign[] = ['top', 'labels', 'all'];
const nameOf = (s: RuleStyle, how: CellAlign) => `indicators-${s}-${how}.docx`;
const pdfs = new Map<string, Uint8Array>();
/** Whitespace LibreOffice puts between CJK and Latin text is not part of the value. */
const bare = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');

beforeAll(async () => {
  if (skip) return;
  const inputs = [];
  for (const s of STYLES) {
    for (const how of ALIGNS) {
      const name = nameOf(s, how);
      inputs.push({ name, bytes: await buildIndicatorReportDocx(s, how), key: `${name}-2` });
    }
  }
  for (const [k, v] of await convertCached(inputs, 'pdf')) pdfs.set(k, v);
}, 300_000);

const pdfOf = (s: RuleStyle, how: CellAlign = 'top') => pdfs.get(nameOf(s, how))!;

describe.skipIf(skip)('PDF indicator tables by ruling style', () => {
  it.each(['header', 'none'] as const)(
    'rule style %s: one table, cells wrapped and joined, header once',
    async (s) => {
      const doc = await readPdf(pdfOf(s), 't.pdf');
      const tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
      expect(tables).toHaveLength(1);
      const [t] = tables;
      const rows = t!.rows.map((r) => r.map(bare));
      expect(rows[0]).toEqual(['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分']);
      const first = FIXTURE_INDICATORS[0]!;
      expect(rows[1]).toEqual([
        first.level1,
        first.level2,
        first.name,
        bare(first.target),
        bare(first.actual),
        String(first.points),
        String(first.score),
      ]);
      // labels of merged cells are written once, at the top of their span
      const third = FIXTURE_INDICATORS[2]!;
      expect(rows[3]).toEqual(['', '', third.name, bare(third.target), bare(third.actual), '5', '4.5']);
      expect(rows.filter((r) => r[0] === '一级指标')).toHaveLength(1);
      expect(t!.breaks?.length).toBe(1);
    },
  );

  it.each(STYLES)('rule style %s: every indicator read end to end', async (s) => {
    const r = await extractDocument({ bytes: pdfOf(s), filename: '指标表.pdf' });
    const got = r.evaluation.indicators.map((i) => ({
      level1: i.level1,
      level2: i.level2,
      name: bare(i.name),
      target: bare(i.target),
      actual: bare(i.actual),
      points: i.points,
      score: i.reportedScore,
    }));
    expect(got).toEqual(
      FIXTURE_INDICATORS.map((i) => ({ ...i, target: bare(i.target), actual: bare(i.actual) })),
    );
  });

  it.each([
    ['header', 'labels'],
    ['none', 'labels'],
    ['header', 'all'],
    ['none', 'all'],
  ] as const)('rule style %s, cells centred (%s): every indicator row read', async (s, how) => {
    const r = await extractDocument({ bytes: pdfOf(s, how), filename: '指标表.pdf' });
    const got = r.evaluation.indicators.map((i) => [bare(i.name), bare(i.actual), i.points, i.reportedScore]);
    expect(got).toEqual(FIXTURE_INDICATORS.map((i) => [i.name, bare(i.actual), i.points, i.score]));
    // a label centred in a span that does not cross the page lands on the rows it covers
    const levels = r.evaluation.indicators.slice(0, 5).map((i) => [i.level1, i.level2]);
    expect(levels).toEqual(FIXTURE_INDICATORS.slice(0, 5).map((i) => [i.level1, i.level2]));
  });
});
