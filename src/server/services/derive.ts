/** Figures computed from a document at each write (score, grade, execution rate, findings) for lists and dashboards. */
import { auditEvaluation, type Finding } from '../../core/audit';
import type { Evaluation } from '../../core/model';
import { round2 } from '../../core/money';
import { type ScoreNode, type ScoreResult, scoreEvaluation } from '../../core/rubric';
import { findRubric, listRubrics } from '../../rubrics';
import type { Derived } from '../../store';

/** Tag of the code that derived the figures: a change of rubrics recomputes stored rows. */
export function derivedRev(): string {
  const rubrics = listRubrics()
    .map((r) => `${r.id}@${r.version}`)
    .join(',');
  return `1|${rubrics}|audit`;
}

export function safeScore(doc: Evaluation): ScoreResult | null {
  const rubric = findRubric(doc.rubric);
  if (!rubric) return null;
  try {
    return scoreEvaluation(doc, rubric);
  } catch {
    return null;
  }
}

/** The audit findings, or null when the document cannot be audited; `score`, its score if known, is not redone. */
export function safeAudit(doc: Evaluation, score?: ScoreResult | null): Finding[] | null {
  try {
    return auditEvaluation(doc, findRubric(doc.rubric), {}, score ?? undefined);
  } catch {
    return null;
  }
}

function findKind(node: ScoreNode, kind: string): ScoreNode | null {
  if (node.kind === kind) return node;
  for (const c of node.children ?? []) {
    const hit = findKind(c, kind);
    if (hit) return hit;
  }
  return null;
}

function executionRateOf(doc: Evaluation, score: ScoreResult | null): number | null {
  const rate = score ? findKind(score.root, 'execution_rate')?.inputs.rate : undefined;
  if (typeof rate === 'number') return round2(rate * 100);
  return doc.reported.executionRate ?? doc.finance.executionRate ?? null;
}

/** Score and audit a document into the figures stored beside it. */
export function deriveEvaluation(doc: Evaluation, rev = derivedRev()): Derived {
  const score = safeScore(doc);
  // The audit checks the score too: hand it the one just computed instead of scoring the document twice.
  const findings = safeAudit(doc, score);
  const trace = score?.trace ?? [];
  return {
    total: score?.total == null ? null : round2(score.total),
    grade: score?.grade ?? null,
    executionRate: executionRateOf(doc, score),
    findingsError: findings ? findings.filter((f) => f.severity === 'error').length : null,
    findingsWarning: findings ? findings.filter((f) => f.severity === 'warning').length : null,
    details: {
      deductions: trace
        .filter((t) => t.lost > 1e-9)
        .map((t) => ({
          name: String(t.params.name ?? t.path.split('/').at(-1) ?? t.path),
          points: round2(t.lost),
        })),
      // An indicator that lost points was not (fully) met, whether judged by its figures or by a person.
      unmet: trace
        .filter((t) => t.code.startsWith('indicator_') && t.lost > 1e-9)
        .map((t) => String(t.params.name ?? t.path)),
    },
    rev,
  };
}
