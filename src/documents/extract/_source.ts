/**
 * The source of an extraction as the review shows it (the lines of a text file, the paragraphs and table rows of a
 * Word file or a PDF, each with its line, paragraph or page), and where each extracted field was found in it.
 */
import type { Evaluation, Statement } from '../../core/model/evaluation';
import { stripThousands, toHalfWidth } from '../../core/text';
import type { LayoutDoc } from './layout/_model';

/** One line, paragraph or table row of the source. */
export interface SourcePiece {
  text: string;
  line?: number;
  page?: number;
  para?: number;
  /** A table row: the table's number in reading order (from 1) and the row's (from 1). */
  table?: number;
  row?: number;
}

export interface ExtractSource {
  format: LayoutDoc['format'];
  pieces: SourcePiece[];
}

/**
 * A text file line by line, numbered as the warnings number them; blank lines are left out. Tab-separated lines
 * are table rows (a run of them, blank lines between allowed, is one table).
 */
export function sourceOfText(text: string): ExtractSource {
  const pieces: SourcePiece[] = [];
  let tables = 0;
  let row = 0;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((t, i) => {
      if (!t.trim()) return;
      const piece: SourcePiece = { text: t, line: i + 1 };
      if (t.includes('\t')) {
        if (row === 0) tables++;
        piece.table = tables;
        piece.row = ++row;
      } else row = 0;
      pieces.push(piece);
    });
  return { format: 'text', pieces };
}

/** A Word file or a PDF as its paragraphs and table rows (cells joined by ` | `). */
export function sourceOfLayout(doc: LayoutDoc): ExtractSource {
  const pieces: SourcePiece[] = [];
  let tables = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'para') {
      pieces.push({ text: b.text, ...b.origin });
      continue;
    }
    tables++;
    b.rows.forEach((cells, r) => {
      const piece: SourcePiece = { text: cells.join(' | '), table: tables, row: r + 1 };
      if (b.origin.page != null) {
        // A row at or after a page break is on a later page.
        piece.page = b.origin.page + (b.breaks ?? []).filter((x) => x <= r).length;
      }
      if (b.origin.para != null) piece.para = b.origin.para;
      if (b.origin.line != null && r === 0) piece.line = b.origin.line;
      pieces.push(piece);
    });
  }
  return { format: doc.format, pieces };
}

/** The form text is searched in: half-width, no thousands separators, no white space. */
const squash = (s: string) => stripThousands(toHalfWidth(s)).replace(/\s+/g, '');

/**
 * Some pieces (all, or the table rows) as one string, and where each starts in it, so that text wrapped over
 * pieces is still found.
 */
class Haystack {
  readonly text: string;
  private readonly starts: number[] = [];
  private readonly indices: number[] = [];
  constructor(pieces: readonly SourcePiece[], keep: (p: SourcePiece) => boolean = () => true) {
    let text = '';
    pieces.forEach((p, i) => {
      if (!keep(p)) return;
      this.starts.push(text.length);
      this.indices.push(i);
      text += squash(p.text);
    });
    this.text = text;
  }
  /** The index (among all pieces) of the piece the offset lies in. */
  pieceAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.indices[lo] ?? 0;
  }
  /** The first place at or after `from` where the text occurs; -1 when it does not. */
  find(needle: string | null | undefined, from = 0, max = 24): number {
    const k = squash(needle ?? '').slice(0, max);
    if (k.length < 2) return -1;
    return this.text.indexOf(k, from);
  }
}

/** A number as reports print it (2 decimals), and as typed (no trailing zeros). */
const figures = (n: number | null | undefined): string[] =>
  n == null ? [] : [...new Set([n.toFixed(2), String(n)])];

/**
 * Where each extracted field was found: document path → index of the piece. Found by the field's text (the first
 * characters of a long text, a figure as printed), rows of a list in order (indicators and scored items in tables
 * first), so two rows of one name map to two places.
 * @example locateFields(evaluation, source.pieces)['indicators[0]'] // 57
 */
export function locateFields(e: Evaluation, pieces: readonly SourcePiece[]): Record<string, number> {
  const all = new Haystack(pieces);
  const tables = new Haystack(pieces, (p) => p.table != null);
  const out: Record<string, number> = {};
  const put = (path: string, hay: Haystack, at: number) => {
    if (at >= 0 && out[path] === undefined) out[path] = hay.pieceAt(at);
  };
  const one = (path: string, value: string | null | undefined) => put(path, all, all.find(value));
  /** Rows of a list, each searched after the one before (reports list them in order); in `hay` first. */
  const rows = <T>(
    base: string,
    list: readonly T[],
    key: (x: T) => string | null | undefined,
    hays: readonly Haystack[] = [all],
  ) => {
    for (const hay of hays) {
      let from = 0;
      list.forEach((x, i) => {
        const at = hay.find(key(x), from);
        put(`${base}[${i}]`, hay, at >= 0 ? at : hay.find(key(x)));
        if (at >= 0) from = at + 1;
      });
    }
  };
  const figure = (path: string, n: number | null | undefined) => {
    for (const f of figures(n)) put(path, all, all.find(f));
  };

  one('title', e.title);
  if (out.title !== undefined) out.year = out.title;
  one('department.name', e.department.name);
  rows('department.functions', e.department.functions, (x) => x);
  one('overview', e.overview);
  rows('tasks', e.tasks, (t) => t.title);
  one('goal', e.goal);
  one('managementSummary', e.managementSummary);
  for (const k of ['initialBudget', 'budget', 'executed', 'executionRate', 'carryoverRate'] as const)
    figure(`finance.${k}`, e.finance[k]);
  // Indicators and scored items are rows of tables; the prose names them too, but after.
  rows('indicators', e.indicators, (i) => i.name, [tables, all]);
  rows('management', e.management, (m) => m.item, [tables, all]);
  rows('projects', e.projects, (p) => p.name);
  one('conclusion', e.conclusion);
  figure('reported.total', e.reported.total);
  rows('problems', e.problems, (x) => x);
  rows('improvements', e.improvements, (x) => x);
  return out;
}

/**
 * The piece each statement of `reported.statements` was read from (-1 when not found): the piece of its line or
 * paragraph; a table row by its words, searched onwards from the row found before (rows are read in order).
 * @example locateStatements(evaluation.reported.statements, source.pieces)[0] // 57
 */
export function locateStatements(
  statements: readonly Statement[] | undefined,
  pieces: readonly SourcePiece[],
): number[] {
  if (!statements?.length) return [];
  const byLine = new Map<number, number>();
  const byPara = new Map<number, number>();
  pieces.forEach((p, i) => {
    if (p.line != null && !byLine.has(p.line)) byLine.set(p.line, i);
    if (p.para != null && p.table == null && !byPara.has(p.para)) byPara.set(p.para, i);
  });
  const tables = new Haystack(pieces, (p) => p.table != null);
  const order = statements
    .map((s, i) => [s, i] as const)
    .filter(([s]) => s.place.table != null)
    .sort(([a], [b]) => a.place.table! - b.place.table! || (a.place.row ?? 0) - (b.place.row ?? 0));
  const out = statements.map(({ place }) => {
    if (place.table != null) return -1;
    const at =
      place.line != null ? byLine.get(place.line) : place.para != null ? byPara.get(place.para) : undefined;
    return at ?? -1;
  });
  let from = 0;
  let restarts = 0;
  for (const [{ place }, i] of order) {
    if (place.line != null && byLine.has(place.line) && pieces[byLine.get(place.line)!]!.table != null) {
      out[i] = byLine.get(place.line)!;
      continue;
    }
    // a row's cells are joined by ` | ` in a Word file's pieces, by tabs (gone once squashed) in a text file's
    const keys = [place.text, place.text?.replace(/\s*\|\s*/g, ''), place.text?.split(' | ')[0]];
    let at = -1;
    for (const key of keys) {
      at = tables.find(key, from, 16);
      // not after the row before: once more from the start, a bounded number of times
      if (at < 0 && from > 0 && restarts < 20) {
        restarts++;
        at = tables.find(key, 0, 16);
      }
      if (at >= 0) break;
    }
    if (at < 0) continue;
    out[i] = tables.pieceAt(at);
    from = at;
  }
  return out;
}

/**
 * Statements with the line (text files) or page of the piece they were read from, where the reader knew only the
 * table: a table row's line is the source's, not the layout's.
 */
export function anchorStatements(statements: Statement[] | undefined, pieces: readonly SourcePiece[]): void {
  if (!statements?.length) return;
  const at = locateStatements(statements, pieces);
  statements.forEach((s, i) => {
    const p = pieces[at[i]!];
    if (!p || s.place.table == null) return;
    if (p.line != null) s.place.line = p.line;
    if (p.page != null) s.place.page = p.page;
  });
}
