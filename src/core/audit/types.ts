/** Audit records: a finding says where a document contradicts itself or the rubric, what was expected and what was found. */
import type { Evaluation, Indicator } from '../model';
import type { Rubric } from '../rubric/schema';
import type { ScoreResult } from '../rubric/types';
import type { Judged } from '../target/judge';

export type Severity = 'error' | 'warning' | 'info';

export type FindingParams = Record<string, string | number | boolean | null>;

export interface Finding {
  /** Stable snake_case code; its Chinese sentence is in the message map. */
  code: string;
  severity: Severity;
  /** Chinese section of the report: 收支情况, 绩效指标, 评分, 项目, 基本情况, 问题与改进. */
  section: string;
  /** Evaluation path: `finance.income`, `indicators[13].target`, `reported.scores.产出指标`. */
  path: string;
  expected: string | number | null;
  found: string | number | null;
  params: FindingParams;
}

/** Thresholds the audit judges by; every one is a parameter with a documented default. */
export interface AuditOptions {
  /** actual ÷ target below this (more-is-better indicator): the target was set too high. */
  farBelowRatio: number;
  /** actual ÷ target above this: the target was set too low. */
  farAboveRatio: number;
  /** 预算执行率 (%) below this is a warning. */
  lowExecutionRate: number;
}

/** One indicator row, department-wide or under a project, with its verdicts. */
export interface IndicatorRef {
  ind: Indicator;
  path: string;
  section: string;
  /** Project name when the row belongs to a project. */
  project: string | null;
  /** Verdict from the figures alone: the document's status and any judgement left out. */
  computed: Judged;
  /** Verdict as the scoring engine sees it: judgement, then figures, then the stated status. */
  judged: Judged;
}

export interface AuditContext {
  evaluation: Evaluation;
  rubric: Rubric | null;
  options: AuditOptions;
  indicators: readonly IndicatorRef[];
  /** The rubric score, computed on first use; null without a rubric. */
  score: () => ScoreResult | null;
  /** A value derived once per audit run and shared by the rules that need it (lookups, not verdicts). */
  memo: <T>(key: string, compute: () => T) => T;
}

/** One audit rule: the codes it may emit and a pure check. */
export interface AuditRule {
  id: string;
  codes: readonly string[];
  check: (ctx: AuditContext) => Finding[];
}
