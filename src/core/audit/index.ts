/** The audit: every rule run over an evaluation, every inconsistency collected as a finding with a Chinese sentence. */
import { renderMessage } from '../messages';
import type { Evaluation } from '../model';
import type { Rubric } from '../rubric/schema';
import type { ScoreResult } from '../rubric/types';
import { buildAuditContext, DEFAULT_AUDIT_OPTIONS, runRule, SECTION_ORDER, SECTIONS } from './_context';
import './messages';
import { RULES } from './rules';
import type { AuditOptions, Finding, Severity } from './types';

export { AUDIT_MESSAGES } from './messages';
export type * from './types';
export { DEFAULT_AUDIT_OPTIONS, RULES, runRule, SECTION_ORDER, SECTIONS };

/**
 * Audit an evaluation: recompute every figure that can be recomputed and cross-check every figure stated twice.
 * Pure; all rules run and all findings are returned (never only the first). Without a rubric the score checks are
 * skipped with an info finding.
 * `score`, when the caller has scored the evaluation on this rubric already, saves scoring it again.
 * @example auditEvaluation(xinhua, getRubric('gz-dept-2022')).filter((f) => f.severity === 'error')[0].code // 'lines_total_mismatch'
 */
export function auditEvaluation(
  evaluation: Evaluation,
  rubric?: Rubric | null,
  options: Partial<AuditOptions> = {},
  score?: ScoreResult,
): Finding[] {
  const ctx = buildAuditContext(evaluation, rubric ?? null, { ...DEFAULT_AUDIT_OPTIONS, ...options }, score);
  return RULES.flatMap((r) => r.check(ctx));
}

/** The finding as a Chinese sentence, from the message map. */
export function renderFinding(f: Finding): string {
  return renderMessage(f.code, { ...f.params, expected: f.expected, found: f.found, path: f.path });
}

export type AuditCounts = Record<Severity, number>;

export function countFindings(findings: readonly Finding[]): AuditCounts {
  const counts: AuditCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Findings grouped by section, sections in report order, errors first within each. */
export function groupFindings(findings: readonly Finding[]): Array<{ section: string; findings: Finding[] }> {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const sections = [
    ...SECTION_ORDER,
    ...new Set(findings.map((f) => f.section).filter((s) => !SECTION_ORDER.includes(s))),
  ];
  return sections
    .map((section) => ({
      section,
      findings: findings
        .filter((f) => f.section === section)
        .sort((a, b) => rank[a.severity] - rank[b.severity]),
    }))
    .filter((g) => g.findings.length > 0);
}
