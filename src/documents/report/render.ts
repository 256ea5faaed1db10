/** One entry for every output format: scores the evaluation itself, then writes .docx, .xlsx, Markdown or HTML. */
import type { Evaluation } from '../../core/model';
import { type Rubric, type ScoreResult, scoreEvaluation } from '../../core/rubric';
import { findRubric } from '../../rubrics';
import type { ReportExtras } from './_context';

export const REPORT_FORMATS = ['docx', 'xlsx', 'md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderOptions extends ReportExtras {
  /** Score on this rubric instead of the one the evaluation names. */
  rubric?: Rubric;
}

/**
 * Score an evaluation on its rubric (`findRubric(evaluation.rubric)`); null when the rubric is unknown,
 * in which case the documents say so plainly instead of showing scores.
 */
export function scoreForReport(evaluation: Evaluation, options: RenderOptions = {}): ScoreResult | null {
  const rubric = options.rubric ?? findRubric(evaluation.rubric);
  return rubric ? scoreEvaluation(evaluation, rubric) : null;
}

/**
 * The report in one format: bytes for docx and xlsx, text for md and html.
 * @example await renderReport(nanzhou, 'md') // '# 2023 年度广州市海珠区…'
 */
export async function renderReport(
  evaluation: Evaluation,
  format: 'docx' | 'xlsx',
  options?: RenderOptions,
): Promise<Uint8Array>;
export async function renderReport(
  evaluation: Evaluation,
  format: 'md' | 'html',
  options?: RenderOptions,
): Promise<string>;
export async function renderReport(
  evaluation: Evaluation,
  format: ReportFormat,
  options?: RenderOptions,
): Promise<Uint8Array | string>;
export async function renderReport(
  evaluation: Evaluation,
  format: ReportFormat,
  options: RenderOptions = {},
): Promise<Uint8Array | string> {
  const score = scoreForReport(evaluation, options);
  // Each writer is loaded when its format is asked for: the .xlsx writer brings ExcelJS, which takes longer to load
  // than writing a whole .docx report.
  switch (format) {
    case 'docx':
      return (await import('./docx')).renderDocx(evaluation, score, options);
    case 'xlsx':
      return (await import('../xlsx/write')).renderXlsx(evaluation, score);
    case 'md':
      return (await import('./markdown')).renderMarkdown(evaluation, score, options);
    case 'html':
      return (await import('./html')).renderHtml(evaluation, score, options);
    default:
      throw new Error(`不支持的报告格式：${String(format)}（可用：${REPORT_FORMATS.join('、')}）`);
  }
}
