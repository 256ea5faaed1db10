/** Lint records: a finding about a declared target, the field it points at and the principle it applies. */
import type { Finding } from '../audit/types';
import type { Goals } from '../model';
import type { LintRow } from './_rows';
import type { HistoryDoc, HistoryPoint } from './calibrate';
import type { LintThresholds } from './thresholds';

/** An audit finding (so the CLI prints both alike) with the principle of target setting it applies. */
export interface LintFinding extends Finding {
  /** A short Chinese phrase: 指标应可衡量（SMART）. */
  principle: string;
}

export interface LintContext {
  doc: Goals;
  thresholds: LintThresholds;
  rows: readonly LintRow[];
  /** A row's earlier years, computed once per row. */
  historyOf: (row: LintRow) => readonly HistoryPoint[];
  history: readonly HistoryDoc[];
}

/** One lint rule: the codes it may emit, the principle it applies and a pure check. */
export interface LintRule {
  id: string;
  codes: readonly string[];
  principle: string;
  check: (ctx: LintContext) => LintFinding[];
}
