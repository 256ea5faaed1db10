/** The 自评表 workbook: the department table with its indicators, and a sheet of rubric items with their scores. */
import ExcelJS from 'exceljs';
import type { Evaluation } from '../../core/model';
import type { ScoreResult } from '../../core/rubric';
import { xmlSafeDeep } from '../../core/safe-text';
import { findRubric } from '../../rubrics';
import { itemsSheet } from './_items-sheet';
import { mainSheet } from './_main-sheet';

/**
 * The 自评表 as .xlsx bytes; numbers are stored as numbers with formats, never as formatted text.
 * @example await renderXlsx(nanzhou, score) // Uint8Array (PK…)
 */
export async function renderXlsx(stored: Evaluation, scored: ScoreResult | null): Promise<Uint8Array> {
  // A stored document may hold characters XML cannot (U+FFFE, controls): dropped, so the workbook still opens.
  const e = xmlSafeDeep(stored);
  const score = xmlSafeDeep(scored);
  const rubric = score ? findRubric(score.rubric.id) : null;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  wb.title = `${e.year} 年度${e.department.name}部门整体支出绩效自评表`;
  mainSheet(wb, e, score, rubric);
  itemsSheet(wb, e, score, rubric);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
