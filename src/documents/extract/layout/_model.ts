/** The layout model every reader produces: lines, paragraphs and tables in reading order, with where they came from. */

/** Where a piece of text came from: a line of a text file, a page of a PDF, a paragraph of a Word file. */
export interface Origin {
  line?: number;
  page?: number;
  para?: number;
}

/** One line as a reader sees it, before paragraphs are rebuilt; `heading` is a style level when the source gives one. */
export interface SourceLine {
  kind: 'line';
  text: string;
  origin: Origin;
  heading?: number;
  /** Blank lines (text) or empty paragraphs (Word) just before this line; absent when none. */
  blankBefore?: number;
}

/**
 * How merged cells of a table's label columns are written:
 * `filled` every covered cell holds the label (docx vMerge, PDF rules), `top` the label sits in the first row of its
 * span, `middle` beside the middle row, `unknown` decide from the content.
 */
export type SpanAnchor = 'filled' | 'top' | 'middle' | 'unknown';

export interface TableBlock {
  kind: 'table';
  rows: string[][];
  origin: Origin;
  anchor: SpanAnchor;
  source: 'tab' | 'pipe' | 'flat' | 'docx' | 'pdf';
  /** Rows (indices into `rows`) that open a new page: a row there may be the rest of the row before. */
  breaks?: number[];
}

export interface ParaBlock {
  kind: 'para';
  text: string;
  origin: Origin;
  heading?: number;
}

export type Block = ParaBlock | TableBlock;

/** What a reader hands to the layout step: lines still to be grouped, and tables it already recognised. */
export type SourceItem = SourceLine | TableBlock;

export interface ExtractWarning {
  code: string;
  message: string;
  line?: number;
  page?: number;
}

export interface LayoutDoc {
  format: 'text' | 'docx' | 'pdf';
  blocks: Block[];
  warnings: ExtractWarning[];
}
