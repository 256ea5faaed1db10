/** Ruling lines and table cells found in a page bitmap: a drawn grid with a merged cell, text strokes that are no rule. */
import { describe, expect, it } from 'vitest';
import { eraseRules, findRules, type GrayImage, parsePgm, toPgm } from './_ocr-bitmap';
import { findCells } from './_ocr-cells';

const DPI = 300;

/** A white page 1000 × 800 px with a table: rows at y 100/200/300, columns at x 100/400/700, the lower two
 *  cells of the left column merged (no border between them at y 200 for x 100–400), and a few glyph strokes. */
function page(): GrayImage {
  const [width, height] = [1000, 800];
  const pixels = new Uint8Array(width * height).fill(250);
  const ink = (x0: number, y0: number, x1: number, y1: number) => {
    for (let y = y0; y <= y1; y++) pixels.fill(20, y * width + x0, y * width + x1 + 1);
  };
  for (const y of [100, 300]) ink(100, y - 1, 700, y + 1);
  ink(400, 199, 700, 201);
  for (const x of [100, 400, 700]) ink(x - 1, 100, x + 1, 300);
  // strokes of characters: shorter than any rule
  ink(150, 150, 190, 152);
  ink(450, 240, 452, 280);
  ink(200, 500, 260, 503);
  return { width, height, pixels };
}

describe('bitmap rules', () => {
  it('reads a binary PGM back as written', () => {
    const img = page();
    const back = parsePgm(toPgm(img))!;
    expect([back.width, back.height]).toEqual([1000, 800]);
    expect(Buffer.from(back.pixels).equals(Buffer.from(img.pixels))).toBe(true);
    expect(parsePgm(new TextEncoder().encode('P2\n2 2\n255\n0 0 0 0'))).toBeNull();
  });

  it('finds the long horizontal and vertical runs of ink, in points with y upwards, and no glyph stroke', () => {
    const rules = findRules(page(), { dpi: DPI });
    const pt = (px: number) => (px * 72) / DPI;
    const horizontal = rules.filter((r) => r.y1 === r.y2);
    const vertical = rules.filter((r) => r.x1 === r.x2);
    expect(horizontal).toHaveLength(3);
    expect(vertical).toHaveLength(3);
    const top = horizontal.find((r) => Math.abs(r.y1 - pt(800 - 100.5)) < 1)!;
    expect(top.x1).toBeCloseTo(pt(100), 0);
    expect(top.x2).toBeCloseTo(pt(701), 0);
    expect(vertical.map((r) => Math.round(r.x1)).sort((a, b) => a - b)).toEqual([24, 96, 168]);
  });

  it('finds each cell once, the merged one as one, and erasing the rules leaves the strokes', () => {
    const img = page();
    const rules = findRules(img, { dpi: DPI });
    const { tables, cells } = findCells(rules, img.width, img.height, DPI);
    expect(tables).toHaveLength(1);
    expect(cells).toHaveLength(3);
    const merged = cells.find((c) => c.left < 200)!;
    expect(merged.top).toBeLessThan(120);
    expect(merged.bottom).toBeGreaterThan(280);
    const clean = eraseRules(img, rules, DPI);
    expect(clean.pixels[100 * 1000 + 300]).toBe(255);
    expect(clean.pixels[150 * 1000 + 170]).toBe(20);
  });
});
