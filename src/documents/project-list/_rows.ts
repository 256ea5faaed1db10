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

/** An amount as read: 分, or null with the text typed when it is not an amount. */
export interface AmountValue {
  fen: number | null;
  /** The text as typed, and why it is not an amount. */
  draft?: string;
  reason?: string;
}

export interface ListRow {
  sheet: string | null;
  /** 1-based row number. */
  row: number;
  text: Partial<Record<TextKey, string>>;
  amounts: Partial<Record<AmountKey, AmountValue>>;
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

/** Sums of the amounts above, since the start of the sheet and since the last 合计/小计 row. */
class Sums {
  fen: Record<AmountKey, number> = { initialBudget: 0, budget: 0, executed: 0 };
  add(amounts: ListRow['amounts']) {
    for (const k of AMOUNT_KEYS) this.fen[k] += amounts[k]?.fen ?? 0;
  }
}

/** A total row agrees with sums when each amount it states equals theirs (an amount it cannot read never does). */
const matches = (amounts: ListRow['amounts'], sums: Record<AmountKey, number>) =>
  AMOUNT_KEYS.every((k) => !amounts[k]?.draft && (amounts[k]?.fen == null || amounts[k]!.fen === sums[k]));

/** Read the data rows of one sheet below `header`; problems go into `ctx.problems`. */
export function readRows(sheet: Sheet, header: Header, ctx: RowContext): ListRow[] {
  const cols = Object.values(header.columns) as Column[];
  const width = Math.max(...(sheet.rows[header.row] ?? []).map((c, i) => (blank(c) ? 0 : i + 1)));
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
  const amountCols = AMOUNT_KEYS.flatMap((k) => (header.columns[k] ? [header.columns[k]] : []));
  if (amountCols.some((c) => unitOf(c) === 'yuan'))
    problem('project_list_unit_yuan', 'warning', place(header.row + 1));
  if (amountCols.some((c) => !c.unit && !header.sheetUnit))
    problem('project_list_unit_assumed', 'info', place(header.row + 1));
  for (const [dup, used] of header.duplicates)
    problem('project_list_column_duplicate', 'warning', place(header.row + 1, dup), {
      label: dup.label,
      usedColumn: columnLetter(used.index + 1),
      usedLabel: used.label,
      field: COLUMN_LABEL[used.key],
    });

  const rows: ListRow[] = [];
  const all = new Sums();
  let since = new Sums();
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
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
    const firstText = textOf(cells.find((c) => !blank(c)));
    const totalLabel = [...labelCells.map(textOf), firstText]
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

    const amounts: ListRow['amounts'] = {};
    for (const c of amountCols) {
      const read = readAmount(cells[c.index] ?? null, unitOf(c));
      const k = c.key as AmountKey;
      if (read.ok) amounts[k] = { fen: read.fen };
      else {
        amounts[k] = { fen: null, draft: read.text, reason: read.reason };
        // A project's unreadable amount is told where it is kept as a draft (a row not imported keeps nothing).
        if (totalLabel)
          problem('project_list_bad_total', 'warning', place(rowNo, c), {
            text: read.text,
            reason: read.reason,
          });
      }
    }

    if (totalLabel) {
      // A total closes the rows since the previous one (a project's funding lines, a 小计 group) or the whole sheet.
      if (!matches(amounts, since.fen) && !matches(amounts, all.fen))
        for (const k of AMOUNT_KEYS) {
          const stated = amounts[k]?.fen;
          if (stated == null || stated === since.fen[k]) continue;
          problem('project_list_total_mismatch', 'warning', place(rowNo, header.columns[k]), {
            label: totalLabel.slice(0, 2),
            field: COLUMN_LABEL[k],
            stated: formatWan(fromFen(stated)),
            sum: formatWan(fromFen(since.fen[k])),
            diff: formatWan(fromFen(stated - since.fen[k])),
          });
        }
      since = new Sums();
      continue;
    }
    if (Object.keys(text).length === 0 && Object.values(amounts).every((a) => a?.fen === null && !a.draft))
      continue;
    if (!text.name && !text.code) {
      problem('project_list_row_no_name', 'error', place(rowNo, header.columns.name));
      continue;
    }
    rows.push({ sheet: sheet.name, row: rowNo, text, amounts });
    all.add(amounts);
    since.add(amounts);
  }
  return rows;
}
