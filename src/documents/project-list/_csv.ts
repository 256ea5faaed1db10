/** CSV and tab-separated text as budget systems export it (RFC 4180: quoted fields, "" inside quotes, CRLF or LF). */

export interface CsvTable {
  /** One array of fields per record; a record may span several lines inside quotes. */
  rows: string[][];
  delimiter: ',' | '\t' | ';';
  /** The record (1-based) where a quoted field was still open at the end of the text, if any. */
  unclosedQuoteAt: number | null;
}

/** The separator of the first lines, counted outside quotes: tabs when they outnumber commas, semicolons only alone. */
function detectDelimiter(text: string): CsvTable['delimiter'] {
  const count = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < Math.min(text.length, 16_384) && lines < 10; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n') lines++;
    else if (c in count) count[c as keyof typeof count]++;
  }
  if (count['\t'] > count[',']) return '\t';
  if (count[','] === 0 && count[';'] > 0) return ';';
  return ',';
}

/**
 * Split delimited text into records and fields. A quote that opens a field quotes it up to the next lone quote; a
 * quote inside an unquoted field is kept as typed (lenient, as spreadsheet programs are). Never throws.
 * @example parseCsv('项目名称,预算数\r\n"保洁, 清运",12.50\r\n').rows // [['项目名称','预算数'],['保洁, 清运','12.50']]
 */
export function parseCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let quoteOpenedAt: number | null = null;
  let i = 0;
  const n = text.length;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        quoteOpenedAt = null;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      // A field that opens with a quote (spaces before it are dropped, as Excel does).
      field = '';
      quoted = true;
      quoteOpenedAt = rows.length + 1;
      i++;
    } else if (c === delimiter) {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0 || quoted) endRow();
  return { rows, delimiter, unclosedQuoteAt: quoted ? quoteOpenedAt : null };
}
