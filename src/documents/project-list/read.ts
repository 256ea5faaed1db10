/** Read a department's project list (.xlsx or .csv from the budget system) into one project draft per project. */
import type { z } from 'zod';
import { ProjectEvaluationDraft } from '../../core/model/project-evaluation';
import { findHeader, type Header } from './_columns';
import { buildDrafts } from './_group';
import { type ListPlace, type ListProblem, makeProblem } from './_problems';
import { type ListRow, readRows } from './_rows';
import { MAX_ROWS, readTable } from './_table';

export type { ListPlace, ListProblem } from './_problems';

export type ProjectDraft = z.infer<typeof ProjectEvaluationDraft>;

export interface ProjectListOptions {
  /** The fiscal year of the drafts. */
  year: number;
  /** The department importing: 主管部门 when the list leaves it blank; a list naming another is told. */
  department?: string;
}

export interface ProjectListResult {
  /** One draft per project, valid for `ProjectEvaluationDraft`, in the order of the list. */
  projects: ProjectDraft[];
  /** Where each project came from: its sheet and rows, index for index with `projects`. */
  origins: { sheet: string | null; rows: number[] }[];
  /** Every problem, with its place; `severity: 'error'` for what was not imported as typed. */
  problems: ListProblem[];
  /** True when the file as a whole could not be read as a list (nothing imported). */
  refused: boolean;
}

/**
 * Read the project list in `bytes` (an .xlsx workbook, or CSV / tab-separated text in UTF-8, GB18030 or UTF-16).
 * Never throws: a file that is not a list is refused with a problem saying why.
 * @example const { projects, problems } = await readProjectList(bytes, '2023年项目清单.xlsx', { year: 2023 })
 */
export async function readProjectList(
  bytes: Uint8Array,
  fileName: string,
  options: ProjectListOptions,
): Promise<ProjectListResult> {
  const problems: ListProblem[] = [];
  const whole: ListPlace = { file: fileName, sheet: null, row: null, column: null, header: null };
  const refuse = (code: string): ProjectListResult => ({
    projects: [],
    origins: [],
    problems: [...problems, makeProblem(code, 'error', whole)],
    refused: true,
  });
  const table = await readTable(bytes);
  if (!table.ok) return refuse(table.code);
  if (table.kind === 'csv' && table.unclosedQuoteAt !== null)
    problems.push(
      makeProblem('project_list_unclosed_quote', 'warning', { ...whole, row: table.unclosedQuoteAt }),
    );

  const headers = new Map<string | null, Header>();
  const rows: ListRow[] = [];
  let named = 0;
  for (const sheet of table.sheets) {
    const place = { ...whole, sheet: sheet.name };
    const header = findHeader(sheet.rows);
    if (!header) {
      if (table.sheets.length > 1 && sheet.rows.some((r) => r.some((c) => c !== null && c !== '')))
        problems.push(makeProblem('project_list_sheet_skipped', 'info', place));
      continue;
    }
    if (!header.columns.name) {
      const found = Object.values(header.columns).map((c) => `“${c.label}”`);
      problems.push(
        makeProblem(
          'project_list_no_name_column',
          'error',
          { ...place, row: header.row + 1 },
          {
            found: found.join('、'),
          },
        ),
      );
      continue;
    }
    named++;
    if (sheet.rows.length > MAX_ROWS)
      problems.push(
        makeProblem('project_list_truncated', 'warning', place, { max: MAX_ROWS.toLocaleString('en-US') }),
      );
    headers.set(sheet.name, header);
    rows.push(
      ...readRows({ ...sheet, rows: sheet.rows.slice(0, MAX_ROWS) }, header, { file: fileName, problems }),
    );
  }
  if (named === 0) {
    const told = problems.some((p) => p.code === 'project_list_no_name_column');
    return told ? { projects: [], origins: [], problems, refused: true } : refuse('project_list_no_header');
  }

  const built = buildDrafts(rows, { file: fileName, headers, problems, ...options });
  const projects: ProjectDraft[] = [];
  const origins: ProjectListResult['origins'] = [];
  for (const { draft, rows: from } of built) {
    const parsed = ProjectEvaluationDraft.safeParse(draft);
    if (!parsed.success) {
      const first = from[0]!;
      problems.push(
        makeProblem(
          'project_list_invalid_draft',
          'error',
          { ...whole, sheet: first.sheet, row: first.row },
          {
            name: draft.project.name ?? '',
            detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；'),
          },
        ),
      );
      continue;
    }
    projects.push(parsed.data);
    origins.push({ sheet: from[0]!.sheet, rows: from.map((r) => r.row) });
  }
  if (projects.length === 0 && !problems.some((p) => p.severity === 'error'))
    problems.push(makeProblem('project_list_no_projects', 'warning', whole));
  return { projects, origins, problems: inReadingOrder(problems, table.sheets), refused: false };
}

/** Problems as a person reads the file: sheet by sheet, row by row, column by column (a stable sort). */
function inReadingOrder(problems: ListProblem[], sheets: readonly { name: string | null }[]): ListProblem[] {
  const sheetNo = new Map(sheets.map((s, i) => [s.name, i]));
  const col = (c: string | null) => (c === null ? '' : c.padStart(3, ' '));
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        (sheetNo.get(a.p.sheet) ?? -1) - (sheetNo.get(b.p.sheet) ?? -1) ||
        (a.p.row ?? 0) - (b.p.row ?? 0) ||
        col(a.p.column).localeCompare(col(b.p.column)) ||
        a.i - b.i,
    )
    .map((x) => x.p);
}
