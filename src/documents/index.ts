/** Documents jixiao writes and reads: the report and the 自评表 workbook, and extraction from existing reports. */

export {
  ExtractError,
  type ExtractErrorCode,
  type ExtractResult,
  type ExtractWarning,
  extractDocument,
  extractText,
} from './extract';
export * from './report';
export * from './xlsx';
