/** One sheet below its header → the rows of projects, each value read or its problem told; 合计 rows checked. */
import type { Severity } from '../../core/labels';
import { formatWan, fromFen } from '../../core/money';
import { textProblem } from '../../core/safe-text';
import { columnLetter } from '../xlsx/_layout';
import { readAmount } from './_amount';
import {
  AMOUNT_KEYS,
  type AmountKey,
  COLUMN_LABEL,
  type Column,
  type Header,
  TEXT_KEYS,
  type TextKey,
  type Unit,
} from './_columns';
import { type ListPlace, type ListProblem, makeProblem } from './_problems';
import type { Cell, Sheet } from './_table';
import { findSourceColumns, type SourceColumn } from './_wide';

/** An amount as read: 分, or null with the text typed when it is not an amount; and the column it is in. */
export interface AmountValue {
  fen: number | null;
  /** The text as typed, and why it is not an amount. */
  draft?: string;
  reason?: string;
  column: Column;
}

type Amounts = Partial<Record<AmountKey, AmountValue>>;

export interface ListRow {
  sheet: string | null;
  /** 1-based row number. */
  row: number;
  text: Partial<Record<TextKey, string>>;
  amounts: Amounts;
}

export interface RowContext {
  file: string;
  problems: ListProblem[];
}

const TOTAL = /^(合计|小计|总计|共计)/;
const blank = (c: Cell | undefined) => c === null || c === undefined || (typeof c === 'string' && !c.trim());

function textOf(c: Cell | undefined): string | null {
  if (typeof c === 'number') return String(c);
  if (typeof c === 'string') return c.trim() || null;
  return null;
}

/** Sums of amounts in 分 by column kind. */
class Sums {
  fen: Record<AmountKey, number> = { initialBudget: 0, budget: 0, executed: 0 };
  add(amounts: Amounts) {
    for (const k of AMOUNT_KEYS) this.fen[k] += amounts[k]?.fen ?? 0;
  }
}

/** A total agrees with sums when each amount it states equals theirs (an amount it cannot read never does). */
const matches = (amounts: Amounts, sums: Record<AmountKey, number>) =>
  AMOUNT_KEYS.every((k) => !amounts[k]?.draft && (amounts[k]?.fen == null || amounts[k]!.fen === sums[k]));

const isStated = (v: AmountValue | undefined) => v !== undefined && (v.fen !== null || v.draft !== undefined);

/** Read the data rows of one sheet below `header`; problems go into `ctx.problems`. */
export function readRows(sheet: Sheet, header: Header, ctx: RowContext): ListRow[] {
  const cols = Object.values(header.columns) as Column[];
  const wide = findSourceColumns(sheet.rows, header);
  const headerRows = wide ? 2 : 1;
  const width = Math.max(
    ...[0, 1]
      .slice(0, headerRows)
      .flatMap((d) => (sheet.rows[header.row + d] ?? []).map((c, i) => (blank(c) ? 0 : i + 1))),
  );
  const place = (row: number | null, col?: Column | number): ListPlace => ({
    file: ctx.file,
    sheet: sheet.name,
    row,
    column: col === undefined ? null : columnLetter((typeof col === 'number' ? col : col.index) + 1),
    header: typeof col === 'object' ? col.label : null,
  });
  const problem = (code: string, severity: Severity, p: ListPlace, params = {}) =>
    ctx.problems.push(makeProblem(code, severity, p, params));

  const unitOf = (c: Column): Unit => c.unit ?? header.sheetUnit ?? 'wan';
  const amountCols: Column[] =
    wide ?? AMOUNT_KEYS.flatMap((k) => (header.columns[k] ? [header.columns[k]] : []));
  if (amountCols.some((c) => unitOf(c) === 'yuan'))
    problem('project_list_unit_yuan', 'warning', place(header.row + 1));
  if (amountCols.some((c) => !c.unit && !header.sheetUnit))
    problem('project_list_unit_assumed', 'info', place(header.row + 1));
  for (const [dup, used] of header.duplicates)
    if (!wide?.some((c) => c.index === dup.index))
      problem('project_list_column_duplicate', 'warning', place(header.row + 1, dup), {
        label: dup.label,
        usedColumn: columnLetter(used.index + 1),
        usedLabel: used.label,
        field: COLUMN_LABEL[used.key],
      });

  const rows: ListRow[] = [];
  const all = new Sums();
  let since = new Sums();
  let last: ListRow | null = null;
  for (let r = header.row + headerRows; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r]!;
    const rowNo = r + 1;
    if (cells.every(blank)) continue;
    const extra = cells.slice(width).filter((c) => !blank(c));
    if (extra.length)
      problem('project_list_extra_cells', 'warning', place(rowNo, width), {
        cells: width + cells.slice(width).findLastIndex((c) => !blank(c)) + 1,
        width,
        text: extra
          .map((c) => textOf(c) ?? '')
          .join('，')
          .slice(0, 40),
      });

    const labelCells = cols.filter((c) => TEXT_KEYS.includes(c.key as TextKey)).map((c) => cells[c.index]);
    const totalLabel = [...labelCells.map(textOf), textOf(cells.find((c) => !blank(c)))]
      .map((t) => t?.replace(/\s+/g, '') ?? '')
      .find((t) => TOTAL.test(t));

    const text: ListRow['text'] = {};
    for (const k of TEXT_KEYS) {
      const c = header.columns[k];
      if (!c) continue;
      const cell = cells[c.index];
      if (cell !== null && typeof cell === 'object') {
        problem('project_list_bad_text', 'error', place(rowNo, c), {
          detail: `单元格为错误值 ${cell.error}`,
        });
        continue;
      }
      const t = textOf(cell);
      if (t === null) continue;
      const bad = textProblem(t, COLUMN_LABEL[k]);
      if (bad) problem('project_list_bad_text', 'error', place(rowNo, c), { detail: bad });
      else text[k] = t;
    }

    const readCol = (c: Column): AmountValue => {
      const read = readAmount(cells[c.index] ?? null, unitOf(c));
      if (read.ok) return { fen: read.fen, column: c };
      // A project's unreadable amount is told where it is kept as a draft (a row not imported keeps nothing).
      if (totalLabel)
        problem('project_list_bad_total', 'warning', place(rowNo, c), {
          text: read.text,
          reason: read.reason,
        });
      return { fen: null, draft: read.text, reason: read.reason, column: c };
    };
    const lines = wide
      ? sourceLines(wide, readCol)
      : [{ source: null, amounts: amountsOf(amountCols, readCol) }];
    const stated = wide
      ? amountsOf(
          wide.filter((c) => c.source === null),
          readCol,
        )
      : {};
    if (wide && lines.length)
      for (const k of AMOUNT_KEYS) {
        const t = stated[k];
        const sum = lines.reduce((s, l) => s + (l.amounts[k]?.fen ?? 0), 0);
        if (!t || totalLabel) continue;
        if (t.draft !== undefined)
          problem('project_list_bad_sum_column', 'warning', place(rowNo, t.column), {
            text: t.draft,
            reason: t.reason ?? '',
          });
        else if (t.fen !== null && lines.every((l) => !l.amounts[k]?.draft) && t.fen !== sum)
          problem(
            'project_list_source_sum_mismatch',
            'warning',
            place(rowNo, t.column),
            totalParams('合计', k, t.fen, sum),
          );
      }
    if (wide && !lines.length) lines.push({ source: null, amounts: stated });

    if (totalLabel) {
      const amounts = wide && Object.keys(stated).length ? stated : sumLines(lines);
      // A total closes the rows since the previous one (a project's funding lines, a 小计 group) or the whole sheet.
      if (!matches(amounts, since.fen) && !matches(amounts, all.fen))
        for (const k of AMOUNT_KEYS) {
          const v = amounts[k];
          if (v?.fen == null || v.fen === since.fen[k]) continue;
          const params = totalParams(totalLabel.slice(0, 2), k, v.fen, since.fen[k]);
          problem('project_list_total_mismatch', 'warning', place(rowNo, v.column), params);
        }
      since = new Sums();
      continue;
    }
    if (Object.keys(text).length === 0 && lines.every((l) => !Object.values(l.amounts).some(isStated)))
      continue;
    if (!text.name && !text.code) {
      // A funding row right under its project, name and code left blank: merged cells saved as CSV leave them so.
      if (text.source && last?.row === rowNo - 1) {
        problem('project_list_continuation', 'warning', place(rowNo, header.columns.name), {
          name: last.text.name ?? last.text.code ?? '',
          row: last.row,
        });
        text.name = last.text.name;
        if (last.text.code) text.code = last.text.code;
      } else {
        problem('project_list_row_no_name', 'error', place(rowNo, header.columns.name));
        continue;
      }
    }
    for (const l of lines) {
      rows.push({
        sheet: sheet.name,
        row: rowNo,
        text: l.source ? { ...text, source: l.source } : text,
        amounts: l.amounts,
      });
      all.add(l.amounts);
      since.add(l.amounts);
    }
    last = rows[rows.length - 1] ?? null;
  }
  return rows;
}

function amountsOf(cols: readonly Column[], read: (c: Column) => AmountValue): Amounts {
  const out: Amounts = {};
  for (const c of cols) out[c.key as AmountKey] = read(c);
  return out;
}

/** The funding lines of a row under a two-row header: each source with any amount stated. */
function sourceLines(wide: readonly SourceColumn[], read: (c: Column) => AmountValue) {
  const bySource = new Map<string, Amounts>();
  for (const c of wide) {
    if (c.source === null) continue;
    const amounts = bySource.get(c.source) ?? {};
    amounts[c.key] = read(c);
    bySource.set(c.source, amounts);
  }
  return [...bySource]
    .filter(([, a]) => Object.values(a).some(isStated))
    .map(([source, amounts]) => ({ source: source as string | null, amounts }));
}

/** The amounts of a row's lines added up (a total row written as lines), each in the first line's column. */
function sumLines(lines: readonly { amounts: Amounts }[]): Amounts {
  const out: Amounts = {};
  for (const k of AMOUNT_KEYS) {
    const vs = lines.map((l) => l.amounts[k]).filter((v): v is AmountValue => v !== undefined);
    if (!vs.length) continue;
    const draft = vs.find((v) => v.draft !== undefined);
    out[k] = draft ?? {
      fen: vs.some((v) => v.fen !== null) ? vs.reduce((s, v) => s + (v.fen ?? 0), 0) : null,
      column: vs[0]!.column,
    };
  }
  return out;
}

function totalParams(label: string, k: AmountKey, stated: number, sum: number) {
  return {
    label,
    field: COLUMN_LABEL[k],
    stated: formatWan(fromFen(stated)),
    sum: formatWan(fromFen(sum)),
    diff: formatWan(fromFen(stated - sum)),
  };
}
