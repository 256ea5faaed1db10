/** WordprocessingML written directly: paragraphs and runs with the eastAsia font named on every run. */
import { FONT } from './_styles';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escape text for XML, dropping control characters XML 1.0 does not allow. */
export function esc(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uffff]/g, '') // control characters XML 1.0 forbids
    .replace(/[&<>"]/g, (c) => XML_ESCAPES[c] as string);
}

export interface RunOptions {
  eastAsia: string;
  /** Half-points. */
  size: number;
  bold?: boolean;
}

export function rPr(o: RunOptions): string {
  const f = FONT.latin;
  return (
    `<w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${o.eastAsia}" w:cs="${f}" w:hint="eastAsia"/>` +
    `${o.bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${o.size}"/><w:szCs w:val="${o.size}"/></w:rPr>`
  );
}

export function run(text: string, o: RunOptions): string {
  return `<w:r>${rPr(o)}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

export interface ParagraphOptions extends RunOptions {
  style: string;
  align?: 'left' | 'center' | 'right' | 'both';
}

/** One paragraph of one run. */
export function paragraph(text: string, o: ParagraphOptions): string {
  const jc = o.align ? `<w:jc w:val="${o.align}"/>` : '';
  return `<w:p><w:pPr><w:pStyle w:val="${o.style}"/>${jc}</w:pPr>${run(text, o)}</w:p>`;
}
