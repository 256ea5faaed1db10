/** The rubric registry: every rubric file, validated when loaded, looked up by id or by region and year. */
import { type Rubric, type RubricNodeData, Rubric as RubricSchema } from '../core/rubric/schema';
import gz2022 from './guangzhou/dept-2022.json' with { type: 'json' };
import gz2023 from './guangzhou/dept-2023.json' with { type: 'json' };
import gz2024 from './guangzhou/dept-2024.json' with { type: 'json' };
import national2020 from './national/project-2020.json' with { type: 'json' };

/** Check that every group's points equal the sum of its children's. */
function checkSums(node: RubricNodeData, path: string): string[] {
  if (!node.children?.length) return node.kind === 'group' ? [`${path}：分组没有子项`] : [];
  const sum = node.children.reduce((s, c) => s + c.max, 0);
  const own = Math.abs(sum - node.max) > 1e-9 ? [`${path}：子项分值合计 ${sum}，不等于 ${node.max}`] : [];
  return [...own, ...node.children.flatMap((c) => checkSums(c, `${path}/${c.name}`))];
}

/** Validate rubric data; throws with every problem listed. */
export function loadRubric(data: unknown, origin = 'rubric'): Rubric {
  const parsed = RubricSchema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${origin}: ${i.path.join('.')}: ${i.message}`);
    throw new Error(`评分标准无效\n${lines.join('\n')}`);
  }
  const problems = checkSums(parsed.data.root, parsed.data.root.name);
  if (problems.length) throw new Error(`评分标准无效（${origin}）\n${problems.join('\n')}`);
  return parsed.data;
}

const RUBRICS: readonly Rubric[] = [
  loadRubric(gz2022, 'guangzhou/dept-2022.json'),
  loadRubric(gz2023, 'guangzhou/dept-2023.json'),
  loadRubric(gz2024, 'guangzhou/dept-2024.json'),
  loadRubric(national2020, 'national/project-2020.json'),
];

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
