/**
 * Every place a figure is stated, kept: a sentence of the text (line, page or paragraph) or a table cell (the
 * table's number and caption, row and column). Which statement fills the field is decided here too, by one rule:
 * a figure in a table (the score sheet, the 自评表) over one in prose, and among those the first.
 */
import {
  conflictsWith,
  describePlace,
  describeValue,
  statementLabel,
} from '../../../core/audit/rules/_statements';
import type { Statement, StatementPlace } from '../../../core/model/evaluation';
import { compactText } from '../layout/_chars';
import type { Block, ParaBlock, TableBlock } from '../layout/_model';
import { type ExtractContext, warn } from './_context';

export type { Statement, StatementPlace };

const TEXT_MAX = 200;
const CAPTION = /^(表\s*[\d一二三四五六七八九十]+(?:\s*[-－—–.．]\s*\d+)?)/;

/** The words of a place, kept short. */
const clip = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, TEXT_MAX);

/** Where a sentence of a paragraph is. */
export function placeOfPara(p: ParaBlock, text = p.text): StatementPlace {
  const place: StatementPlace = { ...p.origin };
  const t = clip(text);
  if (t) place.text = t;
  return place;
}

/** A sentence pointing at the table that follows: …情况见表 2-1。 */
const POINTER = /见(表\s*[\d一二三四五六七八九十]+(?:\s*[-－—–.．]\s*\d+)?)[)）]?[。：:]?$/;

const tidyCaption = (c: string) =>
  c
    .replace(/\s+/g, '')
    .replace(/^表/, '表 ')
    .replace(/[－—–]/g, '-')
    .replace(/．/g, '.');

/** The caption just before a table (表 2-1 …), within two paragraphs, or the table a sentence just before names. */
function captionOf(blocks: readonly Block[], at: number): string | undefined {
  for (let i = at - 1; i >= 0 && i >= at - 2; i--) {
    const b = blocks[i]!;
    if (b.kind !== 'para') return undefined;
    const c = compactText(b.text);
    const m = CAPTION.exec(c) ?? POINTER.exec(c);
    if (m) return tidyCaption(m[1]!);
  }
  return undefined;
}

/**
 * Where a cell of a table is: `row` and `column` index `t.rows` (from 0); the row is found by its cells when a
 * shaped body row is given instead (wrapped rows joined, so its index is not the source's).
 */
export function placeOfCell(
  blocks: readonly Block[],
  t: TableBlock,
  row: number | readonly string[],
  column: number,
): StatementPlace {
  const at = blocks.indexOf(t);
  const table = blocks.slice(0, at + 1).filter((b) => b.kind === 'table').length;
  const r = typeof row === 'number' ? row : rowIndex(t, row, column);
  const place: StatementPlace = { ...t.origin, table, row: r + 1, column: column + 1 };
  if (t.origin.page != null) place.page = t.origin.page + (t.breaks ?? []).filter((x) => x <= r).length;
  // only the first row of a table carries the table's line
  if (r > 0) delete place.line;
  const caption = captionOf(blocks, at);
  if (caption) place.caption = caption;
  const cells = typeof row === 'number' ? (t.rows[row] ?? []) : row;
  const t2 = clip(cells.filter((c) => c.trim()).join(' | '));
  if (t2) place.text = t2;
  return place;
}

function rowIndex(t: TableBlock, cells: readonly string[], column: number): number {
  const value = compactText(cells[column] ?? '');
  const label = compactText(cells.slice(0, column).join('')).slice(0, 8);
  const i = t.rows.findIndex((r) => {
    const joined = compactText(r.join(''));
    return compactText(r[column] ?? '') === value && joined.includes(label);
  });
  if (i >= 0) return i;
  const j = t.rows.findIndex((r) => r.some((c) => compactText(c) === value));
  return Math.max(j, 0);
}

/** Bounds: a report states a figure a few times; a pathological file may state one thousands of times. */
const PER_FIELD = 20;
const ALL = 1000;
const seen = new WeakMap<Statement[], { keys: Set<string>; per: Map<string, number> }>();

/** Keep a statement; the same figure at the same place is kept once, and at most 20 places of one field. */
export function keepStatement(list: Statement[], s: Statement): void {
  let state = seen.get(list);
  if (!state) {
    state = { keys: new Set(), per: new Map() };
    seen.set(list, state);
  }
  const key = JSON.stringify(s);
  const n = state.per.get(s.field) ?? 0;
  if (state.keys.has(key) || n >= PER_FIELD || list.length >= ALL) return;
  state.keys.add(key);
  state.per.set(s.field, n + 1);
  list.push(s);
}

/**
 * The statement that fills a field: the first stated in a table, else the first.
 * @example chosenStatement([{ field: 'reported.total', value: 93.72, place: { line: 37 } }, { field: 'reported.total', value: 94.72, place: { table: 2 } }], 'reported.total')?.value // 94.72
 */
export function chosenStatement(list: readonly Statement[], field: string): Statement | undefined {
  const of = list.filter((s) => s.field === field);
  return of.find((s) => s.place.table != null) ?? of[0];
}

/** The sentence of `text` around offset `at`. */
export function sentenceAt(text: string, at: number): string {
  const start = Math.max(...['。', '；', ';', '！', '？'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const ends = ['。', '；', ';', '！', '？'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) + 1 : undefined);
}

/** Warn of each statement of `field` that disagrees with the one taken; the audit makes them errors. */
export function warnConflicts(ctx: ExtractContext, field: string, chosen: Statement): void {
  for (const s of conflictsWith(
    chosen,
    ctx.statements.filter((x) => x.field === field),
  )) {
    warn(
      ctx,
      'extract_statement_conflict',
      {
        field: statementLabel(field),
        taken: describeValue(field, chosen.value),
        takenAt: describePlace(chosen.place),
        other: describeValue(field, s.value),
        otherAt: describePlace(s.place),
      },
      s.place,
    );
  }
}
