/**
 * Cells of one flattened row: a least-cost split of its lines (and of lines where cells share a baseline) into
 * columns, where every column has a width that all but the last line of a cell fill.
 */
import { displayWidth } from './_chars';
import { type ColumnRole, NUMERIC_ROLES } from './_columns';
import { isNumberCell, isValueLike } from './_values';

/** A row of a flattened table: its lines, one array per page (a repeated header starts a new segment). */
export interface FlatRow {
  seq: number;
  segments: string[][];
}

export interface ColumnModel {
  role: ColumnRole | null;
  /** Full width of a line in this column (display columns), or null before it is known. */
  width: number | null;
}

const SHORT_ROLES = new Set<ColumnRole>(['target', 'status', 'completion']);

interface Token {
  text: string;
  width: number;
  line: number;
}

const FULLNESS = 3;
const EMPTY = 2.5;
const SPLIT = 0.6;
const NOT_VALUE = 1.5;

/** Split lines at spaces, where cells that share a baseline meet; long prose keeps its middle whole. */
function tokenize(lines: readonly string[]): Token[] {
  const out: Token[] = [];
  lines.forEach((l, li) => {
    let parts = l.split(/\s+/).filter(Boolean);
    if (parts.length > 8) parts = [...parts.slice(0, 4), parts.slice(4, -3).join(' '), ...parts.slice(-3)];
    for (const t of parts) out.push({ text: t, width: displayWidth(t), line: li });
  });
  return out;
}

/**
 * Costs of every cell [t, u] of column `col` (u ≥ t), built incrementally: `out[u - t]` for a fixed start t;
 * cells past the end of `out` are impossible.
 * A cell costs: lines that do not end it but fall short of the column width (a wrapped line fills its column),
 * lines wider than the column, and content of the wrong kind (text in a number column, prose as a target).
 */
function cellCosts(
  tokens: readonly Token[],
  t: number,
  col: ColumnModel,
  out: number[],
  cont: number[],
): void {
  const role = col.role;
  const numeric = role != null && NUMERIC_ROLES.has(role);
  const short = role != null && SHORT_ROLES.has(role);
  const W = col.width;
  let done = 0; // cost of lines already closed (not the cell's last line)
  let w = 0;
  let line = -1;
  let text = '';
  let overflow = 0;
  for (let u = t; u < tokens.length; u++) {
    const tok = tokens[u]!;
    // a number column holds one token; a cell far wider than its column only gets wider: stop (missing = impossible)
    if ((numeric && u > t) || overflow > 40) break;
    if (tok.line !== line) {
      if (line !== -1 && W != null && w < W) done += FULLNESS * ((W - w) / W) ** 2;
      line = tok.line;
      w = tok.width;
      text += tok.text;
    } else {
      w += 0.25 + tok.width;
      text += ` ${tok.text}`;
    }
    if (W != null && w > W * 1.1 + 0.6) overflow = Math.max(overflow, 4 + (8 * (w - W)) / W);
    let cost = done + overflow;
    if (numeric) {
      if (!isNumberCell(tok.text)) cost = Number.POSITIVE_INFINITY;
    } else if (short) {
      if (!isValueLike(text)) cost += NOT_VALUE;
    } else if (role === 'name' && u === t && isNumberCell(tok.text)) cost += 1;
    out.push(cost);
    // the same cell cut by a page break: its last line here is not its last line
    cont.push(W != null && w < W ? cost + FULLNESS * ((W - w) / W) ** 2 : cost);
  }
}

/**
 * Least-cost assignment of a segment's tokens to columns; returns the lines of each column. `skip[c]` is what
 * leaving column c empty before a later column costs, `trail[c]` leaving it empty at the end; when the row
 * `continues` on the next page, the last cell here is cut, not ended.
 */
function assignSegment(
  tokens: readonly Token[],
  cols: readonly ColumnModel[],
  skip: readonly number[],
  trail: readonly number[],
  continues: boolean,
): string[][] {
  const C = cols.length;
  const T = tokens.length;
  const out: string[][] = cols.map(() => []);
  if (T === 0) return out;
  // cost[c][t][k]: cell of column c over tokens [t, t + k]; cut[c][t][k]: the same, cut by a page break
  const cost: number[][][] = [];
  const cut: number[][][] = [];
  for (const col of cols) {
    const cc: number[][] = [];
    const cu: number[][] = [];
    for (let t = 0; t < T; t++) {
      const a: number[] = [];
      const b: number[] = [];
      cellCosts(tokens, t, col, a, b);
      cc.push(a);
      cu.push(b);
    }
    cost.push(cc);
    cut.push(cu);
  }
  // best[t][c+1]: tokens [0, t) placed, column c the last one used (c = -1: none yet)
  const best: number[][] = Array.from({ length: T + 1 }, () =>
    new Array(C + 1).fill(Number.POSITIVE_INFINITY),
  );
  const back: Array<Array<[number, number] | null>> = Array.from({ length: T + 1 }, () =>
    new Array(C + 1).fill(null),
  );
  best[0]![0] = 0;
  for (let t = 0; t < T; t++) {
    const split = t > 0 && tokens[t]!.line === tokens[t - 1]!.line ? SPLIT : 0;
    for (let c = -1; c < C; c++) {
      const base = best[t]![c + 1]!;
      if (!Number.isFinite(base)) continue;
      let skipped = 0;
      for (let c2 = c + 1; c2 < C; c2++) {
        const row = cost[c2]![t]!;
        const last = Math.min(T - 1, t + row.length - 1);
        for (let u = t; u <= last; u++) {
          const cell = continues && u === T - 1 ? cut[c2]![t]![u - t]! : row[u - t]!;
          const v = base + skipped + split + cell;
          if (v < best[u + 1]![c2 + 1]!) {
            best[u + 1]![c2 + 1] = v;
            back[u + 1]![c2 + 1] = [t, c];
          }
        }
        skipped += skip[c2]!;
      }
    }
  }
  let bestC = -1;
  let bestV = Number.POSITIVE_INFINITY;
  for (let c = -1; c < C; c++) {
    let v = best[T]![c + 1]!;
    for (let x = c + 1; x < C; x++) v += trail[x]!;
    if (v < bestV) {
      bestV = v;
      bestC = c;
    }
  }
  if (!Number.isFinite(bestV)) {
    // nothing fits (a number where none belongs): keep the text in the last column rather than lose it
    out[C - 1]!.push(...linesOf(tokens, 0, T - 1));
    return out;
  }
  let t = T;
  let c = bestC;
  while (t > 0 && c >= 0) {
    const [t0, cPrev] = back[t]![c + 1]!;
    out[c]!.unshift(...linesOf(tokens, t0, t - 1));
    t = t0;
    c = cPrev;
  }
  return out;
}

/** Tokens [t, u] regrouped into their lines. */
function linesOf(tokens: readonly Token[], t: number, u: number): string[] {
  const out: string[] = [];
  let line = -1;
  for (let k = t; k <= u; k++) {
    const tok = tokens[k]!;
    if (tok.line === line) out[out.length - 1] += ` ${tok.text}`;
    else out.push(tok.text);
    line = tok.line;
  }
  return out;
}

/**
 * Cells of one row. A row cut by page breaks is read page by page: columns after the last one used on an
 * earlier page may stay empty there (their text comes later); a column empty on every page costs.
 */
export function assignRow(row: FlatRow, cols: readonly ColumnModel[], firstOnly = false): string[][] {
  const pieces: string[][] = cols.map(() => []);
  const segments = firstOnly ? row.segments.slice(0, 1) : row.segments;
  segments.forEach((seg, si) => {
    const last = si === segments.length - 1;
    const skip = cols.map((_, c) => (pieces[c]!.length === 0 ? EMPTY : 0));
    const trail = last ? skip : skip.map(() => 0);
    const got = assignSegment(tokenize(seg), cols, skip, trail, !last);
    got.forEach((p, c) => {
      pieces[c]!.push(...p);
    });
  });
  return pieces;
}

/** Width of a column from the pieces assigned to it: the widest line that did not end its cell. */
export function estimateWidth(cells: ReadonlyArray<readonly string[]>): number | null {
  let full = 0;
  let any = 0;
  for (const lines of cells) {
    lines.forEach((l, k) => {
      const w = displayWidth(l);
      any = Math.max(any, w);
      if (k < lines.length - 1) full = Math.max(full, w);
    });
  }
  if (any === 0) return null;
  return full > 0 ? Math.max(full, Math.min(any, full * 1.15)) : any;
}
