/** Builds what every lint rule receives, and the finding helper the rules share. */
import { SECTIONS } from '../audit/_context';
import { describe } from '../audit/rules/_indicators';
import type { FindingParams, Severity } from '../audit/types';
import { sameDepartment } from '../department-name';
import type { Goals } from '../model';
import { type LintRow, lintRows } from './_rows';
import { type HistoryDoc, type HistoryPoint, historyOf } from './calibrate';
import { DEFAULT_LINT_THRESHOLDS, type LintThresholds } from './thresholds';
import type { LintContext, LintFinding, LintRule } from './types';

export { SECTIONS };

export interface LintOptions {
  /** The department's earlier years: declarations and self-evaluations (other departments' are ignored). */
  history?: readonly HistoryDoc[];
  thresholds?: LintThresholds;
}

export function buildLintContext(doc: Goals, options: LintOptions = {}): LintContext {
  const thresholds = options.thresholds ?? DEFAULT_LINT_THRESHOLDS;
  const history = options.history ?? [];
  const own = ownHistory(doc, history);
  const cache = new Map<LintRow, readonly HistoryPoint[]>();
  return {
    doc,
    thresholds,
    rows: lintRows(doc, SECTIONS),
    history,
    historyOf: (row) => {
      let h = cache.get(row);
      if (!h) {
        h = historyOf(row, doc.year, own, thresholds.historyYears);
        cache.set(row, h);
      }
      return h;
    },
  };
}

/** The documents of the declaring department among `history` (another department's year says nothing about it). */
export function ownHistory(doc: Goals, history: readonly HistoryDoc[]): HistoryDoc[] {
  return history.filter((d) => sameDepartment(d.department, doc.department));
}

/** A finding about a row, with its label (「指标「…」」 or 「项目「…」的指标「…」」) among the params. */
export function rowFinding(
  principle: string,
  code: string,
  severity: Severity,
  row: LintRow,
  field: string,
  params: FindingParams = {},
  expected: string | number | null = null,
): LintFinding {
  const found = (row.ind as Record<string, unknown>)[field];
  return {
    code,
    severity,
    section: row.section,
    path: `${row.path}.${field}`,
    expected,
    found: typeof found === 'string' || typeof found === 'number' ? found : null,
    params: { name: row.ind.name, label: describe(row.ind, row.project), ...params },
    principle,
  };
}

/** Run one rule alone (tests, or a caller that wants one check). */
export function runLintRule(rule: LintRule, doc: Goals, options: LintOptions = {}): LintFinding[] {
  return rule.check(buildLintContext(doc, options));
}
