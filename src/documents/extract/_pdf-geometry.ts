/**
 * PDF page geometry to source items: ruled tables rebuilt from their border lines (merged cells found where a
 * border is missing, wrapped cell text joined), other text grouped into lines, all in reading order.
 */
import { joinWrapped } from './_chars';
import { toSourceLine } from './_lines';
import type { SourceItem, SourceLine, TableBlock } from './_model';

export interface PdfText {
  str: string;
  x: number;
  /** Baseline, PDF user space (grows upwards). */
  y: number;
  w: number;
  size: number;
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

/** Text of items, line by line (top to bottom), lines joined as wrapped text. */
function textOf(items: readonly PdfText[]): string {
  return joinWrapped(groupLines(items).map((l) => lineText(l, false)));
}

function groupLines(items: readonly PdfText[]): PdfText[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfText[][] = [];
  let cur: PdfText[] = [];
  let y = Number.NaN;
  for (const it of sorted) {
    if (cur.length && Math.abs(it.y - y) > Math.max(2, it.size * 0.5)) {
      lines.push(cur);
      cur = [];
    }
    if (!cur.length) y = it.y;
    cur.push(it);
  }
  if (cur.length) lines.push(cur);
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

/** One line of items as text; wide gaps become tabs when `tabs` is set (text laid out in columns). */
function lineText(items: readonly PdfText[], tabs: boolean): string {
  let out = '';
  let end = Number.NaN;
  for (const it of items) {
    if (!it.str) continue;
    const gap = it.x - end;
    if (out && Number.isFinite(gap)) {
      if (tabs && gap > it.size * 1.2) out += '\t';
      else if (gap > it.size * 0.2 && !/\s$/.test(out) && !/^\s/.test(it.str)) out += ' ';
    }
    out += it.str;
    end = it.x + it.w;
  }
  return out;
}

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
  return {
    kind: 'table',
    rows: squared,
    origin: { page },
    anchor: spansRows ? 'filled' : 'unknown',
    source: 'pdf',
  };
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
  const rest = items.filter((it) => !used.has(it) && it.str.trim());
  for (const line of groupLines(rest)) {
    const text = lineText(line, true);
    const src: SourceLine | null = toSourceLine(text, 0);
    if (!src) continue;
    src.origin = { page };
    placed.push({ top: line[0]!.y + line[0]!.size, item: src });
  }
  return placed.sort((a, b) => b.top - a.top).map((p) => p.item);
}
