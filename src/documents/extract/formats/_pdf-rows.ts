/**
 * Table rows from lines of positioned text already split into columns: by lines (a row starts where a line opens
 * new cells, as when cells sit at the top of their row) or by cells (each cell's wrapped lines joined first, a row
 * being the cells whose lines overlap, as when cells are centred in their row); the reading with fewer gaps wins.
 */
import type { PdfText } from './_pdf-geometry';
import { type Line, lineText } from './_pdf-lines';

export interface RowContext {
  lines: readonly Line[];
  /** Items of each line by column. */
  cells: ReadonlyArray<Map<number, PdfText[]>>;
  /** True when line i carries on the text column c has on line p (above it): the line above was full. */
  joins(p: number, i: number, c: number): boolean;
  /** True when a rule or a wide gap lies between line p and line i below it. */
  boundary(p: number, i: number): boolean;
}

export interface Rows {
  /** Each row's text by column, one entry per line. */
  rows: Array<Map<number, string[]>>;
  /** The top of each row's first line. */
  rowTop: number[];
}

const add = (row: Map<number, string[]>, c: number, text: string) =>
  row.set(c, [...(row.get(c) ?? []), text]);

/** A line opens a new row unless every cell on it carries on a cell of the line above and it opens fewer cells. */
export function rowsByLines(ctx: RowContext): Rows {
  const out: Rows = { rows: [], rowTop: [] };
  let rowFirst = new Set<number>();
  ctx.lines.forEach((l, i) => {
    const m = ctx.cells[i]!;
    const occ = new Set(m.keys());
    const continues =
      i > 0 &&
      !ctx.boundary(i - 1, i) &&
      [...occ].every((c) => ctx.cells[i - 1]!.has(c) && ctx.joins(i - 1, i, c)) &&
      (occ.size < rowFirst.size || ![...rowFirst].every((c) => occ.has(c)));
    if (!continues) {
      out.rows.push(new Map());
      out.rowTop.push(l.y + l.size);
      rowFirst = occ;
    }
    for (const [c, its] of m) add(out.rows[out.rows.length - 1]!, c, lineText(its, false));
  });
  return out;
}

interface CellBlock {
  c: number;
  first: number;
  last: number;
  /** Line index and text of each of the cell's lines. */
  parts: Array<[number, string]>;
}

/** Cells first (wrapped lines of one column joined), then rows as the runs of lines that overlapping cells cover. */
export function rowsByCells(ctx: RowContext): Rows {
  const blocks: CellBlock[] = [];
  const open = new Map<number, CellBlock>();
  ctx.lines.forEach((_, i) => {
    const m = ctx.cells[i]!;
    // the line above in the same column: lines of cells centred in their rows may fall between other columns' lines
    const fresh = new Set(
      [...m.keys()].filter((c) => {
        const b = open.get(c);
        return !b || ctx.boundary(b.last, i) || !ctx.joins(b.last, i, c);
      }),
    );
    // a cell ending just above and another opening on this line mark a row boundary for every column
    const edge = [...fresh].some((d) => {
      const b = open.get(d);
      return b !== undefined && !ctx.boundary(b.last, i);
    });
    for (const [c, its] of m) {
      const text = lineText(its, false);
      const b = open.get(c);
      if (b && !fresh.has(c) && !edge) {
        b.last = i;
        b.parts.push([i, text]);
      } else {
        const nb: CellBlock = { c, first: i, last: i, parts: [[i, text]] };
        blocks.push(nb);
        open.set(c, nb);
      }
    }
  });
  blocks.sort((a, b) => a.first - b.first || a.c - b.c);
  const groups: CellBlock[][] = [];
  let start = -1;
  let end = -1;
  for (const b of blocks) {
    if (b.first > end || (b.first > start && ctx.boundary(b.first - 1, b.first))) {
      groups.push([]);
      start = b.first;
      end = b.last;
    } else end = Math.max(end, b.last);
    groups[groups.length - 1]!.push(b);
  }
  const out: Rows = { rows: [], rowTop: [] };
  for (const g of groups) {
    for (const sub of splitGroup(g, ctx.lines)) {
      const row = new Map<number, string[]>();
      let top = Number.NEGATIVE_INFINITY;
      for (const [c, i, text] of sub) {
        add(row, c, text);
        top = Math.max(top, ctx.lines[i]!.y + ctx.lines[i]!.size);
      }
      out.rows.push(row);
      out.rowTop.push(top);
    }
  }
  return out;
}

/**
 * Cells of one group of overlapping cells as rows: one row, unless a column holds several cells (a cell whose last
 * line happened to be full joined the next row's); then each line goes to the row of the nearest of those cells.
 */
function splitGroup(g: readonly CellBlock[], lines: readonly Line[]): Array<Array<[number, number, string]>> {
  const byCol = new Map<number, CellBlock[]>();
  for (const b of g) byCol.set(b.c, [...(byCol.get(b.c) ?? []), b]);
  let keys: CellBlock[] = [];
  for (const bs of byCol.values()) if (bs.length >= keys.length) keys = bs;
  const flat = g.flatMap((b) => b.parts.map(([i, t]) => [b.c, i, t] as [number, number, string]));
  if (keys.length < 2) return [flat];
  const centre = keys.map((k) => k.parts.reduce((s, [i]) => s + lines[i]!.y, 0) / k.parts.length);
  const subs: Array<Array<[number, number, string]>> = keys.map(() => []);
  for (const part of flat) {
    const y = lines[part[1]]!.y;
    let best = 0;
    centre.forEach((cy, k) => {
      if (Math.abs(cy - y) < Math.abs(centre[best]! - y)) best = k;
    });
    subs[best]!.push(part);
  }
  return subs.filter((s) => s.length);
}

/** Rows with fewer than half the columns filled: what a wrong reading leaves behind. */
function gaps(r: Rows): number {
  const cols = new Set(r.rows.flatMap((m) => [...m.keys()])).size;
  return r.rows.filter((m) => m.size < cols / 2).length;
}

/** The reading with the fewest gaps; on a tie the one with more rows, then the first. */
export function chooseRows(candidates: readonly Rows[]): Rows {
  let best = candidates[0]!;
  for (const c of candidates.slice(1)) {
    const d = gaps(c) - gaps(best);
    if (d < 0 || (d === 0 && c.rows.length > best.rows.length)) best = c;
  }
  return best;
}
