/** Presenters of project self-evaluations: a row of a department's project list, a problem of an imported list. */
import type { ListProblem } from '../../documents/project-list';
import type { EvaluationSummaryRow } from '../../store';

/** One project as the list shows it, from the figures stored with the row (its name from the key when unread). */
export const presentProjectRow = (r: EvaluationSummaryRow) => {
  const p = r.derived.details.project;
  return {
    id: r.id,
    name: p?.name ?? r.subject,
    code: p?.code ?? null,
    category: p?.category ?? null,
    owner: p?.owner ?? null,
    budget: p?.budget ?? null,
    executed: p?.executed ?? null,
    executionRate: r.derived.executionRate,
    total: r.derived.total,
    grade: r.derived.grade,
    status: r.status,
    version: r.version,
    unmet: r.derived.details.unmet,
  };
};

/** A problem of an imported project list with its place (file, sheet, row, column, header) and its sentence. */
export const presentListProblem = (p: ListProblem) => ({
  code: p.code,
  severity: p.severity,
  file: p.file,
  sheet: p.sheet,
  row: p.row,
  column: p.column,
  header: p.header,
  message: p.message,
});
