/**
 * Robustness: truncated, shuffled, random, empty and binary inputs all end in a result or an ExtractError —
 * never another exception, never a hang; a 10 MB document is read in bounded memory.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toDocx } from '../../../test/fixtures/extract/variants';
import { Evaluation } from '../../core/model';
import { renderReport } from '../report';
import { ExtractError, type ExtractResult, extractDocument, extractText } from '.';

const SEEDS = resolve(process.env.JIXIAO_SEEDS ?? '../shared/seeds');

/** Report texts to mutate: the seeds when present, and reports rendered from the examples in any case. */
async function corpus(): Promise<string[]> {
  const texts: string[] = [];
  if (existsSync(SEEDS)) {
    for (const f of readdirSync(SEEDS)
      .filter((x) => x.endsWith('.txt'))
      .sort())
      texts.push(readFileSync(join(SEEDS, f), 'utf8'));
  }
  for (const f of readdirSync('examples')
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const e = Evaluation.parse(JSON.parse(readFileSync(join('examples', f), 'utf8')));
    texts.push(await renderReport(e, 'md'));
  }
  return texts;
}

/** The outcome is a valid evaluation or an ExtractError; anything else fails the property. */
function settle(run: () => ExtractResult): 'ok' | 'refused' {
  let r: ExtractResult;
  try {
    r = run();
  } catch (e) {
    if (e instanceof ExtractError) return 'refused';
    throw e;
  }
  expect(Evaluation.safeParse(r.evaluation).success).toBe(true);
  expect(r.warnings.filter((w) => w.code === 'extract_failed_part')).toEqual([]);
  return 'ok';
}

async function settleAsync(run: () => Promise<ExtractResult>): Promise<'ok' | 'refused'> {
  try {
    const r = await run();
    expect(Evaluation.safeParse(r.evaluation).success).toBe(true);
    expect(r.warnings.filter((w) => w.code === 'extract_failed_part')).toEqual([]);
    return 'ok';
  } catch (e) {
    if (e instanceof ExtractError) return 'refused';
    throw e;
  }
}

const ALPHABET = [
  ...'一二三四五六（）()、。，：1234567890.%\t |\n序号指标名称目标值得分分值合计万元年度预算执行数产出效益二是优',
];

describe('fuzz: text', () => {
  let texts: string[] = [];
  beforeAll(async () => {
    texts = await corpus();
  });

  it('truncated reports', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (which, cut) => {
        const t = texts[which % texts.length]!;
        settle(() => extractText(t.slice(0, cut % (t.length + 1)), 'cut.txt'));
      }),
      { numRuns: 60 },
    );
  });

  it('shuffled and dropped lines', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer(), (which, seed) => {
        const lines = texts[which % texts.length]!.split('\n');
        let s = seed;
        const rnd = () => {
          s = (Math.imul(s, 1103515245) + 12345) | 0;
          return (s >>> 0) / 2 ** 32;
        };
        const shuffled = lines.filter(() => rnd() > 0.2).sort(() => rnd() - 0.5);
        settle(() => extractText(shuffled.join('\n'), '2023年报告.txt'));
      }),
      { numRuns: 40 },
    );
  });

  it('random text made of report characters, with or without a title', () => {
    const title = '2023 年度广州市越秀区人民政府某某街道办事处部门整体支出绩效自评报告\n';
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.constantFrom(...ALPHABET), { maxLength: 3000 }),
        (titled, chars) => {
          outcomes.add(settle(() => extractText((titled ? title : '') + chars.join(''), '报告.txt')));
        },
      ),
      { numRuns: 200 },
    );
    expect(outcomes).toEqual(new Set(['ok', 'refused']));
  });

  it('empty and blank files are refused with a code', async () => {
    for (const b of ['', '  \n\t\n']) {
      await expect(
        extractDocument({ bytes: new TextEncoder().encode(b), filename: 'e.txt' }),
      ).rejects.toMatchObject({
        code: 'empty',
      });
    }
  });
});

describe('fuzz: bytes', () => {
  let docx: Uint8Array = new Uint8Array();
  beforeAll(async () => {
    const [first] = await corpus();
    docx = await toDocx(first!);
  });

  it('binary junk', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (bytes) => {
        await settleAsync(() => extractDocument({ bytes, filename: 'junk.bin' }));
      }),
      { numRuns: 100 },
    );
  });

  it('junk behind a PDF or zip signature', async () => {
    const sigs = [
      [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a],
      [0x50, 0x4b, 0x03, 0x04],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sigs), fc.uint8Array({ maxLength: 2000 }), async (sig, rest) => {
        const bytes = new Uint8Array([...sig, ...rest]);
        await settleAsync(() => extractDocument({ bytes, filename: 'x' }));
      }),
      { numRuns: 30 },
    );
  });

  it('truncated and damaged Word files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 8 }),
        async (cut, flips) => {
          const b = docx.slice(0, 1 + (cut % docx.length));
          for (const [at, v] of flips) b[at % b.length] = v;
          await settleAsync(() => extractDocument({ bytes: b, filename: 'damaged.docx' }));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a 10 MB document', () => {
  it('is read in bounded memory', async () => {
    const texts = await corpus();
    let big = '';
    const size = () => Buffer.byteLength(big);
    while (size() < 10 * 1024 * 1024) for (const t of texts) big += `${t}\n`;
    expect(Buffer.byteLength(big)).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 5);
    const r = extractText(big, 'big.txt');
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    const grew = (peak - before) / 1024 / 1024;
    expect(r.evaluation.indicators.length).toBeGreaterThan(0);
    // generous: the text itself is ~20 MB in memory as UTF-16; everything read from it stays within 1 GB
    expect(grew).toBeLessThan(1024);
  }, 120_000);
});
