/**
 * Scanned PDFs read by OCR: seed 004 rendered by the project, printed by LibreOffice and scanned (300 dpi
 * grayscale JPEG pages wrapped by img2pdf), read back through the whole extractor; a poor scan's figures warned
 * about; the Chinese refusal where the OCR programs are missing. Needs pdftoppm, Tesseract (chi_sim, eng),
 * img2pdf and soffice; under CI=true a missing one fails instead of skipping.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedScan } from '../../../../test/fixtures/extract/scans';
import { hasSoffice } from '../../../../test/fixtures/extract/variants';
import { extractDocument } from '..';
import { ExtractError } from '../_errors';
import { compareFacts } from '../facts';
import { readScannedPdf } from './_ocr';
import { ocrAvailable } from './_ocr-tools';

const SEEDS = resolve(process.env.JIXIAO_SEEDS ?? '../shared/seeds');
const FACTS_FILE = join(SEEDS, 'facts', '004_ceb9afcdf1314de4.json');
const FACTS = (existsSync(FACTS_FILE) ? JSON.parse(readFileSync(FACTS_FILE, 'utf8')) : null) as
  | (Record<string, unknown> & {
      department: string;
      year: number;
      total_score: number;
      indicator_count: number;
    })
  | null;

function installed(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const tools = (await ocrAvailable()) && installed('img2pdf', ['--version']) && hasSoffice();
const skip = !tools && process.env.CI !== 'true';

/** The title page, the score table and the indicator table (pages 1 and 4–8 of the 15). */
const PAGES = [1, 4, 5, 6, 7, 8];

describe.skipIf(skip)('a scanned report read by OCR (seed 004)', () => {
  let scan: Uint8Array;
  beforeAll(async () => {
    scan = await seedScan({ pages: PAGES });
  }, 300_000);

  it.skipIf(!FACTS)(
    'reads department, year, total score and every indicator, reporting the page count, then progress once per page',
    {
      timeout: 180_000,
    },
    async () => {
      const progress: Array<[number, number]> = [];
      const r = await extractDocument({
        bytes: scan,
        filename: '南洲街道扫描件.pdf',
        onProgress: (done, total) => progress.push([done, total]),
      });
      expect(progress).toEqual([[0, PAGES.length], ...PAGES.map((_, i) => [i + 1, PAGES.length])]);
      expect(r.evaluation.department.name).toBe(FACTS!.department);
      expect(r.evaluation.year).toBe(FACTS!.year);
      expect(r.evaluation.reported.total).toBe(FACTS!.total_score);
      expect(r.evaluation.indicators).toHaveLength(FACTS!.indicator_count);
      // the score table of page 4 (ruled, read cell by cell): every section and subsection score as in the facts
      const scores = compareFacts(FACTS!, r.evaluation).checks.filter((c) =>
        /^(sub)?section_scores\./.test(c.field),
      );
      expect(scores.length).toBeGreaterThan(5);
      expect(scores.filter((c) => !c.ok)).toEqual([]);
      expect(r.warnings[0]?.message).toBe(
        `PDF 没有文字层，已用文字识别（OCR）读取 ${PAGES.length} 页，识别结果请逐项核对`,
      );
    },
  );

  it('names each figure read with low confidence on a poor scan, with its page', {
    timeout: 120_000,
  }, async () => {
    const poor = await seedScan({ pages: [4], dpi: 100, quality: 30 });
    const doc = await readScannedPdf(poor, 'poor.pdf');
    const low = doc.warnings.filter((w) => w.code === 'extract_ocr_low_confidence');
    expect(low.length).toBeGreaterThan(0);
    for (const w of low) {
      expect(w.page).toBe(1);
      const m = /^第 1 页：“(\d[\d,.]*%?)” 识别可信度 (\d+)%，请核对$/.exec(w.message);
      expect(m, w.message).not.toBeNull();
      expect(Number(m![2])).toBeLessThan(80);
    }
  });
});

describe('without the OCR programs', () => {
  it('refuses a scan with the Chinese no-text message saying OCR is not available here', async () => {
    const err = await readScannedPdf(new Uint8Array([0x25, 0x50, 0x44, 0x46]), '扫描件.pdf', {
      tools: { path: '/nonexistent' },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).code).toBe('pdf_no_text');
    expect((err as ExtractError).message).toBe(
      '扫描件.pdf：PDF 没有文字层（可能是扫描件），无法读取；请提供可复制文字的 PDF 或 Word 文件（本机未安装文字识别（OCR）组件，无法识别扫描件）',
    );
  });
});
