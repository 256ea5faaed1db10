/**
 * Tables written one cell per line, as a Word table turned into paragraphs or a copy-paste leaves them: the header
 * words one per line, then every cell of every row on a line of its own, empty cells as blank lines (or empty
 * paragraphs). Cells do not wrap here; tables whose cells wrap over lines are `_flat`'s.
 */
import { compactText, displayWidth } from './_chars';
import {
  type ColumnRole,
  HEADER_WORDS,
  headerKey,
  isHeaderPrefix,
  NUMERIC_ROLES,
  roleOf,
  segmentHeader,
  VALUE_ROLES,
} from './_columns';
import type { SourceLine, TableBlock } from './_model';
import { numberingOf } from './_numbering';
import { isNumberCell, isValueLike } from './_values';

/** Columns whose cells may hold a sentence or a paragraph. */
const PROSE_ROLES = new Set<ColumnRole>(['reason', 'actual', 'target', 'status', 'item', 'name']);

/** Widest header word read as one cell (`实际完成指标值（万元）`). */
const MAX_HEADER_WIDTH = 16;
const MAX_COLUMNS = 16;

export interface CellLineScan {
  table: TableBlock;
  /** Index of the first line after the table. */
  end: number;
}

const gapOf = (l: SourceLine | undefined) => l?.blankBefore ?? 0;

/** Empty cells a gap of blank lines stands for, when `sep` blank lines separate neighbouring cells. */
const emptiesIn = (gap: number, sep: number) => Math.max(0, Math.floor((gap - sep) / (sep + 1)));

/** A header word: a known column name on a line of its own. */
function headerRole(l: SourceLine): ColumnRole | null {
  const t = l.text.trim();
  if (t.includes('\t') || displayWidth(t) > MAX_HEADER_WIDTH || numberingOf(t)) return null;
  // a two-character piece (指标, 名称, 预期) is a column name only when it is one on its own (分值, 得分, 项目)
  const key = headerKey(t);
  if (key.length < 2 || (key.length === 2 && !HEADER_WORDS.includes(key))) return null;
  return roleOf(t);
}

/**
 * True when header lines starting at i are pieces of fewer header words (指标 / 名称 / 预期 / 指标 / 值): a header
 * wrapped word by word, whose cells wrap too.
 */
function isWrappedHeader(lines: readonly SourceLine[], i: number, count: number): boolean {
  let acc = '';
  let j = i;
  for (; j < lines.length && j - i < 24; j++) {
    const next = acc + compactText(lines[j]!.text);
    if (j - i >= count && !isHeaderPrefix(next)) break;
    acc = next;
  }
  const words = segmentHeader(acc);
  return words != null && words.length < j - i;
}

/** True when the cells can be one row of a table of these column roles. */
function plausibleRow(cells: readonly string[], roles: ReadonlyArray<ColumnRole | null>, limit: number) {
  if (cells.every((c) => !c)) return false;
  const first = cells[0] ?? '';
  // a numbered heading after the table (（三）…) is not a row, unless the column is a list of items (一、…收入)
  if (first && roles[0] !== 'item' && numberingOf(first)) return false;
  return cells.every((c, k) => {
    if (!c) return true;
    const role = roles[k] ?? null;
    if (role && NUMERIC_ROLES.has(role)) return isNumberCell(c);
    return displayWidth(c) <= (role && PROSE_ROLES.has(role) ? 4 * limit : limit);
  });
}

/**
 * A table written one cell per line whose header starts at line i, or null. `bodyWidth` is the usual width of a
 * full line of the document (a cell is narrower than the page).
 * @example scanCellLines(lines, 0, 40)?.table.rows[0] // ['指标名称', '年度目标值', '实际完成值']
 */
export function scanCellLines(
  lines: readonly SourceLine[],
  i: number,
  bodyWidth: number,
): CellLineScan | null {
  const words: SourceLine[] = [];
  const roles: ColumnRole[] = [];
  for (let j = i; j < lines.length && words.length < MAX_COLUMNS; j++) {
    const role = headerRole(lines[j]!);
    // each header word names a different column: 指标 / 名称 / 预期 of a header wrapped word by word do not
    if (!role || roles.includes(role)) break;
    words.push(lines[j]!);
    roles.push(role);
  }
  if (words.length < 3 || !roles.some((r) => VALUE_ROLES.has(r))) return null;
  if (isWrappedHeader(lines, i, words.length)) return null;
  const sep = Math.min(...words.slice(1).map(gapOf));
  const header: string[] = [];
  const colRoles: Array<ColumnRole | null> = [];
  words.forEach((w, k) => {
    if (k > 0) {
      for (let e = emptiesIn(gapOf(w), sep); e > 0; e--) {
        header.push('');
        colRoles.push(null);
      }
    }
    header.push(w.text.trim());
    colRoles.push(roles[k]!);
  });
  const p = i + words.length;
  // blank cells right after the last header word close the header row or open the first row: both are tried
  const trailing = Math.min(emptiesIn(gapOf(lines[p]), sep), MAX_COLUMNS - header.length);
  // the cells after the header, each with the line it is on (an empty cell: the line after it)
  const stream: Array<{ text: string; line: number }> = [];
  for (let e = trailing; e > 0; e--) stream.push({ text: '', line: p });
  for (let q = p; q < lines.length && stream.length < 4000; q++) {
    const l = lines[q]!;
    if (l.text.includes('\t')) break;
    if (q > p) {
      const gap = emptiesIn(gapOf(l), sep);
      // a whole row of blanks ends the table
      if (gap >= header.length + trailing) break;
      for (let e = gap; e > 0; e--) stream.push({ text: '', line: q });
    }
    stream.push({ text: l.text.trim(), line: q });
  }
  const limit = Math.max(30, 0.6 * bodyWidth);
  let best: ReturnType<typeof readRows> | null = null;
  for (let t = 0; t <= trailing; t++) {
    const cols = [...colRoles, ...new Array<null>(t).fill(null)];
    const got = readRows(stream.slice(t), [...header, ...new Array<string>(t).fill('')], cols, limit);
    if (!best || got.fit > best.fit || (got.fit === best.fit && got.cells > best.cells)) best = got;
  }
  const rows = best?.rows ?? [];
  const end = best ? best.end : p;
  if (rows.length < 2) return null;
  return {
    table: { kind: 'table', rows, origin: words[0]!.origin, anchor: 'unknown', source: 'flat' },
    end,
  };
}

const kindOf = (c: string) =>
  !c
    ? 'empty'
    : isNumberCell(c)
      ? 'number'
      : isValueLike(c)
        ? 'value'
        : displayWidth(c) > 12
          ? 'long'
          : 'text';

/** Cells that are of their column's usual kind (empty, number, value, text): rows cut at the right width line up. */
function columnFit(rows: readonly string[][], n: number): number {
  let fit = 0;
  for (let k = 0; k < n; k++) {
    const counts = new Map<string, number>();
    for (const r of rows) {
      const kind = kindOf(r[k] ?? '');
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    fit += Math.max(0, ...counts.values());
  }
  return fit;
}

/**
 * Rows of n cells from a cell stream, up to the first that cannot be a row; `end` is the line after them, `fit`
 * the number of values that fell in value columns.
 */
function readRows(
  stream: ReadonlyArray<{ text: string; line: number }>,
  header: string[],
  roles: ReadonlyArray<ColumnRole | null>,
  limit: number,
): { rows: string[][]; end: number; cells: number; fit: number } {
  const n = header.length;
  const rows: string[][] = [header];
  const headerKey = header.filter(Boolean).join('|');
  let at = 0;
  for (; at + n <= stream.length; at += n) {
    const cells = stream.slice(at, at + n).map((c) => c.text);
    // the header again after a page break
    if (cells.filter(Boolean).join('|') === headerKey) continue;
    if (!plausibleRow(cells, roles, limit)) break;
    rows.push(cells);
  }
  const end = at < stream.length ? stream[at]!.line : (stream[stream.length - 1]?.line ?? -1) + 1;
  return { rows, end, cells: at, fit: columnFit(rows.slice(1), n) };
}
