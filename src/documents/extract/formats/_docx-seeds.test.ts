import { describe, expect, it } from 'vitest';
import { loadDocs } from '../../../../test/fixtures/extract/kinds';
import {
  hasProgram,
  toDocxCellParagraphs,
  toLibreOfficeDocx,
  toPandocDocx,
} from '../../../../test/fixtures/extract/shapes';
import { extractDocument } from '..';
import { compareFacts } from '../facts';

/** The seed reports with their hand-checked facts (none when ../shared is not beside the repository). */
const seeds = loadDocs()
  .filter((d) => d.group === 'seed')
  .map((d) => ({ name: `${d.id}.txt`, facts: d.facts, text: d.text }));
const haveSeeds = seeds.length > 0;
const ci = process.env.CI === 'true';

async function misses(bytes: Uint8Array, facts: Record<string, unknown>) {
  const { evaluation } = await extractDocument({ bytes, filename: 'report.docx' });
  const { checks } = compareFacts(facts, evaluation);
  const bad = checks.filter((c) => !c.ok).map((c) => c.field);
  return { share: (checks.length - bad.length) / checks.length, bad };
}

const cases = (make: (t: string) => Promise<Uint8Array>) => seeds.map((s) => [s.name, s, make] as const);

describe.skipIf(!haveSeeds)('seeds as Word files of other origins (≥ 98% of the facts)', () => {
  it.each(cases(toDocxCellParagraphs))('tables turned into paragraphs: %s', async (_n, s, make) => {
    const { share, bad } = await misses(await make(s.text), s.facts);
    expect(share, bad.join(', ')).toBeGreaterThanOrEqual(0.98);
  });

  it.skipIf(!hasProgram('pandoc') && !ci).each(cases(toPandocDocx))(
    'pandoc -f markdown -t docx: %s',
    async (_n, s, make) => {
      const { share, bad } = await misses(await make(s.text), s.facts);
      expect(share, bad.join(', ')).toBeGreaterThanOrEqual(0.98);
    },
    120_000,
  );

  it.skipIf(!hasProgram('soffice') && !ci).each(cases(toLibreOfficeDocx))(
    'LibreOffice from HTML: %s',
    async (_n, s, make) => {
      const { share, bad } = await misses(await make(s.text), s.facts);
      expect(share, bad.join(', ')).toBeGreaterThanOrEqual(0.98);
    },
    240_000,
  );
});
