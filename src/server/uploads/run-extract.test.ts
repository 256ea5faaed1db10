import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPdf, pdfText } from '../../../test/pdf';
import { scannedPdf, scanToolsAvailable } from './_scan.testing';
import { extractInWorker, jobTimeoutMs } from './run-extract';

const tools = await scanToolsAvailable();

const LIMITS = { timeoutMs: 20_000 };
const twoPages = () => buildPdf([pdfText('page one', 50, 350), pdfText('page two', 50, 350)]);

describe('extractInWorker', () => {
  it('checks the announced page count in the worker and refuses a longer PDF with 413', async () => {
    const job = { kind: 'pdf', bytes: twoPages(), filename: '两页.pdf', maxPdfPages: 1 } as const;
    await expect(extractInWorker(job, LIMITS)).rejects.toMatchObject({
      status: 413,
      code: 'file_too_large',
      message: 'PDF 文件 两页.pdf 共 2 页，超过上限 1 页',
    });
  });

  it('passes the page limit to the PDF reader, which counts the pages the quick check cannot see', async () => {
    // A nested dictionary before /Count hides it from the single-pass check; the reader itself must count.
    const text = new TextDecoder()
      .decode(twoPages())
      .replace('/Type /Pages /Kids', '/Type /Pages /Resources << >> /Kids');
    const job = {
      kind: 'pdf',
      bytes: new TextEncoder().encode(text),
      filename: '两页.pdf',
      maxPdfPages: 1,
    } as const;
    await expect(extractInWorker(job, LIMITS)).rejects.toMatchObject({
      status: 413,
      code: 'file_too_large',
      message: '两页.pdf：PDF 共 2 页，超过上限 1 页',
    });
  });
});

describe('progress and the time limit of a long reading', () => {
  it('grows the limit with the pages announced: the larger of the base and pages × per page', () => {
    expect(jobTimeoutMs({ timeoutMs: 20_000, perPageMs: 10_000 }, 0)).toBe(20_000);
    expect(jobTimeoutMs({ timeoutMs: 20_000, perPageMs: 10_000 }, 12)).toBe(120_000);
    expect(jobTimeoutMs({ timeoutMs: 20_000 }, 12)).toBe(20_000);
  });

  it.skipIf(!tools && process.env.CI !== 'true')(
    'passes the pages of an OCR reading from the worker thread, one call per page',
    async () => {
      const job = {
        kind: 'pdf',
        bytes: await scannedPdf(2),
        filename: '扫描件.pdf',
        maxPdfPages: 10,
      } as const;
      const seen: [number, number][] = [];
      // Only English words on the pages: read by OCR, then not recognised as a report.
      await expect(
        extractInWorker(job, { ...LIMITS, perPageMs: 30_000, onProgress: (d, t) => seen.push([d, t]) }),
      ).rejects.toMatchObject({ code: 'unreadable_file' });
      expect(seen).toEqual([
        [0, 2],
        [1, 2],
        [2, 2],
      ]);
    },
    60_000,
  );
});

describe('a reading ended early', () => {
  /** The processes whose command line names a file in `dir` (pdftoppm or tesseract reading the job's pages). */
  const programsIn = (dir: string) =>
    readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .filter((p) => {
        try {
          return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(dir);
        } catch {
          return false;
        }
      });
  const scratchDirs = () => new Set(readdirSync(tmpdir()).filter((d) => d.startsWith('jixiao-ocr-')));

  it.skipIf(!tools && process.env.CI !== 'true')(
    'ends the OCR programs the worker started and removes their scratch folder when its client leaves',
    async () => {
      const before = scratchDirs();
      const job = {
        kind: 'pdf',
        bytes: await scannedPdf(6),
        filename: '扫描件.pdf',
        maxPdfPages: 10,
      } as const;
      const leave = new AbortController();
      let dir: string | null = null;
      const reading = extractInWorker(job, {
        ...LIMITS,
        perPageMs: 30_000,
        signal: leave.signal,
        onProgress: (done) => {
          // Page 1 read: OCR is under way, on a scratch folder of its own.
          if (done !== 1 || dir) return;
          dir = [...scratchDirs()].find((d) => !before.has(d)) ?? null;
          leave.abort();
        },
      });
      await expect(reading).rejects.toMatchObject({ code: 'server_busy' });
      expect(dir).not.toBeNull();
      const path = join(tmpdir(), dir!);
      // Killed at once, not left to run to their own time limit.
      await expect.poll(() => programsIn(path), { timeout: 2_000 }).toEqual([]);
      expect(existsSync(path)).toBe(false);
    },
    60_000,
  );
});
