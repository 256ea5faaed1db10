/**
 * The audit of a project's self-evaluation: the departmental audit's project rules run on the project as the one key
 * project of a view (so funding, execution, indicator and score checks are one copy), their paths moved back into the
 * project document (`projects[0].funding[1]` → `finance.bySource[1]`), plus what only a 自评表 can contradict: a grade
 * 优 with an execution rate under 80% or an unmet core indicator.
 */
import { defineMessages } from '../messages';
import { Evaluation, type ProjectEvaluation } from '../model';
import { round2 } from '../money';
import { scoreProjectEvaluation } from '../rubric/engine';
import { deriveRate } from '../rubric/inputs';
import type { Rubric } from '../rubric/schema';
import type { ScoreResult } from '../rubric/types';
import { buildAuditContext, DEFAULT_AUDIT_OPTIONS, finding, SECTIONS } from './_context';
import { RULES } from './rules';
import { isUnmet } from './rules/_indicators';
import type { AuditOptions, Finding } from './types';
import './messages';

/** The departmental rules that check a key project; the rest concern a department's own tables. */
const PROJECT_RULE_IDS = new Set([
  'execution-rate',
  'low-execution',
  'over-budget',
  'indicator-status',
  'indicator-verdict',
  'indicator-completion',
  'indicator-unmet',
  'target-distance',
  'project-funding',
  'score-parts',
  'score-total',
]);
const PROJECT_RULES = RULES.filter((r) => PROJECT_RULE_IDS.has(r.id));

/** 优 needs at least this execution rate (%) and every core indicator met. */
export const EXCELLENT_MIN_EXECUTION_RATE = 80;

defineMessages({
  project_excellent_low_execution: (p) =>
    `项目评为「优」，但预算执行率仅 ${p.rate}%，低于 ${p.threshold}%，请核实评分`,
  project_excellent_core_unmet: (p) => `项目评为「优」，但核心指标「${p.name}」未完成，请核实评分`,
});

/** A view of the project as the one key project of an evaluation: its paths are remapped back by `projectPath`. */
function viewOf(doc: ProjectEvaluation): Evaluation {
  return Evaluation.parse({
    department: { name: doc.project.implementer || doc.project.department || doc.project.name || '项目' },
    year: doc.year,
    rubric: doc.rubric,
    conclusion: doc.conclusion,
    projects: [
      {
        name: doc.project.name || '项目',
        budget: doc.finance.budget,
        executed: doc.finance.executed,
        executionRate: doc.finance.executionRate,
        funding: doc.finance.bySource,
        indicators: doc.indicators,
      },
    ],
    reported: { total: doc.reported.total, grade: doc.reported.grade, scores: doc.reported.scores },
  });
}

const REMAP: ReadonlyArray<readonly [RegExp, string]> = [
  [/^projects\[0\]\.indicators\[/, 'indicators['],
  [/^projects\[0\]\.funding\[/, 'finance.bySource['],
  [/^projects\[0\]\.funding$/, 'finance.bySource'],
  [/^projects\[0\]\.(budget|executed|executionRate)/, 'finance.$1'],
  [/^projects\[0\]\.name/, 'project.name'],
  [/^projects\[0\]$/, 'finance'],
];

/** A path of the view as a path of the project document. */
export function projectPath(path: string): string {
  for (const [re, to] of REMAP) if (re.test(path)) return path.replace(re, to);
  return path;
}

/** The rate the score uses, else the stated one (percent). */
function rateOf(doc: ProjectEvaluation): number | null {
  return deriveRate(doc.finance, 'execution_rate')?.value ?? doc.reported.executionRate ?? null;
}

function excellenceFindings(doc: ProjectEvaluation, score: ScoreResult | null, view: Evaluation): Finding[] {
  const grade = doc.reported.grade ?? score?.grade ?? null;
  if (grade !== '优') return [];
  const out: Finding[] = [];
  const rate = rateOf(doc);
  if (rate !== null && rate < EXCELLENT_MIN_EXECUTION_RATE - 1e-9) {
    out.push(
      finding(
        'project_excellent_low_execution',
        'warning',
        SECTIONS.scores,
        'finance.executed',
        EXCELLENT_MIN_EXECUTION_RATE,
        round2(rate),
        { rate: round2(rate), threshold: EXCELLENT_MIN_EXECUTION_RATE },
      ),
    );
  }
  const ctx = buildAuditContext(view, null, DEFAULT_AUDIT_OPTIONS);
  for (const ref of ctx.indicators) {
    if (!ref.ind.core || !isUnmet(ref.judged.result)) continue;
    out.push(
      finding(
        'project_excellent_core_unmet',
        'warning',
        SECTIONS.scores,
        projectPath(ref.path),
        ref.ind.target ?? null,
        ref.ind.actual ?? null,
        { name: ref.ind.name },
      ),
    );
  }
  return out;
}

/**
 * Audit a project self-evaluation. `score`, when the caller has scored it on this rubric already, is not redone.
 * @example auditProjectEvaluation(changshou, getRubric('national-project-2020')) // []
 */
export function auditProjectEvaluation(
  doc: ProjectEvaluation,
  rubric: Rubric | null,
  options: Partial<AuditOptions> = {},
  score?: ScoreResult | null,
): Finding[] {
  const view = viewOf(doc);
  const known = score ?? (rubric ? scoreProjectEvaluation(doc, rubric) : null);
  const ctx = buildAuditContext(view, rubric, { ...DEFAULT_AUDIT_OPTIONS, ...options }, known ?? undefined);
  const found = PROJECT_RULES.flatMap((r) => r.check(ctx)).map((f) => ({ ...f, path: projectPath(f.path) }));
  return [...found, ...excellenceFindings(doc, known, view)];
}
