import { describe, expect, it } from 'vitest';
import { loadDocs } from '../../../../test/fixtures/extract/kinds';
import { encodeText, toCellLines, toSpacedHeadings } from '../../../../test/fixtures/extract/shapes';
import { extractDocument } from '..';
import { compareFacts } from '../facts';
import { buildOutline } from '../layout/_outline';
import { readText } from './_text';

/** The seed reports with their hand-checked facts (none when ../shared is not beside the repository). */
const seeds = loadDocs()
  .filter((d) => d.group === 'seed')
  .map((d) => ({ name: `${d.id}.txt`, facts: d.facts, text: d.text }));
const haveSeeds = seeds.length > 0;

/** Share of the seed's facts read from these bytes, and the misses. */
async function score(bytes: Uint8Array, facts: Record<string, unknown>) {
  const { evaluation } = await extractDocument({ bytes, filename: 'report.txt' });
  const { checks } = compareFacts(facts, evaluation);
  const misses = checks.filter((c) => !c.ok).map((c) => c.field);
  return { share: (checks.length - misses.length) / checks.length, misses };
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

const SHAPES: ReadonlyArray<readonly [string, (t: string) => Uint8Array]> = [
  ['tables one cell per line', (t) => utf8(toCellLines(t, false))],
  ['tables one cell per line, blank lines between cells', (t) => utf8(toCellLines(t, true))],
  ['letter-spaced headings, brackets of the other width', (t) => utf8(toSpacedHeadings(t))],
  ['GB18030', (t) => encodeText(t, 'gb18030')],
  ['UTF-16 LE with a mark', (t) => encodeText(t, 'utf-16le')],
  ['UTF-16 BE with a mark', (t) => encodeText(t, 'utf-16be')],
  ['UTF-8 with a mark', (t) => encodeText(t, 'utf-8-bom')],
];

describe.skipIf(!haveSeeds)('seeds as text of every shape (≥ 98% of the facts)', () => {
  it.each(SHAPES.flatMap(([shape, make]) => seeds.map((s) => [shape, s.name, make, s] as const)))(
    '%s: %s',
    async (_shape, _n, make, s) => {
      const { share, misses } = await score(make(s.text), s.facts);
      expect(share, misses.join(', ')).toBeGreaterThanOrEqual(0.98);
    },
  );

  it.each(['utf-16le', 'utf-16be'] as const)('UTF-16 without a mark (%s)', async (enc) => {
    const s = seeds[0]!;
    expect((await score(encodeText(s.text, enc, false), s.facts)).share).toBeGreaterThanOrEqual(0.98);
  });
});

describe('headings with spaces and brackets of either width', () => {
  it.each([
    '二 、 绩 效 自 评 情 况',
    '二、绩效自评情况',
    '(二) 部门整体支出绩效指标完成情况',
    '（二）部门整体支出绩效指标完成情况',
    '( 二 ) 部门整体支出绩效指标完成情况',
    '（ 二 ）部门整体支出绩效指标完成情况',
  ])('%s is a heading with its number', (heading) => {
    const body = '本单位按照年度工作安排推进各项任务，资金使用总体规范，项目管理逐步完善。';
    const text = `一、部门基本情况\n${body}\n${heading}\n${body}\n三 、 存 在 问 题\n${body}`;
    const titles = buildOutline(readText(text).blocks)
      .root.children.flatMap((c) => [c, ...c.children])
      .map((c) => c.title);
    const expected = heading.includes('自') ? '绩效自评情况' : '部门整体支出绩效指标完成情况';
    expect(titles).toContain(expected);
    expect(titles).toContain('存在问题');
  });
});
