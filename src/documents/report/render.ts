/** One entry for every output format: scores the evaluation itself, then writes .docx, .xlsx, Markdown or HTML. */
import type { Evaluation } from '../../core/model';
import { type Rubric, type ScoreResult, scoreEvaluation } from '../../core/rubric';
import { findRubric } from '../../rubrics';
import { renderXlsx } from '../xlsx/write';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';

export const REPORT_FORMATS = ['docx', 'xlsx', 'md', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderOptions {
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
  switch (format) {
    case 'docx':
      return renderDocx(evaluation, score);
    case 'xlsx':
      return renderXlsx(evaluation, score);
    case 'md':
      return renderMarkdown(evaluation, score);
    case 'html':
      return renderHtml(evaluation, score);
    default:
      throw new Error(`不支持的报告格式：${String(format)}（可用：${REPORT_FORMATS.join('、')}）`);
  }
}
