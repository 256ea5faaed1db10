/** WordprocessingML written directly: paragraphs and runs with the eastAsia font named on every run. */
import { xmlSafe } from '../../core/safe-text';
import { FONT } from './_styles';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escape text for XML, dropping what XML 1.0 cannot hold (controls, U+FFFE, U+FFFF, lone surrogates). */
export function esc(s: string): string {
  return xmlSafe(s).replace(/[&<>"]/g, (c) => XML_ESCAPES[c] as string);
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
  /** Keep on the page of what follows (a sentence citing the table below, a table's header row). */
  keepNext?: boolean;
}

/** One paragraph of one run. */
export function paragraph(text: string, o: ParagraphOptions): string {
  const keep = o.keepNext ? '<w:keepNext/>' : '';
  const jc = o.align ? `<w:jc w:val="${o.align}"/>` : '';
  return `<w:p><w:pPr><w:pStyle w:val="${o.style}"/>${keep}${jc}</w:pPr>${run(text, o)}</w:p>`;
}
