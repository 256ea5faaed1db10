/**
 * Tables flattened one cell per line, as PDF-to-text tools leave them: header words split over lines, numbered
 * rows, cells wrapped mid-word, single-line cells of a row merged on one line, the header repeated after a page
 * break. Rows are found by their sequence numbers; cells by `_flat-cells`, with column widths learned from the
 * document.
 */
import { compactText, displayWidth, joinWrapped } from './_chars';
import { headerKey, isHeaderPrefix, roleOf, segmentHeader, VALUE_ROLES } from './_columns';
import { assignRow, type ColumnModel, estimateWidth, type FlatRow } from './_flat-cells';
import type { SourceLine, TableBlock } from './_model';
import { isNumberedLine } from './_numbering';
import { isNumberCell } from './_values';

export interface FlatScan {
  start: number;
  end: number;
  header: string[];
  rows: FlatRow[];
}

/** Read the header words starting at line i; null when the lines there are not a flattened table header. */
function readHeader(lines: readonly SourceLine[], i: number): { words: string[]; next: number } | null {
  let acc = '';
  let j = i;
  while (j < lines.length && j - i < 24) {
    const t = lines[j]!.text;
    if (t.includes('\t')) break;
    const next = acc + compactText(t);
    if (!isHeaderPrefix(next)) break;
    acc = next;
    j++;
  }
  if (j === i) return null;
  const words = segmentHeader(acc);
  if (!words || words.length < 3 || words[0] !== '序号') return null;
  if (!words.some((w) => VALUE_ROLES.has(roleOf(w) ?? 'item'))) return null;
  return { words, next: j };
}

/** Number of lines starting at p that repeat the header, or 0. */
function headerRepeatAt(lines: readonly SourceLine[], p: number, header: string): number {
  let acc = '';
  for (let q = p; q < lines.length && q - p < 24; q++) {
    acc += compactText(lines[q]!.text);
    const key = headerKey(acc);
    if (!header.startsWith(key)) return 0;
    // the whole header, units in brackets included
    if (key === header && !/[(（][^)）]*$/.test(acc)) return q - p + 1;
  }
  return 0;
}

/**
 * Find a flattened table whose header starts at line i. `bodyWidth` is the usual width of a full text line of the
 * document: a line much wider than the table's cells ends the table.
 */
export function scanFlatTable(lines: readonly SourceLine[], i: number, bodyWidth: number): FlatScan | null {
  const head = readHeader(lines, i);
  if (!head) return null;
  const headerText = head.words.join('');
  const rows: FlatRow[] = [];
  let n = 1;
  let cur: FlatRow | null = null;
  let widest = 0;
  let p = head.next;
  for (; p < lines.length; ) {
    const t = lines[p]!.text.trim();
    if (lines[p]!.text.includes('\t')) break;
    const rep = headerRepeatAt(lines, p, headerText);
    if (rep) {
      if (cur) cur.segments.push([]);
      p += rep;
      continue;
    }
    const m = /^(\d{1,3})(?:\s+(.+))?$/.exec(t);
    const count = cur
      ? cur.segments.reduce((s, g) => s + g.reduce((k, l) => k + l.split(/\s+/).length, 0), 0)
      : 0;
    const next = lines[p + 1]?.text.trim() ?? '';
    if (
      m &&
      Number(m[1]) === n &&
      (!cur || count >= 2) &&
      (m[2] == null ? !cur || !isNumberCell(next) : !/^[\d.．%]/.test(m[2]))
    ) {
      cur = { seq: n, segments: [m[2] ? [m[2]] : []] };
      rows.push(cur);
      n++;
      p++;
      continue;
    }
    if (!cur) return null;
    const w = displayWidth(t);
    // a numbered line ends the table, unless it opens a row's first cell (一、一般公共预算…)
    if ((isNumberedLine(t) && cur.segments.some((g) => g.length > 0)) || count > 400) break;
    if (bodyWidth >= 20 && w > 0.75 * bodyWidth && w > 1.3 * widest && widest > 0) break;
    cur.segments[cur.segments.length - 1]!.push(t);
    widest = Math.max(widest, w);
    p++;
  }
  if (rows.length === 0) return null;
  return { start: i, end: p, header: head.words, rows };
}

/** Rounds of width re-estimation after the first guess. */
const ROUNDS = 1;

/**
 * Turn scanned tables that share one header into table blocks. Tables with the same header are laid out alike,
 * so their column widths are learned together.
 */
export function buildFlatTables(
  scans: readonly FlatScan[],
  origins: ReadonlyArray<SourceLine['origin']>,
): TableBlock[] {
  const groups = new Map<string, number[]>();
  scans.forEach((s, k) => {
    const key = s.header.join('|');
    groups.set(key, [...(groups.get(key) ?? []), k]);
  });
  const out: TableBlock[] = new Array(scans.length);
  for (const members of groups.values()) {
    const header = scans[members[0]!]!.header;
    const cols: ColumnModel[] = header.slice(1).map((w) => ({ role: roleOf(w), width: null }));
    const rows = members.flatMap((k) => scans[k]!.rows);
    // first pass without widths, on first pages only: continuation lines cannot be placed before widths are known
    let assigned = rows.map((r) => assignRow(r, cols, true));
    for (let round = 0; round < ROUNDS; round++) {
      cols.forEach((col, c) => {
        col.width = estimateWidth(assigned.map((a) => a[c]!));
      });
      assigned = rows.map((r) => assignRow(r, cols));
    }
    let at = 0;
    for (const k of members) {
      const scan = scans[k]!;
      const body = scan.rows.map((r, i) => [String(r.seq), ...assigned[at + i]!.map((p) => joinWrapped(p))]);
      at += scan.rows.length;
      out[k] = {
        kind: 'table',
        rows: [header, ...body],
        origin: origins[k] ?? {},
        anchor: 'unknown',
        source: 'flat',
      };
    }
  }
  return out;
}
