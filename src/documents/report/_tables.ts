/** A table block as a Word table: caption above, header row repeated on every page, merged cells, amounts right. */
import type { Align, Cell, TableBlock } from './_blocks';
import { FONT, PAGE, SIZE } from './_styles';
import { paragraph } from './_wordml';

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const TABLE_PR_TAIL =
  `<w:jc w:val="center"/><w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/>` +
  `<w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders><w:tblLayout w:type="fixed"/>` +
  '<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar>' +
  '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>';

/** Cell text in 小四 (12 pt). */
const CELL_SIZE = SIZE.xiaosi;

/** Column widths in twips, scaled to the width of the 版心. */
export function columnWidths(t: TableBlock): number[] {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  return t.columns.map((c) => Math.floor((c.width / total) * PAGE.textWidth));
}

function cellXml(
  c: Cell,
  align: Align,
  width: number,
  header: boolean,
  bold: boolean,
  keepNext = header,
): string {
  const merge = c.rowSpan && c.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '';
  const opts = {
    style: header ? 'TableHeader' : 'TableText',
    align,
    eastAsia: header ? FONT.heading1 : FONT.body,
    size: CELL_SIZE,
    bold,
    // the header row stays on the page of the first body row, so a page never ends on a lone header
    keepNext,
  };
  const paras = c.text
    .split('\n')
    .map((line) => paragraph(line, opts))
    .join('');
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${merge}<w:vAlign w:val="center"/></w:tcPr>${paras}</w:tc>`;
}

/** The cell a vertical merge continues into. */
function coveredXml(width: number, keepNext: boolean): string {
  const keep = keepNext ? '<w:keepNext/>' : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:vMerge/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/>${keep}</w:pPr></w:p></w:tc>`;
}

/** Rows up to this many lines stay whole on a page; taller ones may break, or they would leave half a page blank. */
const SPLIT_LINES = 8;
/** Twips a Chinese character of the cell text takes (12 pt = 240 twips; Latin letters and digits about half), and a cell's side margins. */
const CHAR_TWIPS = CELL_SIZE * 10;
const CELL_MARGINS = 160;

/** Width of a line in Chinese characters: full-width characters count 1, others ½. */
function textEms(line: string): number {
  let ems = 0;
  for (const ch of line) ems += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.5;
  return ems;
}

/** How many lines the tallest cell of a row needs, roughly: text width over the cell's width. */
function estimatedLines(cells: ReadonlyArray<Cell | null>, widths: readonly number[]): number {
  let most = 1;
  cells.forEach((c, i) => {
    if (!c) return;
    const perLine = Math.max(1, Math.floor(((widths[i] ?? 0) - CELL_MARGINS) / CHAR_TWIPS));
    const lines = c.text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(textEms(l) / perLine)), 0);
    most = Math.max(most, lines);
  });
  return most;
}

/** Rows kept together on one page may reach this many lines: more would leave a page half empty. */
const KEEP_LINES = 12;
/** A merge down at most this many rows is kept on one page, so its label is not cut (满意度指 / 标). */
const KEEP_MERGED_ROWS = 3;

/**
 * Rows that keep with the next one, where they are short enough together: every row but the last of a short
 * vertical merge; of a longer one, the first and the last two rows, so that no page holds a single row of it.
 */
function keptRows(t: TableBlock, lines: readonly number[]): boolean[] {
  const keep = t.rows.map(() => false);
  const linesOf = (from: number, to: number) => lines.slice(from, to + 1).reduce((a, b) => a + b, 0);
  t.rows.forEach((row, r) => {
    for (const c of row.cells) {
      const span = c?.rowSpan ?? 1;
      const last = r + span - 1;
      if (span <= 1) continue;
      if (span <= KEEP_MERGED_ROWS && linesOf(r, last) <= KEEP_LINES)
        for (let k = r; k < last; k++) keep[k] = true;
      else {
        if (linesOf(r, r + 1) <= KEEP_LINES) keep[r] = true;
        if (linesOf(last - 1, last) <= KEEP_LINES) keep[last - 1] = true;
      }
    }
  });
  return keep;
}

export function tableXml(t: TableBlock): string {
  const widths = columnWidths(t);
  const total = widths.reduce((s, w) => s + w, 0);
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${t.columns
    .map((col, i) => cellXml({ text: col.header }, 'center', widths[i] as number, true, false))
    .join('')}</w:tr>`;
  const lines = t.rows.map((row) => estimatedLines(row.cells, widths));
  const kept = keptRows(t, lines);
  const body = t.rows
    .map((row, r) => {
      const keep = kept[r] as boolean;
      const cells = row.cells.map((c, i) =>
        c === null
          ? coveredXml(widths[i] as number, keep)
          : cellXml(
              c,
              c.align ?? t.columns[i]?.align ?? 'left',
              widths[i] as number,
              false,
              !!row.total,
              keep,
            ),
      );
      return `<w:tr>${(lines[r] as number) <= SPLIT_LINES ? '<w:trPr><w:cantSplit/></w:trPr>' : ''}${cells.join('')}</w:tr>`;
    })
    .join('');
  const caption = paragraph(`${t.number} ${t.title}`, {
    style: 'TableCaption',
    eastAsia: FONT.heading1,
    size: SIZE.sihao,
  });
  const note = t.note
    ? paragraph(t.note, { style: 'TableNote', eastAsia: FONT.body, size: SIZE.xiaosi })
    : '';
  const table = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${TABLE_PR_TAIL}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${header}${body}</w:tbl>`;
  return caption + table + note;
}
