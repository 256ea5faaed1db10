/** Loading rubric data: the schema (each kind's parameters), then what it cannot see; every problem is listed. */
import type { z } from 'zod';
import { checkDataFile, DataFileError } from '../data-file';
import { nameKey } from '../text';
import { Rubric, RubricFamily, type RubricNodeData } from './schema';

export class RubricError extends DataFileError {
  constructor(origin: string, problems: readonly string[]) {
    super('评分标准', origin, problems);
    this.name = 'RubricError';
  }
}

function parseWith<T>(schema: z.ZodType<T>, data: unknown, origin: string): T {
  const r = checkDataFile(schema, data, origin);
  if (!r.success) throw new RubricError(origin, r.problems);
  return r.data;
}

/** Every group's points equal the sum of its children's. */
function checkSums(node: RubricNodeData, path: string): string[] {
  if (node.kind !== 'group') return [];
  if (!node.children.length) return [`${path}.children: 分组「${node.name}」没有子项`];
  const sum = node.children.reduce((s, c) => s + c.max, 0);
  const own =
    Math.abs(sum - node.max) > 1e-9
      ? [`${path}.max: 「${node.name}」子项分值合计 ${sum}，不等于 ${node.max}`]
      : [];
  return [...own, ...node.children.flatMap((c, i) => checkSums(c, `${path}.children[${i}]`))];
}

/** No name, title or alias names two nodes: items and stated scores are matched to nodes by them. */
function checkNames(root: RubricNodeData): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  const claim = (text: string, at: string, node: string) => {
    const k = nameKey(text);
    const other = owner.get(k);
    if (other === undefined) owner.set(k, node);
    else if (other !== node) problems.push(`${at}: 「${text}」已是 ${other}的名称或别名`);
  };
  const walk = (node: RubricNodeData, path: string) => {
    const self = `${path}（${node.name}）`;
    claim(node.name, `${path}.name`, self);
    if (node.title) claim(node.title, `${path}.title`, self);
    node.aliases?.forEach((a, i) => {
      claim(a, `${path}.aliases[${i}]`, self);
    });
    if (node.kind === 'group') {
      node.children.forEach((c, i) => {
        walk(c, `${path}.children[${i}]`);
      });
    }
  };
  walk(root, 'root');
  return problems;
}

/** A node that gives its points away when it has no indicators names a sibling to receive them. */
function checkMoves(node: RubricNodeData, path: string): string[] {
  if (node.kind !== 'group') return [];
  const names = new Set(node.children.map((c) => c.name));
  return node.children.flatMap((c, i) => {
    const at = `${path}.children[${i}]`;
    const to = c.kind === 'indicator_completion' ? c.params.whenNone?.moveTo : undefined;
    const own =
      to !== undefined && (!names.has(to) || to === c.name)
        ? [`${at}.params.whenNone.moveTo: 「${to}」不是「${c.name}」的同级项目`]
        : [];
    return [...own, ...checkMoves(c, at)];
  });
}

function checkTree(rubric: Pick<Rubric, 'root'>, origin: string): void {
  const problems = [
    ...checkSums(rubric.root, 'root'),
    ...checkNames(rubric.root),
    ...checkMoves(rubric.root, 'root'),
  ];
  if (problems.length)
    throw new RubricError(
      origin,
      problems.map((p) => `${origin}: ${p}`),
    );
}

/**
 * Validate one rubric's data; throws a `RubricError` naming the file and the JSON path of every problem.
 * @example parseRubric({ …, root: { …, params: { treshold: 10 } } }, 'x.json') // throws 'x.json: root.params.treshold: 未知参数'
 */
export function parseRubric(data: unknown, origin = 'rubric'): Rubric {
  const rubric = parseWith(Rubric, data, origin);
  checkTree(rubric, origin);
  return rubric;
}

/**
 * Validate a definition shared by several years and expand it: one rubric per entry of `years`, each the shared
 * fields with the entry's own (id, name, year, and any of version, source, grades that differ).
 */
export function parseRubricFamily(data: unknown, origin = 'rubric'): Rubric[] {
  const { years, ...base } = parseWith(RubricFamily, data, origin);
  checkTree(base, origin);
  return years.map((y) => ({
    id: y.id,
    name: y.name,
    region: base.region,
    scope: base.scope,
    year: y.year,
    version: y.version ?? base.version,
    source: y.source ?? base.source,
    grades: y.grades ?? base.grades,
    root: base.root,
  }));
}
