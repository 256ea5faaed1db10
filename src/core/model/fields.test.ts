import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Evaluation } from './evaluation';
import { EVALUATION_FIELDS, type FieldRegistry, fieldAt, fieldElementPath, fieldLabel } from './fields';
import { Goals } from './goals';
import { GOALS_FIELDS } from './goals-fields';
import { Monitoring } from './monitoring';
import { MONITORING_FIELDS } from './monitoring-fields';
import { ProjectEvaluation } from './project-evaluation';
import { PROJECT_FIELDS } from './project-fields';

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Every leaf of the schema as a field pattern (`finance.income[].budget`, `reported.scores.{}`). */
function leaves(schema: z.ZodType, path: string, out: string[]): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      for (const [k, v] of Object.entries(def.shape as Record<string, z.ZodType>))
        leaves(v, path ? `${path}.${k}` : k, out);
      break;
    case 'array':
      leaves(def.element as z.ZodType, `${path}[]`, out);
      break;
    case 'record':
      leaves(def.valueType as z.ZodType, `${path}.{}`, out);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      leaves(def.innerType as z.ZodType, path, out);
      break;
    case 'pipe':
      leaves(def.in as z.ZodType, path, out);
      break;
    default:
      out.push(path);
  }
  return out;
}

/** The leaves whose values are numbers. */
function numberLeaves(schema: z.ZodType, path: string, out: string[]): string[] {
  const def = defOf(schema);
  if (def.type === 'number') out.push(path);
  else if (def.type === 'object')
    for (const [k, v] of Object.entries(def.shape as Record<string, z.ZodType>))
      numberLeaves(v, path ? `${path}.${k}` : k, out);
  else if (def.type === 'array') numberLeaves(def.element as z.ZodType, `${path}[]`, out);
  else if (def.type === 'record') numberLeaves(def.valueType as z.ZodType, `${path}.{}`, out);
  else if (def.type === 'pipe') numberLeaves(def.in as z.ZodType, path, out);
  else if (def.innerType) numberLeaves(def.innerType as z.ZodType, path, out);
  return out;
}

const under = (pattern: string, prefix: string) =>
  pattern === prefix || pattern.startsWith(`${prefix}.`) || pattern.startsWith(`${prefix}[`);

describe.each([
  ['evaluation', Evaluation as z.ZodType, EVALUATION_FIELDS, 100, 50],
  ['project self-evaluation', ProjectEvaluation as z.ZodType, PROJECT_FIELDS, 30, 10],
  ['declaration of goals', Goals as z.ZodType, GOALS_FIELDS, 70, 15],
  ['monitoring record', Monitoring as z.ZodType, MONITORING_FIELDS, 30, 10],
] as Array<[string, z.ZodType, FieldRegistry, number, number]>)(
  'the field registry of the %s',
  (_, schema, registry, leafCount, numberCount) => {
    const all = leaves(schema, '', []);
    const FIELDS = registry.fields;
    const patterns = new Set(FIELDS.map((f) => f.pattern));

    it('has a field for every value of the document, or says why no person edits it', () => {
      const missing = all.filter((p) => !patterns.has(p) && !registry.notEdited.some(([x]) => under(p, x)));
      expect(all.length).toBeGreaterThan(leafCount);
      expect(missing).toEqual([]);
    });

    it('names only paths the document has', () => {
      const known = (p: string) => all.some((leaf) => under(leaf, p));
      expect(FIELDS.map((f) => f.pattern).filter((p) => !known(p))).toEqual([]);
    });

    it('reads every number of the schema as a number, and nothing else', () => {
      const numbers = new Set(numberLeaves(schema, '', []));
      const wrong = FIELDS.filter((f) => !f.editedAt || f.number).filter(
        (f) => numbers.has(f.pattern) !== (f.number !== undefined),
      );
      expect(numbers.size).toBeGreaterThan(numberCount);
      expect(wrong.map((f) => f.pattern)).toEqual([]);
    });
  },
);

describe("the evaluation's fields", () => {
  it.each([
    ['finance.budget', '全年预算数', 'amount'],
    ['finance.income.2.budget', '收入情况第 3 行 全年预算数', 'amount'],
    ['finance.income[2].budget', '收入情况第 3 行 全年预算数', 'amount'],
    ['projects[0].funding[1].executed', '项目第 1 行 资金来源第 2 行 执行数', 'amount'],
    ['finance.comparisons[0].changePct', '对比说明第 1 行 增减幅度', 'signedPercent'],
    ['reported.scores.产出指标', '自评得分（产出指标）', 'points'],
    ['problems[1]', '存在问题第 2 行', undefined],
    ['year', '年度', 'year'],
  ])('%s is 「%s」 (%s)', (path, label, kind) => {
    expect(fieldLabel(path)).toBe(label);
    expect(fieldAt(path)?.number).toBe(kind);
  });

  it('knows no field at a path the document does not have', () => {
    expect(fieldAt('finance.nonsense')).toBeNull();
    expect(fieldAt('finance.income[0]')).toBeNull();
    expect(fieldAt('indicators[0]')).toMatchObject({ container: true, label: '绩效指标' });
  });

  it('sends a judgement’s parts to the verdict cell that edits them', () => {
    expect(fieldElementPath('indicators.3.judgement.reason')).toBe('indicators[3].judgement');
    expect(fieldElementPath('finance.income.1.budget')).toBe('finance.income[1].budget');
    expect(fieldElementPath('finance.nonsense')).toBeNull();
  });
});
