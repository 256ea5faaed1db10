/** Rows of a list → one draft per project: rows sharing 项目名称 (and 项目编码) are its funding lines, summed in 分. */

import { sameDepartment } from '../../core/department-name';
import type { Severity } from '../../core/labels';
import { DEFAULT_PROJECT_RUBRIC, PROJECT_EVALUATION_SCHEMA_ID } from '../../core/model/project-evaluation';
import { fromFen } from '../../core/money';
import { columnLetter } from '../xlsx/_layout';
import { AMOUNT_KEYS, type AmountKey, COLUMN_LABEL, type Header, type TEXT_KEYS } from './_columns';
import { type ListPlace, type ListProblem, makeProblem } from './_problems';
import type { AmountValue, ListRow } from './_rows';

export interface GroupOptions {
  file: string;
  year: number;
  department?: string | undefined;
  problems: ListProblem[];
  /** The header of each sheet, to name the column of a problem. */
  headers: Map<string | null, Header>;
}

/** The draft as built, before the schema reads it. */
export interface DraftInput {
  schema: typeof PROJECT_EVALUATION_SCHEMA_ID;
  year: number;
  rubric: string;
  project: Record<'name' | 'code' | 'category' | 'department' | 'implementer' | 'owner', string | null>;
  finance: {
    initialBudget: number | null;
    budget: number | null;
    executed: number | null;
    bySource: { source: string; initial: number | null; budget: number | null; executed: number | null }[];
  };
  indicators: [];
  drafts?: Record<string, string>;
}

const PROJECT_KEYS = ['name', 'code', 'category', 'department', 'implementer', 'owner'] as const;
const LINE_KEY: Record<AmountKey, 'initial' | 'budget' | 'executed'> = {
  initialBudget: 'initial',
  budget: 'budget',
  executed: 'executed',
};

/** Rows grouped by project, in the order projects first appear. */
function groupRows(rows: readonly ListRow[], o: GroupOptions, problem: Problem): ListRow[][] {
  const groups = new Map<string, ListRow[]>();
  const byCode = new Map<string, ListRow[]>();
  const byName = new Map<string, ListRow>();
  const lastOfName = new Map<string, ListRow[]>();
  for (const r of rows) {
    const { name, code = '' } = r.text;
    if (!name) {
      // A row with only a 项目编码 continues the project of that code.
      const g = byCode.get(code);
      if (g) g.push(r);
      else problem('project_list_row_no_name', 'error', placeOf(o, r, 'name'));
      continue;
    }
    // A row with the name and no 项目编码 continues the project of that name (the code printed on its first row).
    const named = code ? undefined : lastOfName.get(name);
    const key = `${code}\u0000${name}`;
    let g = groups.get(key) ?? named;
    if (!g) {
      const seen = byName.get(name);
      if (seen)
        problem('project_list_same_name', 'warning', placeOf(o, r, 'code'), {
          name,
          firstRow: seen.row,
          firstCode: seen.text.code ?? '',
          code,
        });
      else byName.set(name, r);
      g = [];
      groups.set(key, g);
      if (code && !byCode.has(code)) byCode.set(code, g);
      lastOfName.set(name, g);
    }
    g.push(r);
  }
  return [...groups.values()];
}

type Problem = (
  code: string,
  severity: Severity,
  p: ListPlace,
  params?: Record<string, string | number>,
) => void;

function placeOf(o: GroupOptions, r: ListRow, key: (typeof TEXT_KEYS)[number] | AmountKey | null): ListPlace {
  const col = key ? o.headers.get(r.sheet)?.columns[key] : undefined;
  return {
    file: o.file,
    sheet: r.sheet,
    row: r.row,
    column: col ? columnLetter(col.index + 1) : null,
    header: col?.label ?? null,
  };
}

/** The sum of lines in 分; null when none is stated or one could not be read (the total is then unknown). */
function total(values: readonly (AmountValue | undefined)[]): number | null {
  if (values.some((v) => v?.draft !== undefined)) return null;
  const stated = values.filter((v): v is AmountValue => v?.fen != null);
  return stated.length ? fromFen(stated.reduce((s, v) => s + v.fen!, 0)) : null;
}

function buildDraft(rows: readonly ListRow[], o: GroupOptions, problem: Problem): DraftInput {
  const first = rows[0]!;
  const name = first.text.name!;
  const project = {} as DraftInput['project'];
  for (const k of PROJECT_KEYS) {
    const owner = rows.find((r) => r.text[k]);
    project[k] = owner?.text[k] ?? null;
    for (const r of rows)
      if (owner && r.text[k] && r.text[k] !== owner.text[k])
        problem('project_list_field_conflict', 'warning', placeOf(o, r, k), {
          field: COLUMN_LABEL[k],
          firstRow: owner.row,
          first: owner.text[k]!,
          value: r.text[k]!,
        });
  }
  project.name = name;
  if (o.department) {
    if (!project.department) project.department = o.department;
    else if (!sameDepartment({ name: project.department }, { name: o.department }))
      problem('project_list_department_differs', 'warning', placeOf(o, first, 'department'), {
        value: project.department,
        department: o.department,
      });
  }
  const drafts: Record<string, string> = {};
  const badAmount = (r: ListRow, v: AmountValue) =>
    problem(
      'project_list_bad_amount',
      'error',
      { ...placeOf(o, r, null), column: columnLetter(v.column.index + 1), header: v.column.label },
      { text: v.draft!, reason: v.reason ?? '' },
    );
  const finance: DraftInput['finance'] = { initialBudget: null, budget: null, executed: null, bySource: [] };
  const hasSource = rows.some((r) => r.text.source);
  if (rows.length === 1 && !hasSource) {
    for (const k of AMOUNT_KEYS) {
      const v = first.amounts[k];
      finance[k] = v?.fen == null ? null : fromFen(v.fen);
      if (v?.draft !== undefined) {
        drafts[`finance.${k}`] = v.draft;
        badAmount(first, v);
      }
    }
  } else {
    if (!hasSource)
      problem('project_list_source_missing', 'warning', placeOf(o, first, 'source'), {
        name,
        rows: rows.map((r) => r.row).join('、'),
      });
    const seen = new Map<string, ListRow>();
    rows.forEach((r, i) => {
      const source = r.text.source ?? '';
      const before = seen.get(source);
      if (before && source)
        problem('project_list_source_duplicate', 'warning', placeOf(o, r, 'source'), {
          name,
          source,
          firstRow: before.row,
        });
      else seen.set(source, r);
      const line = {
        source,
        initial: null,
        budget: null,
        executed: null,
      } as DraftInput['finance']['bySource'][0];
      for (const k of AMOUNT_KEYS) {
        const v = r.amounts[k];
        line[LINE_KEY[k]] = v?.fen == null ? null : fromFen(v.fen);
        if (v?.draft !== undefined) {
          drafts[`finance.bySource[${i}].${LINE_KEY[k]}`] = v.draft;
          badAmount(r, v);
        }
      }
      finance.bySource.push(line);
    });
    for (const k of AMOUNT_KEYS) finance[k] = total(rows.map((r) => r.amounts[k]));
  }
  const draft: DraftInput = {
    schema: PROJECT_EVALUATION_SCHEMA_ID,
    year: o.year,
    rubric: DEFAULT_PROJECT_RUBRIC,
    project,
    finance,
    indicators: [],
  };
  if (Object.keys(drafts).length) draft.drafts = drafts;
  return draft;
}

/** Group the rows of every sheet into projects; each with the rows it came from. */
export function buildDrafts(
  rows: readonly ListRow[],
  o: GroupOptions,
): { draft: DraftInput; rows: readonly ListRow[] }[] {
  const problem: Problem = (code, severity, p, params = {}) =>
    o.problems.push(makeProblem(code, severity, p, params));
  return groupRows(rows, o, problem).map((g) => ({ draft: buildDraft(g, o, problem), rows: g }));
}
