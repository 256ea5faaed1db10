/** Builds what every rule receives: the evaluation, the rubric, indicator verdicts computed once, a lazy score. */
import type { Evaluation, Indicator } from '../model';
import { scoreEvaluation } from '../rubric/engine';
import type { Rubric } from '../rubric/schema';
import type { ScoreResult } from '../rubric/types';
import { judgeIndicator } from '../target/judge';
import type {
  AuditContext,
  AuditOptions,
  AuditRule,
  Finding,
  FindingParams,
  IndicatorRef,
  Severity,
} from './types';

/** Report sections, in the order the CLI prints them. */
export const SECTIONS = {
  basic: '基本情况',
  finance: '收支情况',
  indicators: '绩效指标',
  projects: '项目',
  scores: '评分',
  problems: '问题与改进',
} as const;

export const SECTION_ORDER: readonly string[] = Object.values(SECTIONS);

/** Defaults of the audit's thresholds; see `AuditOptions`. */
export const DEFAULT_AUDIT_OPTIONS: AuditOptions = {
  farBelowRatio: 0.5,
  farAboveRatio: 2,
  lowExecutionRate: 90,
};

function refOf(ind: Indicator, path: string, section: string, project: string | null): IndicatorRef {
  const computed = judgeIndicator({ ...ind, status: null, judgement: null });
  const judged = ind.status || ind.judgement ? judgeIndicator(ind) : computed;
  return { ind, path, section, project, computed, judged };
}

export function buildAuditContext(
  evaluation: Evaluation,
  rubric: Rubric | null,
  options: AuditOptions,
  known?: ScoreResult,
): AuditContext {
  const indicators: IndicatorRef[] = evaluation.indicators.map((ind, i) =>
    refOf(ind, `indicators[${i}]`, SECTIONS.indicators, null),
  );
  evaluation.projects.forEach((p, j) => {
    p.indicators.forEach((ind, i) => {
      indicators.push(refOf(ind, `projects[${j}].indicators[${i}]`, SECTIONS.projects, p.name));
    });
  });
  let score: ScoreResult | null | undefined = known;
  const cache = new Map<string, unknown>();
  return {
    evaluation,
    rubric,
    options,
    indicators,
    score: () => {
      if (score === undefined) score = rubric ? scoreEvaluation(evaluation, rubric) : null;
      return score;
    },
    memo: <T>(key: string, compute: () => T): T => {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
}

/** A finding with the optional parts defaulted. */
export function finding(
  code: string,
  severity: Severity,
  section: string,
  path: string,
  expected: string | number | null,
  found: string | number | null,
  params: FindingParams = {},
): Finding {
  return { code, severity, section, path, expected, found, params };
}

/** Run one rule alone (tests, or a caller that wants one check). */
export function runRule(
  rule: AuditRule,
  evaluation: Evaluation,
  rubric: Rubric | null = null,
  options: Partial<AuditOptions> = {},
): Finding[] {
  return rule.check(buildAuditContext(evaluation, rubric, { ...DEFAULT_AUDIT_OPTIONS, ...options }));
}
