/**
 * Tables without a full grid of ruling lines, found from where the text sits: column bands from the gaps that no
 * line of the table crosses, rows from baselines, wrapped lines joined to their cell, and labels of merged cells
 * (sparse leading columns) kept on the row where they are written. Works from positions alone (text layer or OCR).
 */
import { joinWrapped } from '../layout/_chars';
import type { TableBlock } from '../layout/_model';
import type { PdfRule, PdfText } from './_pdf-geometry';
import { groupLines, type Line, lineText, median, right, toLine } from './_pdf-lines';
import { chooseRows, type RowContext, rowsByCells, rowsByLines } from './_pdf-rows';

interface Band {
  lo: number;
  hi: number;
}

/** The x-range of each column of a table read from positions, for joining its parts across a page break. */
const columnBands = new WeakMap<TableBlock, Band[]>();

/** Columns of the next page's part mapped onto the columns of the part before (index per column), or null. */
/** Record where a table's columns lie across the page (ruled tables: between their vertical rules). */
export function setColumnBands(table: TableBlock, bands: Band[]): void {
  columnBands.set(table, bands);
}

export function mapColumns(prev: TableBlock, next: TableBlock): number[] | null {
  const a = columnBands.get(prev);
  const b = columnBands.get(next);
  if (!a || !b || b.length > a.length) return null;
  const overlap = (x: Band, y: Band) => Math.min(x.hi, y.hi) - Math.max(x.lo, y.lo);
  const map = b.map((band) => {
    let best = -1;
    a.forEach((p, k) => {
      if (overlap(band, p) > 0 && (best < 0 || overlap(band, p) > overlap(band, a[best]!))) best = k;
    });
    return best;
  });
  return map.every((k, i) => k >= 0 && (i === 0 || k > map[i - 1]!)) ? map : null;
}

export interface TextTable {
  table: TableBlock;
  top: number;
  used: PdfText[];
}

/** Narrowest gutter between two columns, in font sizes. */
const MIN_GUTTER = 0.4;
/** A line farther than this below the one above (in font sizes) does not continue a table. */
const MAX_PITCH = 3.2;

/** Column bands: the x-ranges covered by text of the table's multi-cell lines, split where none of them has text. */
function bandsOf(lines: readonly Line[], size: number): Band[] {
  const spans = lines
    .flatMap((l) => l.items.map((i) => ({ lo: i.x, hi: right(i) })))
    .sort((a, b) => a.lo - b.lo);
  const out: Band[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.lo < last.hi + MIN_GUTTER * size) last.hi = Math.max(last.hi, s.hi);
    else out.push({ ...s });
  }
  return out;
}

const crosses = (l: Line, bands: readonly Band[]) =>
  l.items.some((i) =>
    bands.some((b, k) => {
      const next = bands[k + 1];
      if (!next) return false;
      const mid = (b.hi + next.lo) / 2;
      return i.x < mid && right(i) > mid;
    }),
  );

/** True when all of a line lies inside one column other than the first. */
function inOneColumn(l: Line, bands: readonly Band[]): boolean {
  return bands.some((b, k) => k > 0 && l.x0 >= b.lo - 1 && l.x1 <= b.hi + 1);
}

function columnOf(it: PdfText, bands: readonly Band[]): number {
  const cx = it.x + it.w / 2;
  let best = 0;
  let dist = Number.POSITIVE_INFINITY;
  bands.forEach((b, k) => {
    const d = cx < b.lo ? b.lo - cx : cx > b.hi ? cx - b.hi : 0;
    if (d < dist) {
      dist = d;
      best = k;
    }
  });
  return best;
}

/** A figure written on one line (a number, a percentage, a comparison). */
const isValue = (s: string) => /^[\d.,，%‰+\-−≥≤><=＞＜～~\s]+$/.test(s.trim());

/** Rows of one block of table lines; null when the lines do not make a table. */
function buildTable(block: readonly Line[], rules: readonly PdfRule[], page: number): TextTable | null {
  const size = median(block.map((l) => l.size));
  const bands = bandsOf(
    block.filter((l) => l.runs >= 3),
    size,
  );
  if (bands.length < 3) return null;
  const C = bands.length;
  const items = block.flatMap((l) => l.items);
  const col = new Map(items.map((it) => [it, columnOf(it, bands)]));
  const cellsOf = (l: Line) => {
    const m = new Map<number, PdfText[]>();
    for (const it of l.items) m.set(col.get(it)!, [...(m.get(col.get(it)!) ?? []), it]);
    return m;
  };
  if (block.map(cellsOf).filter((m) => m.size >= 3).length < 2) return null;
  // leading columns filled on few lines hold the labels of merged cells, placed by height, not by line
  const label: boolean[] = new Array(C).fill(false);
  for (let c = 0; c < Math.min(2, C - 2); c++) {
    if (c > 0 && !label[c - 1]) break;
    label[c] = block.filter((l) => l.items.some((it) => col.get(it) === c)).length < 0.4 * block.length;
  }
  const lines = groupLines(items.filter((it) => !label[col.get(it)!])).map(toLine);
  const cells = lines.map(cellsOf);
  const colRight = bands.map((_, c) => Math.max(...items.filter((it) => col.get(it) === c).map(right)));
  // text wrapped when the line above could not hold the next line's first piece within the widest line seen
  const wraps = (above: readonly PdfText[] | undefined, below: readonly PdfText[], c: number) => {
    if (!above?.length || !below.length) return false;
    const first = below[0]!;
    const piece = /^[\x21-\x7e]+[，。、；：）%]?/.exec(first.str.trim())?.[0].length ?? 1;
    const perChar = first.w / Math.max(1, [...first.str].length);
    return Math.max(...above.map(right)) + piece * perChar > colRight[c]! + 0.02 * size;
  };
  const left = bands[0]!.lo;
  const width = bands[C - 1]!.hi - left;
  const ruled = (upper: Line, lower: Line) =>
    rules.some(
      (r) =>
        Math.abs(r.y1 - r.y2) < 1 &&
        r.y1 < upper.y &&
        r.y1 > lower.y + lower.size * 0.6 &&
        Math.min(r.x2, left + width) - Math.max(r.x1, left) >= 0.5 * width,
    );
  const pitches = lines.slice(1).map((l, i) => lines[i]!.y - l.y);
  const minPitch = Math.min(...pitches.filter((p) => p >= 0.9 * size), MAX_PITCH * size);
  const near = (upper: Line, lower: Line) => upper.y - lower.y <= 1.6 * minPitch;
  const ctx: RowContext = {
    lines,
    cells,
    boundary: (p, i) => ruled(lines[p]!, lines[i]!) || !near(lines[p]!, lines[i]!),
    joins: (p, i, c) => {
      const up = cells[p]!.get(c);
      const below = lineText(cells[i]!.get(c) ?? [], false);
      // a figure never runs on into another figure; its unit may wrap below it (「≥3,000」「亩」)
      const figures = isValue(lineText(up ?? [], false)) && /^[\d.,+\-−≥≤><=＞＜]/.test(below.trim());
      return wraps(up, cells[i]!.get(c) ?? [], c) && !figures;
    },
  };
  // rows read two ways, cells aligned to the top of their row or centred in it: the way that leaves fewer gaps wins
  const { rows, rowTop } = chooseRows([rowsByLines(ctx), rowsByCells(ctx)]);
  if (!rows.length) return null;
  // each label, its wrapped lines joined, goes to the row its first line sits in
  for (let c = 0; c < C; c++) {
    if (!label[c]) continue;
    const parts = groupLines(items.filter((it) => col.get(it) === c)).map(toLine);
    let open: { row: number; line: Line } | null = null;
    for (const p of parts) {
      let row = 0;
      while (row + 1 < rows.length && rowTop[row + 1]! >= p.y + 0.5 * p.size) row++;
      // a label on the first line of a later row opens a new label (the header's label column is full too)
      const opensRow = row !== open?.row && Math.abs(rowTop[row]! - (p.y + p.size)) < 0.3 * size;
      const joined: boolean = !!open && !opensRow && near(open.line, p) && wraps(open.line.items, p.items, c);
      const at: number = joined && open ? open.row : row;
      const cell = rows[at]!;
      cell.set(c, [...(cell.get(c) ?? []), lineText(p.items, false)]);
      open = { row: at, line: p };
    }
  }
  const out = rows.map((m) => bands.map((_, c) => joinWrapped(m.get(c) ?? [])));
  if (out.length < 2 || out.filter((r) => r.filter(Boolean).length >= 3).length < 2) return null;
  const table: TableBlock = { kind: 'table', rows: out, origin: { page }, anchor: 'unknown', source: 'pdf' };
  columnBands.set(table, bands);
  return {
    table,
    top: block[0]!.y + block[0]!.size,
    used: items,
  };
}

/**
 * Tables in one run of lines: cut where a line crosses a gutter, each part read again. `pageTop`: the run opens the
 * page, so short lines above the first row inside one column (not the first) are the rest of a cell from the page
 * before.
 */
function tablesIn(lines: Line[], rules: readonly PdfRule[], page: number, pageTop = false): TextTable[] {
  let first = lines.findIndex((l) => l.runs >= 3);
  if (first < 0) return [];
  const core = lines.slice(first).filter((l) => l.runs >= 3);
  if (core.length < 2) return [];
  const size = median(lines.map((l) => l.size));
  const bands = bandsOf(core, size);
  // a header cell of two lines centred beside one-line cells starts less than a line above them
  while (first > 0 && lines[first - 1]!.y - lines[first]!.y < size && !crosses(lines[first - 1]!, bands))
    first--;
  if (pageTop && lines.slice(0, first).every((l) => inOneColumn(l, bands))) first = 0;
  lines = lines.slice(first);
  const cut = lines.findIndex((l) => crosses(l, bands));
  if (cut >= 0) {
    return [
      ...tablesIn(lines.slice(0, cut), rules, page, pageTop),
      ...tablesIn(lines.slice(cut + 1), rules, page),
    ];
  }
  // the table ends with its last line of several cells, or a wrapped line below it
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.runs < 2) end--;
  const body = lines.slice(0, end);
  const t = buildTable(body, rules, page);
  if (!t) return [];
  // lines below that continue the last row's cells belong to it
  const tail = lines.slice(end);
  // not a line from the table's left edge: a heading or paragraph after the table starts there
  const bands0 = bandsOf(
    body.filter((l) => l.runs >= 3),
    size,
  );
  if (tail.length && tail.every((l) => l.x0 > bands0[0]!.hi)) {
    const longer = buildTable([...body, ...tail], rules, page);
    if (longer && longer.table.rows.length === t.table.rows.length) return [longer];
  }
  return [t];
}

/** Tables laid out by position alone among the items of a page (items inside ruled grids already taken). */
export function findTextTables(
  items: readonly PdfText[],
  rules: readonly PdfRule[],
  page: number,
): TextTable[] {
  const lines = groupLines(items.filter((i) => i.str.trim())).map(toLine);
  if (lines.length < 2) return [];
  const pageLeft = Math.min(...lines.map((l) => l.x0));
  const pageW = Math.max(...lines.map((l) => l.x1)) - pageLeft;
  const out: TextTable[] = [];
  let run: Line[] = [];
  const flush = () => {
    if (run.length >= 2) out.push(...tablesIn(run, rules, page, run[0] === lines[0]));
    run = [];
  };
  for (const l of lines) {
    const fits = l.runs >= 2 || l.x1 - l.x0 <= 0.55 * pageW;
    const prev = run[run.length - 1];
    if (prev && (!fits || prev.y - l.y > MAX_PITCH * Math.max(l.size, prev.size))) flush();
    if (fits) run.push(l);
  }
  flush();
  return out;
}
