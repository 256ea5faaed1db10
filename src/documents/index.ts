/** Documents jixiao writes and reads: the self-evaluation report and the 自评表 workbook. */
export * from './report';
export * from './xlsx';
