/** The self-evaluation report: one outline of blocks, written as .docx, Markdown and HTML, and the entry for all formats. */
export type { Block, Cell, Column, Row, TableBlock } from './_blocks';
export { renderDocx } from './docx';
export { renderHtml } from './html';
export { renderMarkdown } from './markdown';
export { buildReport, reportTitle } from './outline';
export {
  REPORT_FORMATS,
  type RenderOptions,
  type ReportFormat,
  renderReport,
  scoreForReport,
} from './render';
