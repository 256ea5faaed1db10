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

/** Column widths in twips, scaled to the width of the 版心. */
export function columnWidths(t: TableBlock): number[] {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  return t.columns.map((c) => Math.floor((c.width / total) * PAGE.textWidth));
}

function cellXml(c: Cell, align: Align, width: number, header: boolean, bold: boolean): string {
  const merge = c.rowSpan && c.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '';
  const opts = {
    style: header ? 'TableHeader' : 'TableText',
    align,
    eastAsia: header ? FONT.heading1 : FONT.body,
    size: SIZE.xiaosi,
    bold,
  };
  const paras = c.text
    .split('\n')
    .map((line) => paragraph(line, opts))
    .join('');
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${merge}<w:vAlign w:val="center"/></w:tcPr>${paras}</w:tc>`;
}

/** The cell a vertical merge continues into. */
function coveredXml(width: number): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:vMerge/><w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p></w:tc>`;
}

/** Rows up to this many lines stay whole on a page; taller ones may break, or they would leave half a page blank. */
const SPLIT_LINES = 12;
/** Twips a 五号 character takes, and a cell's side margins. */
const CHAR_TWIPS = 210;
const CELL_MARGINS = 160;

/** How many lines the tallest cell of a row needs, roughly: characters over characters per line. */
function estimatedLines(cells: ReadonlyArray<Cell | null>, widths: readonly number[]): number {
  let most = 1;
  cells.forEach((c, i) => {
    if (!c) return;
    const perLine = Math.max(1, Math.floor(((widths[i] ?? 0) - CELL_MARGINS) / CHAR_TWIPS));
    const lines = c.text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
    most = Math.max(most, lines);
  });
  return most;
}

export function tableXml(t: TableBlock): string {
  const widths = columnWidths(t);
  const total = widths.reduce((s, w) => s + w, 0);
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${t.columns
    .map((col, i) => cellXml({ text: col.header }, 'center', widths[i] as number, true, false))
    .join('')}</w:tr>`;
  const body = t.rows
    .map((row) => {
      const cells = row.cells.map((c, i) =>
        c === null
          ? coveredXml(widths[i] as number)
          : cellXml(c, c.align ?? t.columns[i]?.align ?? 'left', widths[i] as number, false, !!row.total),
      );
      return `<w:tr>${estimatedLines(row.cells, widths) <= SPLIT_LINES ? '<w:trPr><w:cantSplit/></w:trPr>' : ''}${cells.join('')}</w:tr>`;
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
