/** The indicator rows of a document with their owners, and reassigning them to one person (pure). */
import type { Evaluation } from '../../../core/model';

export interface IndicatorRow {
  path: string;
  name: string;
  project: string | null;
  level2: string | null;
  owner: string | null;
}

/** Every indicator row, the department's own first, then each project's, with its path in the document. */
export function listIndicatorRows(doc: Evaluation): IndicatorRow[] {
  const rows: IndicatorRow[] = doc.indicators.map((i, n) => ({
    path: `indicators[${n}]`,
    name: i.name,
    project: null,
    level2: i.level2 ?? null,
    owner: i.owner ?? null,
  }));
  doc.projects.forEach((p, j) => {
    p.indicators.forEach((i, n) => {
      rows.push({
        path: `projects[${j}].indicators[${n}]`,
        name: i.name,
        project: p.name,
        level2: i.level2 ?? null,
        owner: i.owner ?? null,
      });
    });
  });
  return rows;
}

/**
 * The document with `username` owning exactly the rows at `paths` (rows of others among them change hands; rows of
 * theirs not among them are left without owner), the number of rows changed, and paths that name no row.
 * @example assignIndicators(doc, 'li', ['indicators[0]']) // { doc, changed: 1, unknown: [] }
 */
export function assignIndicators(
  doc: Evaluation,
  username: string,
  paths: readonly string[],
): { doc: Evaluation; changed: number; unknown: string[] } {
  const wanted = new Set(paths);
  const known = new Set(listIndicatorRows(doc).map((r) => r.path));
  let changed = 0;
  const owner = <T extends { owner?: string | null | undefined }>(row: T, path: string): T => {
    const mine = wanted.has(path);
    if (mine && row.owner !== username) {
      changed++;
      return { ...row, owner: username };
    }
    if (!mine && row.owner === username) {
      changed++;
      return { ...row, owner: null };
    }
    return row;
  };
  const next: Evaluation = {
    ...doc,
    indicators: doc.indicators.map((i, n) => owner(i, `indicators[${n}]`)),
    projects: doc.projects.map((p, j) => ({
      ...p,
      indicators: p.indicators.map((i, n) => owner(i, `projects[${j}].indicators[${n}]`)),
    })),
  };
  return { doc: next, changed, unknown: [...wanted].filter((p) => !known.has(p)) };
}
