/** The rubric registry: every rubric file, validated when loaded, looked up by id or by region and year. */
import { parseRubric, parseRubricFamily, RubricError } from '../core/rubric/load';
import type { Rubric } from '../core/rubric/schema';
import gzDept from './guangzhou/dept.json' with { type: 'json' };
import national2020 from './national/project-2020.json' with { type: 'json' };

/** Validate rubric data (one rubric, or years sharing a definition); every problem names the file and JSON path. */
export { parseRubric as loadRubric, parseRubricFamily as loadRubricFamily, RubricError };

/** Every rubric id once: two files (or two years) claiming one id would make lookups ambiguous. */
function checkIds(rubrics: readonly Rubric[]): readonly Rubric[] {
  const dup = rubrics.map((r) => r.id).filter((id, i, ids) => ids.indexOf(id) !== i);
  if (dup.length) throw new RubricError('src/rubrics', [`评分标准编号重复：${dup.join('、')}`]);
  return rubrics;
}

const RUBRICS: readonly Rubric[] = checkIds([
  ...parseRubricFamily(gzDept, 'src/rubrics/guangzhou/dept.json'),
  parseRubric(national2020, 'src/rubrics/national/project-2020.json'),
]);

export function listRubrics(): readonly Rubric[] {
  return RUBRICS;
}

/** The rubric with this id, or null. */
export function findRubric(id: string): Rubric | null {
  return RUBRICS.find((r) => r.id === id) ?? null;
}

/** The rubric with this id; throws when there is none. */
export function getRubric(id: string): Rubric {
  const r = findRubric(id);
  if (!r) throw new Error(`未知的评分标准：${id}（可用：${RUBRICS.map((x) => x.id).join('、')}）`);
  return r;
}

/**
 * The rubric for a region and year; falls back to the latest earlier (or else nearest) year with a warning.
 * @example resolveRubric('广州', 2025) // { rubric: gz-dept-2024, warning: '…' }
 */
export function resolveRubric(
  region: string,
  year: number,
  scope: Rubric['scope'] = 'department',
): { rubric: Rubric; warning: string | null } | null {
  const same = RUBRICS.filter((r) => r.region === region && r.scope === scope);
  const exact = same.find((r) => r.year === year);
  if (exact) return { rubric: exact, warning: null };
  const ranked = [...same].sort((a, b) => {
    const da = (a.year ?? 0) <= year ? year - (a.year ?? 0) : 1000 + (a.year ?? 0) - year;
    const db = (b.year ?? 0) <= year ? year - (b.year ?? 0) : 1000 + (b.year ?? 0) - year;
    return da - db;
  });
  const pick = ranked[0];
  if (!pick) return null;
  return { rubric: pick, warning: `没有${region} ${year} 年度的评分标准，改用 ${pick.id}` };
}
