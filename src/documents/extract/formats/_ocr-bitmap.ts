/**
 * A scanned page as pixels: the binary PGM (P5) that `pdftoppm -gray` writes, the ruling lines found in it (long runs
 * of dark pixels, horizontal and vertical) as PDF rules, and the page with those lines painted white for the OCR.
 */
import type { PdfRule } from './_pdf-geometry';

export interface GrayImage {
  width: number;
  height: number;
  /** One byte per pixel, 0 black to 255 white, rows top to bottom. */
  pixels: Uint8Array;
}

/** Parse a binary PGM (P5, 8 bits); null for anything else. */
export function parsePgm(bytes: Uint8Array): GrayImage | null {
  let pos = 0;
  const token = (): string | null => {
    for (;;) {
      while (pos < bytes.length && /\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
      if (bytes[pos] !== 0x23) break; // '#': a comment up to the end of the line
      while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
    }
    const start = pos;
    while (pos < bytes.length && !/\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
    return pos > start ? String.fromCharCode(...bytes.subarray(start, pos)) : null;
  };
  if (token() !== 'P5') return null;
  const [width, height, max] = [Number(token()), Number(token()), Number(token())];
  pos++; // the single white space before the pixels
  if (!(width > 0 && height > 0 && max > 0 && max < 256) || bytes.length - pos < width * height) return null;
  return { width, height, pixels: bytes.subarray(pos, pos + width * height) };
}

/** The image written back as a binary PGM. */
export function toPgm(img: GrayImage): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(head.length + img.pixels.length);
  out.set(head);
  out.set(img.pixels, head.length);
  return out;
}

export interface RuleOptions {
  /** Pixels per inch of the image. */
  dpi: number;
  /** Darker than this (0–255) is ink. */
  ink?: number;
}

/** A line found in the image, in pixels: `a`–`b` along it, `from`–`to` across it (its thickness). */
interface Band {
  a: number;
  b: number;
  from: number;
  to: number;
}

/**
 * Runs of ink at least `min` long along one axis, allowing gaps of `gap` pixels (a scan breaks thin lines), merged
 * with the runs of the neighbouring rows into bands as thick as the line.
 */
function bands(
  img: GrayImage,
  horizontal: boolean,
  min: number,
  gap: number,
  ink: number,
  maxThick: number,
): Band[] {
  const { width, height, pixels } = img;
  const [lines, along] = horizontal ? [height, width] : [width, height];
  const at = horizontal
    ? (l: number, i: number) => pixels[l * width + i]!
    : (l: number, i: number) => pixels[i * width + l]!;
  const open: Band[] = [];
  const done: Band[] = [];
  for (let l = 0; l < lines; l++) {
    const runs: Array<[number, number]> = [];
    let start = -1;
    let last = -1;
    for (let i = 0; i < along; i++) {
      if (at(l, i) < ink) {
        if (start < 0 || i - last > gap + 1) {
          if (start >= 0 && last - start + 1 >= min) runs.push([start, last]);
          start = i;
        }
        last = i;
      }
    }
    if (start >= 0 && last - start + 1 >= min) runs.push([start, last]);
    for (const [a, b] of runs) {
      const band = open.find((o) => o.to >= l - 1 && a <= o.b && b >= o.a);
      if (band) {
        band.a = Math.min(band.a, a);
        band.b = Math.max(band.b, b);
        band.to = l;
      } else open.push({ a, b, from: l, to: l });
    }
    for (let k = open.length - 1; k >= 0; k--) {
      if (open[k]!.to < l - 1) done.push(...open.splice(k, 1));
    }
  }
  done.push(...open);
  // a thick band is a filled area (a stamp, shading, a picture), not a line
  return done.filter((d) => d.to - d.from + 1 <= maxThick);
}

/**
 * Ruling lines of a page as PDF rules (points, y growing upwards), found as runs of ink longer than any stroke of
 * a character: horizontal ones at least 0.4 inch, vertical ones at least 0.3 inch.
 */
export function findRules(img: GrayImage, options: RuleOptions): PdfRule[] {
  const { dpi, ink = 128 } = options;
  const pt = 72 / dpi;
  const maxThick = Math.max(3, Math.round(dpi * 0.03));
  const gap = Math.max(1, Math.round(dpi / 150));
  const pageHeight = img.height * pt;
  const out: PdfRule[] = [];
  for (const b of bands(img, true, Math.round(dpi * 0.4), gap, ink, maxThick)) {
    const y = pageHeight - ((b.from + b.to + 1) / 2) * pt;
    out.push({ x1: b.a * pt, y1: y, x2: (b.b + 1) * pt, y2: y });
  }
  for (const b of bands(img, false, Math.round(dpi * 0.3), gap, ink, maxThick)) {
    const x = ((b.from + b.to + 1) / 2) * pt;
    out.push({ x1: x, y1: pageHeight - (b.b + 1) * pt, x2: x, y2: pageHeight - b.a * pt });
  }
  return out;
}

/** A copy of the image with the rules painted white (with a pixel of margin), so the OCR reads the cells alone. */
export function eraseRules(img: GrayImage, rules: readonly PdfRule[], dpi: number): GrayImage {
  const px = dpi / 72;
  const pixels = new Uint8Array(img.pixels);
  const margin = Math.max(1, Math.round(dpi / 150));
  const thick = Math.max(3, Math.round(dpi * 0.03));
  const fill = (x0: number, y0: number, x1: number, y1: number) => {
    const [xa, xb] = [Math.max(0, Math.floor(x0)), Math.min(img.width - 1, Math.ceil(x1))];
    const [ya, yb] = [Math.max(0, Math.floor(y0)), Math.min(img.height - 1, Math.ceil(y1))];
    for (let y = ya; y <= yb; y++) pixels.fill(255, y * img.width + xa, y * img.width + xb + 1);
  };
  for (const r of rules) {
    const [x1, x2] = [r.x1 * px, r.x2 * px];
    const [top, bottom] = [img.height - r.y2 * px, img.height - r.y1 * px];
    if (r.y1 === r.y2) fill(x1, top - thick / 2 - margin, x2, top + thick / 2 + margin);
    else fill(x1 - thick / 2 - margin, top, x1 + thick / 2 + margin, bottom);
  }
  return { width: img.width, height: img.height, pixels };
}
