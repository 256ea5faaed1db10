/**
 * Test factory: a small scanned PDF (no text layer) of a few pages, made the way a scanner does — each page of a
 * written PDF rendered to a grayscale image (`pdftoppm`) and wrapped again (`img2pdf`) — for tests of OCR progress.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildPdf, pdfText } from '../../../test/pdf';

const run = promisify(execFile);

/** Whether pdftoppm, img2pdf and tesseract are all installed (a scan is then read by OCR). */
export async function scanToolsAvailable(): Promise<boolean> {
  try {
    await Promise.all([
      run('pdftoppm', ['-v']),
      run('img2pdf', ['--version']),
      run('tesseract', ['--version']),
    ]);
    return true;
  } catch {
    return false;
  }
}

/** An image-only PDF of `pages` pages, each with one line of English text (`page 1` …). */
export async function scannedPdf(pages: number): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'jixiao-scan-test-'));
  try {
    const pdf = buildPdf(Array.from({ length: pages }, (_, i) => pdfText(`scanned page ${i + 1}`, 50, 350)));
    await writeFile(join(dir, 'in.pdf'), pdf);
    await run('pdftoppm', ['-r', '100', '-gray', '-png', join(dir, 'in.pdf'), join(dir, 'p')]);
    const images = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort();
    await run('img2pdf', [...images.map((f) => join(dir, f)), '-o', join(dir, 'scan.pdf')]);
    return new Uint8Array(await readFile(join(dir, 'scan.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
