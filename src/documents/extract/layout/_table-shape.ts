/** The header of a table and its body rows brought to one width: the common ground of all table interpreters. */
import { joinWrapped } from './_chars';
import { type ColumnRole, roleOf, VALUE_ROLES } from './_columns';
import type { TableBlock } from './_model';

export interface TableShape {
  header: string[];
  roles: Array<ColumnRole | null>;
  body: string[][];
  /** Index of the header row in the table. */
  headerRow: number;
}

function mode(xs: readonly number[]): number {
  const count = new Map<number, number>();
  for (const x of xs) count.set(x, (count.get(x) ?? 0) + 1);
  let best = 0;
  let n = -1;
  for (const [k, v] of count) if (v > n || (v === n && k > best)) [best, n] = [k, v];
  return best;
}

const trimEnd = (r: readonly string[]) => {
  let e = r.length;
  while (e > 0 && !r[e - 1]) e--;
  return r.slice(0, e);
};

/**
 * Find the header row (the first of the top rows with two recognised column names) and square the body.
 * A header shorter than the body is right-aligned (a spanning first header cell is common); a short body row is
 * right-aligned when `rightAlign(row)` says so, else padded at its end.
 */
export function shapeTable(
  t: TableBlock,
  rightAlign: (row: readonly string[]) => boolean = () => false,
): TableShape | null {
  const hi = t.rows.slice(0, 3).findIndex((r) => r.filter((c) => roleOf(c)).length >= 2);
  if (hi < 0) return null;
  const headerKey = trimEnd(t.rows[hi]!).join('|');
  const breaks = new Set(t.breaks ?? []);
  const kept: Array<{ row: string[]; afterBreak: boolean }> = [];
  let pendingBreak = false;
  t.rows.forEach((r, i) => {
    if (i <= hi) return;
    if (breaks.has(i)) pendingBreak = true;
    // empty rows, and the header repeated after a page break, carry nothing
    if (!r.some((c) => c) || trimEnd(r).join('|') === headerKey) return;
    kept.push({ row: r, afterBreak: pendingBreak });
    pendingBreak = false;
  });
  const K = Math.max(mode(kept.map((k) => k.row.length)), trimEnd(t.rows[hi]!).length, 1);
  let header = trimEnd(t.rows[hi]!);
  if (header.length < K) header = [...new Array(K - header.length).fill(''), ...header];
  const roles = header.map((h) => roleOf(h));
  const squared = kept.map(({ row: r, afterBreak }) => {
    let row = r.slice();
    const shifted = rightAlign(row);
    // a row that starts with a label but ends empty was written one cell short: align it at the right
    while ((row.length > K || shifted) && row.length > 1 && !row[row.length - 1]) row.pop();
    if (row.length > K)
      row = [
        ...row.slice(0, K - 1),
        row
          .slice(K - 1)
          .filter(Boolean)
          .join(' '),
      ];
    if (row.length < K) {
      const pad = new Array(K - row.length).fill('');
      row = shifted ? [...pad, ...row] : [...row, ...pad];
    }
    return { row, afterBreak };
  });
  // columns nearly every row fills: a row lacking one right after a page break is the rest of the row before
  const filled = Array.from(
    { length: K },
    (_, c) => squared.filter((x) => x.row[c]).length >= 0.9 * squared.length,
  );
  const body: string[][] = [];
  for (const { row, afterBreak } of squared) {
    const prev = body[body.length - 1];
    if (afterBreak && prev && squared.length >= 3 && continuesRow(prev, row, roles, filled)) {
      body[body.length - 1] = prev.map((c, k) => (c === row[k] ? c : joinWrapped([c, row[k] ?? ''])));
      continue;
    }
    body.push(row);
  }
  return { header, roles, body, headerRow: hi };
}

/**
 * After a page break, is `next` the rest of `prev` (a row split over two pages)? Yes when `next` has no name of
 * its own, when it lacks a cell that (nearly) every row fills, or when only one of the two holds values.
 */
function continuesRow(
  prev: readonly string[],
  next: readonly string[],
  roles: ReadonlyArray<ColumnRole | null>,
  filled: readonly boolean[],
): boolean {
  const nameCol =
    [roles.indexOf('name'), roles.indexOf('item'), roles.indexOf(null)].find((c) => c >= 0) ?? 0;
  const isLabel = (k: number) => roles[k] === 'level1' || roles[k] === 'level2' || roles[k] === 'seq';
  const has = (row: readonly string[], pred: (k: number) => boolean) => row.some((c, k) => c && pred(k));
  const values = (k: number) => VALUE_ROLES.has(roles[k] as ColumnRole);
  if (!next[nameCol] && has(next, (k) => !isLabel(k))) return true;
  if (filled.some((f, k) => f && !next[k] && prev[k])) return true;
  return has(prev, values) !== has(next, values);
}
