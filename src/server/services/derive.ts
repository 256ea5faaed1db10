/** Figures computed from a document at each write (score, grade, execution rate, findings) for lists and dashboards. */
import { auditEvaluation, type Finding } from '../../core/audit';
import { auditProjectEvaluation } from '../../core/audit/project';
import {
  DEFAULT_PROJECT_RUBRIC,
  type Evaluation,
  isProjectEvaluation,
  type ProjectEvaluation,
} from '../../core/model';
import { round2 } from '../../core/money';
import { type ScoreNode, type ScoreResult, scoreEvaluation, scoreProjectEvaluation } from '../../core/rubric';
import { findRubric, listRubrics } from '../../rubrics';
import type { Derived, EvaluationKind, ProjectFacts } from '../../store';

/** Tag of the code that derived the figures: a change of rubrics recomputes stored rows. */
export function derivedRev(): string {
  const rubrics = listRubrics()
    .map((r) => `${r.id}@${r.version}`)
    .join(',');
  return `1|${rubrics}|audit`;
}

/** The score of either kind of document (told apart by its schema id), or null when it cannot be scored. */
export function safeScore(doc: Evaluation | ProjectEvaluation): ScoreResult | null {
  if (isProjectEvaluation(doc)) return safeScoreProject(doc as ProjectEvaluation);
  const rubric = findRubric((doc as Evaluation).rubric);
  if (!rubric) return null;
  try {
    return scoreEvaluation(doc as Evaluation, rubric);
  } catch {
    return null;
  }
}

/** A project self-evaluation scored on its rubric (`national-project-2020` unless it names another). */
export function safeScoreProject(doc: ProjectEvaluation): ScoreResult | null {
  const rubric = findRubric(doc.rubric || DEFAULT_PROJECT_RUBRIC);
  if (rubric?.scope !== 'project') return null;
  try {
    return scoreProjectEvaluation(doc, rubric);
  } catch {
    return null;
  }
}

/** A project's audit findings (`src/core/audit/project.ts`), or null when it cannot be audited. */
export function safeAuditProject(doc: ProjectEvaluation, score?: ScoreResult | null): Finding[] | null {
  try {
    return auditProjectEvaluation(doc, findRubric(doc.rubric), {}, score ?? undefined);
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

function executionRateOf(
  doc: { reported: { executionRate?: number | null }; finance: { executionRate?: number | null } },
  score: ScoreResult | null,
): number | null {
  const rate = score ? findKind(score.root, 'execution_rate')?.inputs.rate : undefined;
  if (typeof rate === 'number') return round2(rate * 100);
  return doc.reported.executionRate ?? doc.finance.executionRate ?? null;
}

/** Score and audit a document into the figures stored beside it. */
export function deriveEvaluation(doc: Evaluation, rev = derivedRev()): Derived {
  const score = safeScore(doc);
  // The audit checks the score too: hand it the one just computed instead of scoring the document twice.
  return figures(doc, score, safeAudit(doc, score), rev);
}

/** What a project list shows of a project, kept with its derived figures. */
export function projectFacts(doc: ProjectEvaluation): ProjectFacts {
  return {
    name: doc.project.name,
    code: doc.project.code || null,
    category: doc.project.category || null,
    owner: doc.project.owner || null,
    budget: doc.finance.budget ?? null,
    executed: doc.finance.executed ?? null,
  };
}

/** A project self-evaluation's figures: scored on its project rubric, its list columns kept beside them. */
export function deriveProjectEvaluation(doc: ProjectEvaluation, rev = derivedRev()): Derived {
  const score = safeScoreProject(doc);
  const derived = figures(doc, score, safeAuditProject(doc, score), rev);
  return { ...derived, details: { ...derived.details, project: projectFacts(doc) } };
}

/** The derived figures of a stored row's document, by the row's kind. */
export function deriveDocument(kind: EvaluationKind, doc: unknown, rev = derivedRev()): Derived {
  return kind === 'project'
    ? deriveProjectEvaluation(doc as ProjectEvaluation, rev)
    : deriveEvaluation(doc as Evaluation, rev);
}

function figures(
  doc: Parameters<typeof executionRateOf>[0],
  score: ScoreResult | null,
  findings: Finding[] | null,
  rev: string,
): Derived {
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
