/** Every audit rule, in the order their findings are listed. */
import type { AuditRule } from '../types';
import { basicProjectRule } from './basic-project';
import { carryoverRule } from './carryover';
import { comparisonsRule } from './comparisons';
import { deductionsRule } from './deductions';
import { executionRateRule } from './execution-rate';
import { financeLinesRule } from './finance-lines';
import { financeTotalsRule } from './finance-totals';
import { indicatorCompletionRule } from './indicator-completion';
import { indicatorCountRule } from './indicator-count';
import { indicatorStatusRule } from './indicator-status';
import { indicatorUnmetRule } from './indicator-unmet';
import { indicatorVerdictRule } from './indicator-verdict';
import { itemValuesRule } from './item-values';
import { lowExecutionRule } from './low-execution';
import { overBudgetRule } from './over-budget';
import { projectFundingRule } from './project-funding';
import { requiredSectionsRule } from './required-sections';
import { scorePartsRule } from './score-parts';
import { scoreTotalRule } from './score-total';
import { statementsRule } from './statements';
import { targetDistanceRule } from './target-distance';

export const RULES: readonly AuditRule[] = [
  requiredSectionsRule,
  financeLinesRule,
  financeTotalsRule,
  basicProjectRule,
  executionRateRule,
  lowExecutionRule,
  comparisonsRule,
  carryoverRule,
  overBudgetRule,
  indicatorCountRule,
  indicatorStatusRule,
  indicatorVerdictRule,
  indicatorCompletionRule,
  indicatorUnmetRule,
  targetDistanceRule,
  projectFundingRule,
  itemValuesRule,
  scorePartsRule,
  scoreTotalRule,
  statementsRule,
  deductionsRule,
];
