/** The 自评表 workbook: written from an evaluation, and read back when filled in by hand. */
export { formatImportError, type ImportError, type ImportResult, importWorkbook } from './read';
export { renderXlsx } from './write';
