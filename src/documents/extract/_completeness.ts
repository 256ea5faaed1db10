/**
 * What an extraction must say about itself: the parts a report has and the reading left empty, and a computed score
 * that does not reach the one the report states (usually a sign that something was not read).
 */
import { defineMessages } from '../../core/messages';
import type { Evaluation } from '../../core/model/evaluation';
import { round2 } from '../../core/money';
import { scoreEvaluation } from '../../core/rubric/engine';
import type { Rubric } from '../../core/rubric/schema';
import { makeWarning } from './_warn';
import type { ExtractWarning } from './layout/_model';

type P = Record<string, string | number | boolean | null | undefined>;

export const COMPLETENESS_MESSAGES: Record<string, (p: P) => string> = {
  extract_part_empty: (p) => `未能从文件中读出${p.part}，请对照原文补充`,
  extract_score_differs: (p) =>
    `按提取的数据计算得 ${p.computed} 分，与报告所列 ${p.stated} 分相差 ${p.gap} 分，请核对提取结果`,
  extract_score_incomplete: (p) =>
    `按提取的数据只能算出 ${p.computed} 分（另有 ${p.missing} 项缺少数据无法计分），报告所列 ${p.stated} 分，请补全后核对`,
};
defineMessages(COMPLETENESS_MESSAGES);

/** A warning that points at the field of the document it is about, so the review can open it. */
export type PlacedWarning = ExtractWarning & { path: string };

const placed = (code: string, params: P, path: string): PlacedWarning => ({
  ...makeWarning(code, params as Record<string, string | number | null | undefined>),
  path,
});

/** Parts every departmental report has: when the reading finds none, the reader says so. */
function emptyParts(e: Evaluation): PlacedWarning[] {
  const out: PlacedWarning[] = [];
  const part = (name: string, path: string) => out.push(placed('extract_part_empty', { part: name }, path));
  if (e.department.functions.length === 0) part('部门职能', 'department.functions');
  const f = e.finance;
  const rate = f.executionRate != null;
  if (f.budget == null && f.executed == null && !rate) part('全年预算数和执行数', 'finance.budget');
  else if (f.budget == null && !rate) part('全年预算数', 'finance.budget');
  else if (f.executed == null && !rate) part('执行数（决算数）', 'finance.executed');
  if (e.indicators.length === 0) part('绩效指标', 'indicators');
  if (e.management.length === 0) part('管理效率各项的得分', 'management');
  if (e.reported.total == null) part('报告所列的自评总分', 'reported.total');
  return out;
}

/** The computed score against the stated total; a gap within rounding of a 2-decimal figure is no gap. */
function scoreGap(e: Evaluation, rubric: Rubric): PlacedWarning[] {
  const stated = e.reported.total;
  if (stated == null) return [];
  const s = scoreEvaluation(e, rubric);
  const computed = s.total ?? s.computedTotal;
  if (Math.abs(computed - stated) <= 0.005 + 1e-9) return [];
  const params = { stated, computed: round2(computed).toFixed(2), gap: round2(Math.abs(stated - computed)) };
  if (s.total === null)
    return [placed('extract_score_incomplete', { ...params, missing: s.missing.length }, 'reported.total')];
  return [placed('extract_score_differs', params, 'reported.total')];
}

/**
 * Warnings for what the extraction left empty and for a computed score that differs from the stated one.
 * @example checkExtraction(evaluation, rubric).map((w) => w.message) // ['未能从文件中读出部门职能，请对照原文补充', …]
 */
export function checkExtraction(e: Evaluation, rubric: Rubric): PlacedWarning[] {
  return [...emptyParts(e), ...scoreGap(e, rubric)];
}
