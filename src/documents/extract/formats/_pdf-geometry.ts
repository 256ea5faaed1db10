/**
 * PDF page geometry to source items: ruled tables rebuilt from their border lines (merged cells found where a
 * border is missing, wrapped cell text joined), tables without a grid found from text positions (`_pdf-columns`),
 * other text grouped into lines, all in reading order.
 */
import { toSourceLine } from '../layout/_lines';
import type { SourceItem, SourceLine, TableBlock } from '../layout/_model';
import { findTextTables, mapColumns, setColumnBands } from './_pdf-columns';
import { groupLines, lineText, textOf } from './_pdf-lines';

export interface PdfText {
  str: string;
  x: number;
  /** Baseline, PDF user space (grows upwards). */
  y: number;
  w: number;
  size: number;
  /** OCR's confidence in this text, 0 to 100; absent for a text layer. */
  confidence?: number;
}

/** An axis-aligned rule: horizontal when y1 === y2, vertical when x1 === x2. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const TOL = 2;

function mergeCollinear(segs: PdfRule[], horizontal: boolean): PdfRule[] {
  const key = (s: PdfRule) => (horizontal ? s.y1 : s.x1);
  const lo = (s: PdfRule) => (horizontal ? s.x1 : s.y1);
  const hi = (s: PdfRule) => (horizontal ? s.x2 : s.y2);
  const sorted = [...segs].sort((a, b) => key(a) - key(b) || lo(a) - lo(b));
  const out: PdfRule[] = [];
  for (const s of sorted) {
    const last = out.find(
      (o) => Math.abs(key(o) - key(s)) <= 1 && lo(s) <= hi(o) + TOL && hi(s) >= lo(o) - TOL,
    );
    if (last) {
      if (horizontal) {
        last.x1 = Math.min(last.x1, s.x1);
        last.x2 = Math.max(last.x2, s.x2);
      } else {
        last.y1 = Math.min(last.y1, s.y1);
        last.y2 = Math.max(last.y2, s.y2);
      }
    } else out.push({ ...s });
  }
  return out;
}

function uniqueSorted(vals: number[], desc = false): number[] {
  const s = [...vals].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of s) if (out.length === 0 || v - out[out.length - 1]! > TOL) out.push(v);
  return desc ? out.reverse() : out;
}

interface Grid {
  xs: number[];
  ys: number[];
  h: PdfRule[];
  v: PdfRule[];
}

/** Clusters of crossing rules with at least two rows and two columns. */
function findGrids(rules: readonly PdfRule[]): Grid[] {
  const h = mergeCollinear(
    rules.filter((r) => Math.abs(r.y1 - r.y2) < 1),
    true,
  );
  const v = mergeCollinear(
    rules.filter((r) => Math.abs(r.x1 - r.x2) < 1),
    false,
  );
  const all = [...h.map((s) => ({ s, hor: true })), ...v.map((s) => ({ s, hor: false }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      const a = h[i]!;
      const b = v[j]!;
      if (b.x1 >= a.x1 - TOL && b.x1 <= a.x2 + TOL && a.y1 >= b.y1 - TOL && a.y1 <= b.y2 + TOL) {
        parent[find(i)] = find(h.length + j);
      }
    }
  }
  const groups = new Map<number, { h: PdfRule[]; v: PdfRule[] }>();
  all.forEach((x, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (x.hor ? g.h : g.v).push(x.s);
    groups.set(find(i), g);
  });
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    const xs = uniqueSorted(g.v.map((s) => s.x1));
    const ys = uniqueSorted(
      g.h.map((s) => s.y1),
      true,
    );
    if (xs.length >= 2 && ys.length >= 2 && xs.length * ys.length <= 40_000)
      grids.push({ xs, ys, h: g.h, v: g.v });
  }
  return grids;
}

const hasV = (g: Grid, x: number, y: number) =>
  g.v.some((s) => Math.abs(s.x1 - x) <= TOL && s.y1 <= y && s.y2 >= y);
const hasH = (g: Grid, x: number, y: number) =>
  g.h.some((s) => Math.abs(s.y1 - y) <= TOL && s.x1 <= x && s.x2 >= x);

function gridTable(g: Grid, items: readonly PdfText[], page: number): TableBlock | null {
  const R = g.ys.length - 1;
  const C = g.xs.length - 1;
  const id = (r: number, c: number) => r * C + c;
  const parent = Array.from({ length: R * C }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < R; r++) {
    const ym = (g.ys[r]! + g.ys[r + 1]!) / 2;
    for (let c = 0; c < C; c++) {
      const xm = (g.xs[c]! + g.xs[c + 1]!) / 2;
      if (c + 1 < C && !hasV(g, g.xs[c + 1]!, ym)) union(id(r, c), id(r, c + 1));
      if (r + 1 < R && !hasH(g, xm, g.ys[r + 1]!)) union(id(r, c), id(r + 1, c));
    }
  }
  const texts = new Map<number, PdfText[]>();
  for (const it of items) {
    const cx = it.x + it.w / 2;
    const cy = it.y + it.size * 0.3;
    const c = g.xs.findIndex((x, k) => k < C && cx >= x && cx < g.xs[k + 1]!);
    const r = g.ys.findIndex((y, k) => k < R && cy <= y && cy > g.ys[k + 1]!);
    if (c < 0 || r < 0) continue;
    const root = find(id(r, c));
    texts.set(root, [...(texts.get(root) ?? []), it]);
  }
  const rows: string[][] = [];
  let spansRows = false;
  for (let r = 0; r < R; r++) {
    const row: string[] = [];
    for (let c = 0; c < C; c++) {
      const root = find(id(r, c));
      const rc = root % C;
      if (rc === c && Math.floor(root / C) !== r) spansRows = true;
      row.push(rc === c ? textOf(texts.get(root) ?? []) : '');
    }
    rows.push(row);
  }
  // a column or row that only exists because of a merged cell's neighbour holds nothing of its own: drop it
  const keepCol = Array.from({ length: C }, (_, c) => rows.some((row) => row[c]));
  const squared = rows.map((row) => row.filter((_, c) => keepCol[c])).filter((row) => row.some(Boolean));
  if (squared.length < 1 || (squared[0]?.length ?? 0) < 2) return null;
  const table: TableBlock = {
    kind: 'table',
    rows: squared,
    origin: { page },
    anchor: spansRows ? 'filled' : 'unknown',
    source: 'pdf',
  };
  // where each kept column lies, so that the part of the table on the next page (which may lack a column whose
  // merged label stayed on this one) is joined column by column
  setColumnBands(
    table,
    keepCol.flatMap((keep, c) => (keep ? [{ lo: g.xs[c]!, hi: g.xs[c + 1]! }] : [])),
  );
  return table;
}

/** Source items of one page, top to bottom. */
export function layoutPdfPage(
  items: readonly PdfText[],
  rules: readonly PdfRule[],
  page: number,
): SourceItem[] {
  const placed: Array<{ top: number; item: SourceItem }> = [];
  const used = new Set<PdfText>();
  for (const g of findGrids(rules)) {
    const [left, right] = [g.xs[0]!, g.xs[g.xs.length - 1]!];
    const [top, bottom] = [g.ys[0]!, g.ys[g.ys.length - 1]!];
    const inside = items.filter((it) => {
      const cx = it.x + it.w / 2;
      const cy = it.y + it.size * 0.3;
      return cx >= left && cx <= right && cy <= top && cy >= bottom;
    });
    const t = gridTable(g, inside, page);
    if (!t) continue;
    for (const it of inside) used.add(it);
    placed.push({ top, item: t });
  }
  const loose = items.filter((it) => !used.has(it) && it.str.trim());
  for (const t of findTextTables(loose, rules, page)) {
    for (const it of t.used) used.add(it);
    placed.push({ top: t.top, item: t.table });
  }
  const rest = loose.filter((it) => !used.has(it));
  for (const line of groupLines(rest)) {
    const text = lineText(line, true);
    const src: SourceLine | null = toSourceLine(text, 0);
    if (!src) continue;
    src.origin = { page };
    placed.push({ top: line[0]!.y + line[0]!.size, item: src });
  }
  return placed.sort((a, b) => b.top - a.top).map((p) => p.item);
}

/** A page number as footers write it: 「3」「- 3 -」「第 3 页」「第 3 页 共 9 页」「3/9」. */
const PAGE_NUMBER =
  /^[-—–－\s]*(第\s*)?\d{1,4}\s*页?\s*([/／]\s*\d{1,4}|[,，]?\s*共\s*\d{1,4}\s*页)?[-—–－\s]*$/;
const edgeKey = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/** Lines opening or closing a page that are page furniture: page numbers, and running heads seen on other pages. */
function furnitureOf(pages: readonly SourceItem[][]): (item: SourceItem | undefined) => boolean {
  const seen = new Map<string, number>();
  for (const items of pages) {
    const keys = new Set(
      [items[0], items[items.length - 1]].flatMap((i) => (i?.kind === 'line' ? [edgeKey(i.text)] : [])),
    );
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return (item) =>
    item?.kind === 'line' &&
    (PAGE_NUMBER.test(item.text) || (item.text.length <= 40 && (seen.get(edgeKey(item.text)) ?? 0) >= 2));
}

const rowKey = (row: readonly string[]) => row.join('|').replace(/\s+/g, '');

/**
 * Join a table that runs over a page break: same width (or columns matched by position when the next part lacks
 * one), page numbers and running heads between the parts stepped over (kept after the table), and the header row
 * the next page repeats dropped.
 */
export function joinAcrossPages(pages: SourceItem[][]): SourceItem[] {
  const furniture = furnitureOf(pages);
  const out: SourceItem[] = [];
  for (const items of pages) {
    let lead = 0;
    while (lead < items.length && furniture(items[lead])) lead++;
    let k = out.length - 1;
    while (k >= 0 && furniture(out[k])) k--;
    const first = items[lead];
    const prev = out[k];
    if (first?.kind !== 'table' || prev?.kind !== 'table') {
      out.push(...items);
      continue;
    }
    const width = prev.rows[0]?.length ?? 0;
    // a column empty on the next page (a merged label not repeated) leaves a narrower table there
    const map = first.rows[0]?.length === width ? first.rows[0]!.map((_, c) => c) : mapColumns(prev, first);
    if (!map) {
      out.push(...items);
      continue;
    }
    const rows = first.rows.map((r) => {
      const wide: string[] = new Array(width).fill('');
      r.forEach((v, c) => {
        wide[map[c]!] = v;
      });
      return wide;
    });
    const same = rowKey(rows[0]!) === rowKey(prev.rows[0]!);
    prev.breaks = [...(prev.breaks ?? []), prev.rows.length];
    prev.rows.push(...rows.slice(same ? 1 : 0));
    out.push(...items.slice(0, lead), ...items.slice(lead + 1));
  }
  return out;
}
