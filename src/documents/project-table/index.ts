/** The 项目支出绩效自评表: one project's table as .xlsx or .docx, many at once, and an .xlsx table read back. */
export { renderProjectGrid } from './_grid';
export {
  fileNames,
  scoreForTable,
  sheetNames,
  writeProjectTablesWorkbook,
  writeProjectTablesZip,
} from './many';
export {
  type ProjectTableDraft,
  type ReadProjectTable,
  type ReadProjectTables,
  readProjectTablesXlsx,
  readProjectTableXlsx,
  type TableWarning,
} from './read-xlsx';
export { writeProjectTableDocx } from './write-docx';
export { writeProjectTableXlsx } from './write-xlsx';
