/** The whole report as blocks, in the outline the seeds share; every renderer reads this one list. */
import type { Evaluation } from '../../core/model';
import type { ScoreResult } from '../../core/rubric';
import type { Block } from './_blocks';
import { buildContext, type ReportExtras } from './_context';
import { numberReport } from './_numbering';
import {
  basicIntro,
  closingSections,
  conclusionSection,
  efficacySection,
  financeSection,
  managementSection,
  managementSummary,
  projectsSection,
} from './sections';

/** `2023 年度广州市海珠区人民政府南洲街道办事处部门整体支出绩效自评报告`, unless the evaluation gives its own. */
export function reportTitle(e: Evaluation): string {
  return e.title || `${e.year} 年度${e.department.name}部门整体支出绩效自评报告`;
}

/**
 * Build the report's blocks from an evaluation and its score (null when the rubric is unknown): sections without
 * data are left out, the rest numbered in order.
 * @example buildReport(nanzhou, scoreEvaluation(nanzhou, getRubric('gz-dept-2023')))[0] // { kind: 'title', … }
 */
export function buildReport(e: Evaluation, score: ScoreResult | null, extras: ReportExtras = {}): Block[] {
  const ctx = buildContext(e, score, extras);
  return numberReport([
    { kind: 'title', text: reportTitle(e) },
    ...basicIntro(ctx),
    ...financeSection(ctx),
    ...managementSummary(ctx),
    ...conclusionSection(ctx),
    ...efficacySection(ctx),
    ...managementSection(ctx),
    ...projectsSection(ctx),
    ...closingSections(ctx),
  ]);
}
