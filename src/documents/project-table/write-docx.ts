/** The 项目支出绩效自评表 as a .docx (the `docx` package): the layout's rows as one ruled table on A4 landscape. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ProjectEvaluation } from '../../core/model';
import { formatPercent, formatWan } from '../../core/money';
import type { ScoreResult } from '../../core/rubric';
import { xmlSafeDeep } from '../../core/safe-text';
import { FONT, mm, runFont, SIZE } from '../report/_styles';
import { renderProjectGrid } from './_grid';
import { COLUMN_WIDTHS, type GridCell, type GridRow, TITLE } from './layout';

/** A4 landscape, 15 mm margins: 267 mm of table width, shared by the columns as the .xlsx shares them. */
const PAGE_WIDTH = mm(297);
const MARGIN = mm(15);
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const UNITS = COLUMN_WIDTHS.reduce((s, w) => s + w, 0);
const TWIPS = COLUMN_WIDTHS.map((w) => Math.floor((w * TEXT_WIDTH) / UNITS));
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** The text a cell shows: amounts and scores with 2 decimals, rates as percentages. */
export function shownValue(c: Pick<GridCell, 'kind' | 'value'>): string {
  const v = c.value;
  if (v === null || v === '') return '';
  if (typeof v === 'string') return v;
  if (c.kind === 'amount') return formatWan(v);
  if (c.kind === 'percent') return formatPercent(v);
  if (c.kind === 'score') return v.toFixed(2);
  return String(v);
}

function paragraphs(c: GridCell): Paragraph[] {
  const size = c.size === 'title' ? SIZE.sanhao : c.size === 'subtitle' ? SIZE.xiaosi : SIZE.wuhao;
  const font = c.size === 'title' ? FONT.heading1 : c.kind === 'label' ? FONT.heading1 : FONT.body;
  const alignment = c.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const lines = shownValue(c).split(/\r?\n/);
  return lines.map(
    (text) =>
      new Paragraph({
        alignment,
        children: [new TextRun({ text, font: runFont(font), size, bold: c.bold && c.kind !== 'label' })],
      }),
  );
}

function rowOf(row: GridRow): TableRow {
  const framed = row.role !== 'title' && row.role !== 'year';
  const borders = framed
    ? { top: LINE, bottom: LINE, left: LINE, right: LINE }
    : { top: NONE, bottom: NONE, left: NONE, right: NONE };
  return new TableRow({
    cantSplit: true,
    children: row.cells.map(
      (c) =>
        new TableCell({
          children: paragraphs(c),
          columnSpan: c.colSpan,
          rowSpan: c.rowSpan,
          verticalAlign: VerticalAlign.CENTER,
          width: {
            size: TWIPS.slice(c.col - 1, c.col - 1 + c.colSpan).reduce((s, w) => s + w, 0),
            type: WidthType.DXA,
          },
          margins: { left: 80, right: 80, top: 40, bottom: 40 },
          borders,
          ...(c.kind === 'label' && framed ? { shading: { fill: 'F2F2F2' } } : {}),
        }),
    ),
  });
}

/**
 * One project's 项目支出绩效自评表 as .docx bytes: the same rows, spans and figures as the .xlsx.
 * @example await writeProjectTableDocx(doc, scoreProjectEvaluation(doc, getRubric(doc.rubric))) // Uint8Array (PK…)
 */
export async function writeProjectTableDocx(
  stored: ProjectEvaluation,
  scored: ScoreResult | null,
): Promise<Uint8Array> {
  const doc = xmlSafeDeep(stored);
  const score = xmlSafeDeep(scored);
  const table = new Table({
    rows: renderProjectGrid(doc, score).map(rowOf),
    columnWidths: TWIPS,
    width: { size: TWIPS.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
  const file = new Document({
    creator: 'jixiao',
    title: `${doc.year} 年度${doc.project.name}${TITLE}`,
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: PAGE_WIDTH, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: [table],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
