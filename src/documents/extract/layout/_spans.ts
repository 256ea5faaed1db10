/**
 * Merged-cell labels in flattened tables: decide which rows a label covers when it is written once, either in
 * the first row of its span (`top`) or beside its middle row (`middle`, as PDF-to-text tools place it).
 */

export interface Anchor {
  label: string;
  /** Row (or mean of rows, for a label broken over consecutive rows) where the label is written. */
  pos: number;
  first: number;
  last: number;
}

/** Level names a label fragment may complete; a fragment that is not one of these joins the next row's fragment. */
export type IsComplete = (label: string) => boolean;

/** Non-empty cells of one column as anchors, fragments on consecutive rows joined while the label is incomplete. */
export function collectAnchors(
  cells: ReadonlyArray<string | null | undefined>,
  isComplete: IsComplete,
): Anchor[] {
  const out: Anchor[] = [];
  let open: Anchor | null = null;
  for (let r = 0; r < cells.length; r++) {
    const v = (cells[r] ?? '').trim();
    if (!v) {
      if (open) out.push(open);
      open = null;
      continue;
    }
    if (open && open.last === r - 1 && !isComplete(open.label)) {
      open.label += v;
      open.last = r;
      open.pos = (open.first + open.last) / 2;
      continue;
    }
    if (open) out.push(open);
    open = { label: v, pos: r, first: r, last: r };
  }
  if (open) out.push(open);
  return out;
}

/** Fill a top-anchored column: each label covers the rows down to the next label, within [from, to). */
export function fillDown(anchors: readonly Anchor[], from: number, to: number): Array<string | null> {
  const out: Array<string | null> = new Array(to - from).fill(null);
  const inside = anchors.filter((a) => a.first >= from && a.first < to);
  for (let i = 0; i < inside.length; i++) {
    const a = inside[i]!;
    const end = i + 1 < inside.length ? inside[i + 1]!.first : to;
    for (let r = a.first; r < end; r++) out[r - from] = a.label;
  }
  return out;
}

/** Cost of a label at `pos` covering rows [s, e]: a label sits at the middle row, or just above it when even. */
function spanCost(a: Anchor, s: number, e: number): number {
  if (a.first < s || a.last > e) return Number.POSITIVE_INFINITY;
  const d = (s + e) / 2 - a.pos;
  return d >= 0 ? d * d : 4 * d * d;
}

/**
 * Split rows [from, to) into consecutive spans, one per anchor in order, each as centred on its anchor as possible.
 * Returns the label of every row (null where no anchor lies in the range).
 */
export function spreadMiddle(anchors: readonly Anchor[], from: number, to: number): Array<string | null> {
  const inside = anchors.filter((a) => a.pos >= from && a.pos < to);
  const n = to - from;
  const out: Array<string | null> = new Array(n).fill(null);
  const k = inside.length;
  if (k === 0 || n <= 0) return out;
  if (k === 1 || n > 400) return spreadByMidpoints(inside, from, to);
  // best[j][e]: least cost covering rows from..e with the first j+1 anchors; back[j][e]: start of span j.
  const best: number[][] = Array.from({ length: k }, () => new Array(n).fill(Number.POSITIVE_INFINITY));
  const back: number[][] = Array.from({ length: k }, () => new Array(n).fill(-1));
  for (let e = 0; e < n; e++) best[0]![e] = spanCost(inside[0]!, from, from + e);
  for (let j = 1; j < k; j++) {
    const a = inside[j]!;
    for (let e = j; e < n; e++) {
      for (let s = j; s <= e; s++) {
        const prev = best[j - 1]![s - 1]!;
        if (!Number.isFinite(prev)) continue;
        const c = prev + spanCost(a, from + s, from + e);
        if (c < best[j]![e]!) {
          best[j]![e] = c;
          back[j]![e] = s;
        }
      }
    }
  }
  if (!Number.isFinite(best[k - 1]![n - 1]!)) return spreadByMidpoints(inside, from, to);
  let e = n - 1;
  for (let j = k - 1; j >= 0; j--) {
    const s = j === 0 ? 0 : back[j]![e]!;
    for (let r = s; r <= e; r++) out[r] = inside[j]!.label;
    e = s - 1;
  }
  return out;
}

/** Fallback for one label or very long columns: boundaries halfway between neighbouring anchors. */
function spreadByMidpoints(anchors: readonly Anchor[], from: number, to: number): Array<string | null> {
  const out: Array<string | null> = new Array(to - from).fill(null);
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    const s = i === 0 ? from : Math.floor((anchors[i - 1]!.pos + a.pos) / 2) + 1;
    const e = i === anchors.length - 1 ? to - 1 : Math.floor((a.pos + anchors[i + 1]!.pos) / 2);
    for (let r = Math.max(s, from); r <= Math.min(e, to - 1); r++) out[r - from] = a.label;
  }
  return out;
}

/** Row ranges [start, end) covered by consecutive equal labels. */
export function runsOf(
  labels: ReadonlyArray<string | null>,
): Array<{ label: string | null; start: number; end: number }> {
  const runs: Array<{ label: string | null; start: number; end: number }> = [];
  for (let r = 0; r < labels.length; r++) {
    const last = runs[runs.length - 1];
    if (last && last.label === labels[r]) last.end = r + 1;
    else runs.push({ label: labels[r] ?? null, start: r, end: r + 1 });
  }
  return runs;
}
