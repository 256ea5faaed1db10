/** Escaping user text for the places that build HTML or Markdown from it: chart tooltips, the HTML and Markdown reports. */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text as HTML that shows it literally, in element content or a quoted attribute.
 * @example escapeHtml('<img src=x onerror=alert(1)>') // '&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/** Escaped lines joined by `<br>`: several lines of text in one HTML block (a tooltip, a table cell). */
export function escapeHtmlLines(s: string): string {
  return escapeHtml(s).replace(/\r\n?|\n/g, '<br>');
}

// Inline syntax anywhere in a line: escapes, code, emphasis, strikethrough, links and images, raw HTML and entities,
// table pipes, headings. CommonMark lets a backslash escape any ASCII punctuation.
const MARKDOWN_INLINE = /[\\`*_~[\]<>&|#]/g;
// Block syntax counts only at the start of a line: a bullet or a number before a space, a line of `=` or `-`.
const MARKDOWN_BULLET = /^([ \t]*)([-+])(?=[ \t]|$)/gm;
const MARKDOWN_NUMBER = /^([ \t]*\d{1,9})([.)])(?=[ \t]|$)/gm;
const MARKDOWN_RULE = /^([ \t]*)([=-])(?=[ \t=-]*$)/gm;

/** Text as Markdown inside a line (a table cell): no code, emphasis, link, raw HTML, entity or cell end from it. */
function escapeMarkdownInline(s: string): string {
  return s.replace(MARKDOWN_INLINE, '\\$&');
}

/**
 * Text as Markdown that shows it literally: no emphasis, code, link, raw HTML, entity, heading or list from it.
 * @example escapeMarkdown('**粗** <b>') // '\\*\\*粗\\*\\* \\<b\\>'
 */
export function escapeMarkdown(s: string): string {
  return escapeMarkdownInline(s)
    .replace(MARKDOWN_BULLET, '$1\\$2')
    .replace(MARKDOWN_NUMBER, '$1\\$2')
    .replace(MARKDOWN_RULE, '$1\\$2');
}

/**
 * Text as one pipe-table cell: escaped as Markdown, line breaks as `<br>` (a cell is one line), so neither a `|`
 * nor a newline can end the cell or the row.
 * @example escapeMarkdownCell('甲|乙\n丙') // '甲\\|乙<br>丙'
 */
export function escapeMarkdownCell(s: string): string {
  return escapeMarkdownInline(s).replace(/\r\n?|\n/g, '<br>');
}
