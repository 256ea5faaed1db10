/**
 * A second reading of the figures Tesseract was unsure of: each low-confidence word holding a figure is cut out
 * and read again with the English model alone (one line, `--psm 7`), which knows Latin digits and the percent sign
 * better than chi_sim (that reads "%" as "9%" or "%6"). The second reading replaces the figure only when it is a
 * clean figure read with more confidence (its confidence then), or the same figure but for that way of reading "%"
 * (the lower confidence of the two then, so the figure is still warned about).
 */
import { rm, writeFile } from 'node:fs/promises';
import { type GrayImage, toPgm } from './_ocr-bitmap';
import { runTool, type ToolEnv } from './_ocr-tools';
import { normalizeDigits, type OcrWord, parseTsv } from './_ocr-words';

/** White margin around a cut-out word. */
const PAD = 10;
/** A whole reading that is one figure (a trailing point or comma is punctuation of the sentence). */
const CLEAN = /^(\d[\d,]*(\.\d+)?%?)[.,]?$/;
/** The part of a word from its first digit to its last digit or percent sign. */
const CORE = /\d(.*[\d%])?/;

/**
 * The second reading of a word, when it should replace the first: a clean figure read with more confidence (its
 * confidence then), or the same figure as the first but for chi_sim's "9%"/"%6" for "%" (the lower confidence of
 * the two then); null to keep the first. Only the figure inside the first reading is replaced.
 * @example pickReading({ text: '99.569%6。', confidence: 51 }, { text: '99.56%.', confidence: 28 }) // { text: '99.56%。', confidence: 28 }
 */
export function pickReading(
  first: { text: string; confidence: number },
  again: { text: string; confidence: number },
): { text: string; confidence: number } | null {
  const figure = CLEAN.exec(normalizeDigits(again.text))?.[1];
  const text = normalizeDigits(first.text);
  const core = CORE.exec(text)?.[0];
  if (!figure || !core) return null;
  const percent = figure.endsWith('%') && core.replace(/9?%\d?$/, '%') === figure;
  const surer = again.confidence > first.confidence;
  if (!percent && !surer) return null;
  return {
    text: text.replace(CORE, figure),
    confidence: surer ? again.confidence : Math.min(again.confidence, first.confidence),
  };
}

function cut(img: GrayImage, w: OcrWord): GrayImage {
  const [l, t] = [Math.max(0, w.left - 2), Math.max(0, w.top - 2)];
  const [r, b] = [Math.min(img.width, w.left + w.width + 2), Math.min(img.height, w.top + w.height + 2)];
  const [width, height] = [r - l + 2 * PAD, b - t + 2 * PAD];
  const pixels = new Uint8Array(width * height).fill(255);
  for (let y = t; y < b; y++)
    pixels.set(img.pixels.subarray(y * img.width + l, y * img.width + r), (y - t + PAD) * width + PAD);
  return { width, height, pixels };
}

/** The words with their unsure figures read again where that reads better; `base` names the temp files. */
export async function rereadFigures(
  img: GrayImage,
  words: readonly OcrWord[],
  threshold: number,
  base: string,
  env: ToolEnv,
  dpi: number,
): Promise<OcrWord[]> {
  const unsure = words
    .map((w, i) => ({ w, i }))
    .filter(({ w }) => w.confidence < threshold && /\d/.test(w.text) && w.width > 0 && w.height > 0);
  if (!unsure.length) return [...words];
  const files: string[] = [];
  for (const [k, { w }] of unsure.entries()) {
    const file = `${base}-r${k}.pgm`;
    await writeFile(file, toPgm(cut(img, w)));
    files.push(file);
  }
  await writeFile(`${base}-r.txt`, `${files.join('\n')}\n`);
  try {
    const { stdout } = await runTool(
      'tesseract',
      [`${base}-r.txt`, '-', '-l', 'eng', '--psm', '7', '--dpi', String(dpi), 'tsv'],
      env,
      60_000,
    );
    const second = new Map<number, { text: string; confidence: number }>();
    for (const r of parseTsv(stdout.toString('utf8'))) {
      const prev = second.get(r.image);
      second.set(r.image, {
        text: (prev ? `${prev.text} ` : '') + r.text,
        confidence: Math.min(prev?.confidence ?? 100, r.confidence),
      });
    }
    const out = [...words];
    unsure.forEach(({ w, i }, k) => {
      const again = second.get(k + 1);
      const better = again && pickReading(w, again);
      if (better) out[i] = { ...w, ...better };
    });
    return out;
  } finally {
    for (const f of files) await rm(f, { force: true });
    await rm(`${base}-r.txt`, { force: true });
  }
}
