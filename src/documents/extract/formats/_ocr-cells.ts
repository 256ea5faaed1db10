/**
 * The cells of the ruled tables of a scanned page, found in the bitmap: the ruling lines painted on a coarse mask,
 * the white regions between them filled one by one (a merged cell is one region, since its inner border is missing).
 * Each cell is read by the OCR on its own, so words never run across a border and small header text is not lost.
 */
import type { PdfRule } from './_pdf-geometry';

/** A box in pixels of the page image, top-left origin. */
export interface PixelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Coarse mask cells per inch: a cell narrower than 1/25 inch is not a cell. */
const MASK_DPI = 75;

/** Boxes of the rules' crossing clusters (the tables' outlines), in pixels. */
function clusters(rules: readonly PdfRule[], px: number, height: number): PixelBox[] {
  const boxes = rules.map((r) => ({
    left: r.x1 * px,
    right: r.x2 * px,
    top: height - r.y2 * px,
    bottom: height - r.y1 * px,
  }));
  const near = 3 * px;
  const parent = boxes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i]!;
    return i;
  };
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (
        a.left <= b.right + near &&
        b.left <= a.right + near &&
        a.top <= b.bottom + near &&
        b.top <= a.bottom + near
      )
        parent[find(i)] = find(j);
    }
  const out = new Map<number, PixelBox & { h: number; v: number }>();
  boxes.forEach((b, i) => {
    const k = find(i);
    const o = out.get(k) ?? {
      left: Infinity,
      top: Infinity,
      right: -Infinity,
      bottom: -Infinity,
      h: 0,
      v: 0,
    };
    o.left = Math.min(o.left, b.left);
    o.top = Math.min(o.top, b.top);
    o.right = Math.max(o.right, b.right);
    o.bottom = Math.max(o.bottom, b.bottom);
    if (rules[i]!.y1 === rules[i]!.y2) o.h++;
    else o.v++;
    out.set(k, o);
  });
  // a table has at least two rows and two columns of borders
  return [...out.values()].filter((o) => o.h >= 2 && o.v >= 2);
}

export interface PageCells {
  /** Outlines of the tables. */
  tables: PixelBox[];
  /** Cells inside them, each read on its own. */
  cells: PixelBox[];
}

/** Tables and their cells on a page of `width` × `height` pixels at `dpi`, from the page's rules (points). */
export function findCells(rules: readonly PdfRule[], width: number, height: number, dpi: number): PageCells {
  const px = dpi / 72;
  const tables = clusters(rules, px, height);
  const scale = MASK_DPI / dpi;
  const [W, H] = [Math.ceil(width * scale) + 1, Math.ceil(height * scale) + 1];
  const mask = new Uint8Array(W * H);
  // rules drawn on the mask, each a little longer at both ends so a border that stops short still closes its cell
  const reach = 2;
  for (const r of rules) {
    const [x1, x2] = [Math.floor(r.x1 * px * scale) - reach, Math.ceil(r.x2 * px * scale) + reach];
    const [y1, y2] = [
      Math.floor((height - r.y2 * px) * scale) - reach,
      Math.ceil((height - r.y1 * px) * scale) + reach,
    ];
    const horizontal = r.y1 === r.y2;
    const xa = Math.max(0, horizontal ? x1 : Math.floor(r.x1 * px * scale));
    const xb = Math.min(W - 1, horizontal ? x2 : Math.ceil(r.x1 * px * scale));
    const yTop = Math.floor((height - r.y1 * px) * scale);
    const ya = Math.max(0, horizontal ? yTop : y1);
    const yb = Math.min(H - 1, horizontal ? Math.ceil((height - r.y1 * px) * scale) : y2);
    for (let y = ya; y <= yb; y++) mask.fill(1, y * W + xa, y * W + xb + 1);
  }
  const cells: PixelBox[] = [];
  const stack: number[] = [];
  for (const t of tables) {
    const [L, T, R, B] = [
      Math.floor(t.left * scale),
      Math.floor(t.top * scale),
      Math.ceil(t.right * scale),
      Math.ceil(t.bottom * scale),
    ];
    for (let y0 = T; y0 <= B; y0++)
      for (let x0 = L; x0 <= R; x0++) {
        if (mask[y0 * W + x0]) continue;
        let [l, tp, r, b] = [x0, y0, x0, y0];
        mask[y0 * W + x0] = 2;
        stack.push(y0 * W + x0);
        while (stack.length) {
          const p = stack.pop()!;
          const [x, y] = [p % W, Math.floor(p / W)];
          l = Math.min(l, x);
          r = Math.max(r, x);
          tp = Math.min(tp, y);
          b = Math.max(b, y);
          for (const q of [p - 1, p + 1, p - W, p + W]) {
            const [qx, qy] = [q % W, Math.floor(q / W)];
            if (qx < L || qx > R || qy < T || qy > B || mask[q]) continue;
            mask[q] = 2;
            stack.push(q);
          }
        }
        // a region reaching the outline is a cell without its outer border (a table cut by a page break)
        if (r - l < 2 || b - tp < 2) continue;
        cells.push({ left: l / scale, top: tp / scale, right: (r + 1) / scale, bottom: (b + 1) / scale });
      }
  }
  return { tables, cells };
}
