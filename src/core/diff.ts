/** What changed between two versions of a document, field by field, rows of a list matched by name, in Chinese. */
import { describePath, formatPath, type PathKey, rowName } from './paths';

export interface DocChange {
  /** `changed` a field; `added` or `removed` a whole row of a list. */
  kind: 'changed' | 'added' | 'removed';
  /** The field's path: in the newer document, or in the older one for a removed row. */
  path: string;
  before: unknown;
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** null, undefined, a missing key and an empty string mean the same thing in a document. */
const blank = (v: unknown) => v === null || v === undefined || v === '';

/** What a row is matched by across versions: its name, else its whole content. */
const rowKey = (row: unknown) => rowName(row) ?? JSON.stringify(row ?? null);

/** Index pairs of the longest common subsequence of two key lists. */
function commonRows(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const len = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i++, j++]);
    } else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

function walkList(a: unknown[], b: unknown[], keys: PathKey[], out: DocChange[]): void {
  const anchors = [...commonRows(a.map(rowKey), b.map(rowKey)), [a.length, b.length] as [number, number]];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of anchors) {
    // Between two matched rows, rows in the same place are the same row edited (a renamed indicator).
    while (i < ai && j < bj) walk(a[i++], b[j], [...keys, j++], out);
    while (i < ai) {
      out.push({ kind: 'removed', path: formatPath([...keys, i]), before: a[i], after: undefined });
      i++;
    }
    while (j < bj) {
      out.push({ kind: 'added', path: formatPath([...keys, j]), before: undefined, after: b[j] });
      j++;
    }
    if (ai < a.length) walk(a[ai], b[bj], [...keys, bj], out);
    i = ai + 1;
    j = bj + 1;
  }
}

function walk(a: unknown, b: unknown, keys: PathKey[], out: DocChange[]): void {
  if (blank(a) && blank(b)) return;
  if ((Array.isArray(a) || blank(a)) && (Array.isArray(b) || blank(b))) {
    walkList(Array.isArray(a) ? a : [], Array.isArray(b) ? b : [], keys, out);
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[k], b[k], [...keys, k], out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b))
    out.push({ kind: 'changed', path: formatPath(keys), before: a, after: b });
}

/**
 * Every field that differs between two versions; a row added to or removed from a list is one change, rows
 * matched by their name so that removing row 3 does not show every later row as edited.
 * @example diffDocuments({ year: 2022 }, { year: 2023 }) // [{ kind: 'changed', path: 'year', before: 2022, after: 2023 }]
 */
export function diffDocuments(before: unknown, after: unknown): DocChange[] {
  const out: DocChange[] = [];
  walk(before, after, [], out);
  return out;
}

/** A short Chinese rendering of any value for a diff line. */
export function summarizeValue(v: unknown, max = 60): string {
  if (blank(v)) return '（空）';
  if (typeof v === 'string') return v.length > max ? `${v.slice(0, max)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.length === 0 ? '（空）' : `共 ${v.length} 项`;
  const name = rowName(v);
  return name ? `「${name}」` : summarizeValue(JSON.stringify(v), max);
}

/** The field's Chinese name, read in the version that has it. */
export function describeChangePath(c: DocChange, before: unknown, after: unknown): string {
  return describePath(c.path, c.kind === 'removed' ? before : after);
}

/**
 * One change as a Chinese line.
 * @example describeChange(c, v5, v6) // '绩效指标第 6 行「出租屋综合税征收完成值」 · 实际完成值：98% → 100%'
 */
export function describeChange(c: DocChange, before: unknown, after: unknown): string {
  const where = describeChangePath(c, before, after);
  if (c.kind === 'added') return `新增 ${where}`;
  if (c.kind === 'removed') return `删除 ${where}`;
  return `${where}：${summarizeValue(c.before)} → ${summarizeValue(c.after)}`;
}
