/** Target lint: every rule over a declaration (`jixiao/goals@1`), each finding with its field and principle. */
import type { Goals } from '../model';
import { buildLintContext, type LintOptions, ownHistory, runLintRule } from './_context';
import { type Calibration, calibrateRows } from './calibrate';
import './messages';
import { costUnitRule } from './rules/cost-unit';
import { duplicatesRule } from './rules/duplicates';
import { longTermRule } from './rules/long-term';
import { projectIndicatorsRule } from './rules/project-indicators';
import { qualitativeCriteriaRule } from './rules/qualitative-criteria';
import { quantitativeTargetRule } from './rules/quantitative-target';
import { tooEasyRule } from './rules/too-easy';
import { tooHardRule } from './rules/too-hard';
import { wrongLevelRule } from './rules/wrong-level';
import type { LintFinding, LintRule } from './types';

export { indicatorKey, indicatorUnit } from './_rows';
export * from './calibrate';
export { LINT_MESSAGES } from './messages';
export * from './thresholds';
export type * from './types';
export { type LintOptions, runLintRule };

/** Every rule, in the order their findings are listed. */
export const LINT_RULES: readonly LintRule[] = [
  quantitativeTargetRule,
  qualitativeCriteriaRule,
  wrongLevelRule,
  longTermRule,
  costUnitRule,
  duplicatesRule,
  projectIndicatorsRule,
  tooEasyRule,
  tooHardRule,
];

/**
 * Lint a declaration's targets. Pure; every rule runs and all findings are returned. `history` holds the
 * department's earlier declarations and self-evaluations (other departments' documents are ignored); without it
 * the two rules that compare with the past find nothing. The findings are audit findings with a `principle`, so
 * `renderFinding`, `groupFindings` and `countFindings` from the audit print them as `jixiao audit` does.
 * @example lintGoals(xinhua2022, { history: [xinhua2019, xinhua2020, xinhua2021] }).find((f) => f.code === 'goal_too_hard')?.path // 'indicators[13].target'
 */
export function lintGoals(doc: Goals, options: LintOptions = {}): LintFinding[] {
  const ctx = buildLintContext(doc, options);
  return LINT_RULES.flatMap((r) => r.check(ctx));
}

/**
 * Each declared indicator with its last years in the department's own history and a suggested range (see
 * `suggestRange` for the rule): what the editor shows beside a target.
 * @example calibrateGoals(xinhua2022, { history })[13].suggested // { low: 12030, high: 13233, unit: '人次' }
 */
export function calibrateGoals(doc: Goals, options: LintOptions = {}): Calibration[] {
  const ctx = buildLintContext(doc, options);
  return calibrateRows(ctx.rows, doc.year, ownHistory(doc, ctx.history), ctx.thresholds);
}
