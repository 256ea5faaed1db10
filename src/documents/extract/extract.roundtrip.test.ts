/**
 * Other layouts of the same reports: seeds rewritten with pipe tables and flattened tables, seeds as Word files
 * (docx library and LibreOffice) and PDFs (LibreOffice), and `extract(report(x))` for every example, in .docx
 * and in .pdf. LibreOffice parts are skipped, with the reason, where `soffice` is not installed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  convertCached,
  hasSoffice,
  toDocx,
  toFlattened,
  toPipeTables,
} from '../../../test/fixtures/extract/variants';
import { Evaluation } from '../../core/model';
import { renderReport } from '../report';
import { extractDocument, extractText } from '.';
import { compareFacts } from './facts';
import { diffFacts, keyFacts } from './roundtrip';

const SEEDS = resolve(process.env.JIXIAO_SEEDS ?? '../shared/seeds');
const haveSeeds = existsSync(join(SEEDS, 'facts'));
const soffice = hasSoffice();

interface Seed {
  name: string;
  text: string;
  facts: Record<string, unknown>;
}

function loadSeeds(): Seed[] {
  return readdirSync(join(SEEDS, 'facts'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const facts = JSON.parse(readFileSync(join(SEEDS, 'facts', f), 'utf8')) as Record<string, unknown>;
      const name = String(facts.source);
      return { name, text: readFileSync(join(SEEDS, name), 'utf8'), facts };
    });
}

/** Misses of one document against its facts, as readable lines (empty when everything matches). */
function misses(facts: Record<string, unknown>, e: Evaluation): string[] {
  return compareFacts(facts, e)
    .checks.filter((c) => !c.ok)
    .map((c) => `${c.field}: ${JSON.stringify(c.expected)} → ${JSON.stringify(c.got)}`);
}

const seeds = haveSeeds ? loadSeeds() : [];

describe.skipIf(!haveSeeds)('seeds in other layouts (facts all come back)', () => {
  it.each(seeds.map((s) => [s.name, s] as const))('pipe tables: %s', (_n, s) => {
    expect(misses(s.facts, extractText(toPipeTables(s.text), s.name).evaluation)).toEqual([]);
  });

  it.each(seeds.map((s) => [s.name, s] as const))('tables flattened one cell per line: %s', (_n, s) => {
    expect(misses(s.facts, extractText(toFlattened(s.text), s.name).evaluation)).toEqual([]);
  });

  it.each(seeds.map((s) => [s.name, s] as const))(
    'Word with ruled tables (docx library): %s',
    async (_n, s) => {
      const r = await extractDocument({
        bytes: await toDocx(s.text),
        filename: s.name.replace('.txt', '.docx'),
      });
      expect(misses(s.facts, r.evaluation)).toEqual([]);
    },
  );
});

describe.skipIf(!haveSeeds || !soffice)('seeds converted by LibreOffice', () => {
  const docx = new Map<string, Uint8Array>();
  const pdf = new Map<string, Uint8Array>();
  // text rendered to PDF loses its tab tables; narrative-only seeds go that way, seeds with tables as Word files
  const narrative = seeds.filter((s) => !s.text.includes('\t'));
  const tabular = seeds.filter((s) => s.text.includes('\t') || !narrative.includes(s));

  beforeAll(async () => {
    for (const [k, v] of await convertCached(
      seeds.map((s) => ({ name: s.name, bytes: s.text })),
      'docx',
    ))
      docx.set(k, v);
    const viaWord = await Promise.all(
      tabular.map(async (s) => ({
        name: s.name.replace('.txt', '.docx'),
        bytes: await toDocx(s.text),
        key: `toDocx:${s.text}`,
      })),
    );
    for (const [k, v] of await convertCached(
      [...narrative.map((s) => ({ name: s.name, bytes: s.text })), ...viaWord],
      'pdf',
    ))
      pdf.set(k.replace('.docx', '.txt'), v);
  }, 300_000);

  it.each(seeds.map((s) => [s.name, s] as const))('.txt → .docx: %s', async (_n, s) => {
    const r = await extractDocument({ bytes: docx.get(s.name)!, filename: 'seed.docx' });
    expect(misses(s.facts, r.evaluation)).toEqual([]);
  });

  it.each(seeds.map((s) => [s.name, s] as const))(
    '→ .pdf: %s',
    async (_n, s) => {
      const r = await extractDocument({ bytes: pdf.get(s.name)!, filename: 'seed.pdf' });
      expect(misses(s.facts, r.evaluation)).toEqual([]);
    },
    60_000,
  );
});

const examples = readdirSync('examples')
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({
    name: f,
    evaluation: Evaluation.parse(JSON.parse(readFileSync(join('examples', f), 'utf8'))),
  }));

describe('extract(report(x)) gives back the facts of x: .docx', () => {
  it.each(examples.map((x) => [x.name, x] as const))('%s', async (_n, x) => {
    const docx = await renderReport(x.evaluation, 'docx');
    const r = await extractDocument({ bytes: docx, filename: x.name.replace('.json', '.docx') });
    expect(diffFacts(keyFacts(x.evaluation), keyFacts(r.evaluation))).toEqual([]);
  });
});

describe.skipIf(!soffice)(
  'extract(report(x)) gives back the facts of x: .pdf (the .docx printed by LibreOffice)',
  () => {
    const pdfs = new Map<string, Uint8Array>();
    beforeAll(async () => {
      const inputs = await Promise.all(
        examples.map(async (x) => ({
          name: x.name.replace('.json', '.docx'),
          bytes: await renderReport(x.evaluation, 'docx'),
        })),
      );
      for (const [k, v] of await convertCached(inputs, 'pdf')) pdfs.set(k, v);
    }, 300_000);

    it.each(examples.map((x) => [x.name, x] as const))(
      '%s',
      async (_n, x) => {
        const r = await extractDocument({
          bytes: pdfs.get(x.name.replace('.json', '.docx'))!,
          filename: 'report.pdf',
        });
        expect(diffFacts(keyFacts(x.evaluation), keyFacts(r.evaluation))).toEqual([]);
      },
      60_000,
    );
  },
);
