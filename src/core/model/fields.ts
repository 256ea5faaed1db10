/**
 * Every field of the evaluation document as the editor offers it: its path pattern, its Chinese label and, for number
 * fields, what kind of number it reads. One list for the editor's inputs, the messages about typed text that is not a
 * number yet (drafts), and the check that every finding points at a field a person can edit.
 */
import type { NumberKind } from '../number-input';

export interface FieldSpec {
  /** `finance.income[].budget`: `[]` is any row, `{}` any key (`reported.scores.{}`). */
  pattern: string;
  /** The label the editor shows, e.g. 全年预算数. */
  label: string;
  /** For number fields: how typed text is read. */
  number?: NumberKind;
  /** The pattern of the element that edits this value, when another field's control does (a judgement's reason). */
  editedAt?: string;
  /** A number the document cannot leave empty (the year): typed text waits beside the last valid value. */
  required?: true;
  /** A table, a row or a section the editor shows as a whole: findings about all of it point here. */
  container?: true;
}

export type Entry = [pattern: string, label: string, kind?: NumberKind, editedAt?: string];

export const line = (base: string, amounts: readonly string[]): Entry[] => [
  [`${base}[].name`, '科目'],
  ...amounts.map((k): Entry => [`${base}[].${k}`, AMOUNT_COLUMN[k]!, 'amount']),
];
const AMOUNT_COLUMN: Record<string, string> = {
  initial: '年初预算数',
  budget: '全年预算数',
  actual: '决算数',
  executed: '执行数',
  lastYear: '上年数',
};
const totals = (base: string, label: string): Entry[] =>
  ['initial', 'budget', 'actual'].map(
    (k): Entry => [`${base}.${k}`, `${label}${AMOUNT_COLUMN[k]}`, 'amount'],
  );

/** The fields of an indicator table at `base` (the department's, a project's). */
export function indicatorFields(base: string): Entry[] {
  return [
    [`${base}[].level1`, '一级指标'],
    [`${base}[].level2`, '二级指标'],
    [`${base}[].name`, '三级指标'],
    [`${base}[].target`, '目标值'],
    [`${base}[].initialTarget`, '年初目标值'],
    [`${base}[].adjustedTarget`, '调整后目标值'],
    [`${base}[].midYear`, '年中值'],
    [`${base}[].actual`, '实际完成值'],
    [`${base}[].unit`, '计量单位'],
    [`${base}[].status`, '完成情况'],
    [`${base}[].completion`, '完成率'],
    [`${base}[].points`, '分值', 'points'],
    [`${base}[].reportedScore`, '得分', 'points'],
    [`${base}[].deviationReason`, '偏差原因及改进措施'],
    [`${base}[].core`, '核心指标'],
    [`${base}[].owner`, '责任人'],
    [`${base}[].judgement`, '是否完成'],
    [`${base}[].judgement.result`, '判断结果', undefined, `${base}[].judgement`],
    [`${base}[].judgement.score`, '判断得分', 'points', `${base}[].judgement`],
    [`${base}[].judgement.deduction`, '判断扣分', 'points', `${base}[].judgement`],
    [`${base}[].judgement.reason`, '判断理由', undefined, `${base}[].judgement`],
  ];
}

const ENTRIES: Entry[] = [
  ['department.name', '部门名称'],
  ['department.district', '所属区'],
  ['department.functions[]', '部门职能'],
  ['department.units[]', '内设机构'],
  ['department.subordinateUnits', '下级预算单位数', 'count'],
  ['year', '年度', 'year'],
  ['rubric', '评分标准'],
  ['title', '报告标题'],
  ['overview', '年度总体工作'],
  ['tasks[].title', '任务名称'],
  ['tasks[].goal', '任务目标'],
  ['tasks[].description', '任务内容'],
  ['goal', '部门整体支出绩效目标'],
  ['managementSummary', '部门整体绩效管理情况'],
  ['finance.initialBudget', '年初预算数', 'amount'],
  ['finance.budget', '全年预算数', 'amount'],
  ['finance.executed', '执行数（决算数）', 'amount'],
  ['finance.executionRate', '预算执行率', 'percent'],
  ...line('finance.income', ['initial', 'budget', 'actual', 'lastYear']),
  ...totals('finance.incomeTotal', '收入合计'),
  ...line('finance.expenditure', ['initial', 'budget', 'actual', 'lastYear']),
  ...totals('finance.expenditureTotal', '支出合计'),
  ...line('finance.expenditureBySource', ['initial', 'budget', 'actual', 'lastYear']),
  ['finance.basic', '基本支出', 'amount'],
  ['finance.project', '项目支出', 'amount'],
  ['finance.carryover', '年末结转结余', 'amount'],
  ['finance.carryoverRate', '结转结余率', 'percent'],
  ['finance.threePublic.budget', '“三公”经费预算数', 'amount'],
  ['finance.threePublic.actual', '“三公”经费支出数', 'amount'],
  ['finance.publicFunds.budget', '公用经费预算数', 'amount'],
  ['finance.publicFunds.actual', '公用经费支出数', 'amount'],
  ['finance.fixedAssetUtilization', '固定资产利用率', 'percent'],
  ['finance.lastYear.income', '上年收入', 'amount'],
  ['finance.lastYear.budget', '上年全年预算数', 'amount'],
  ['finance.lastYear.executed', '上年执行数', 'amount'],
  ['finance.comparisons[].subject', '对比事项'],
  ['finance.comparisons[].base', '对比基数'],
  ['finance.comparisons[].current', '本年数', 'amount'],
  ['finance.comparisons[].baseValue', '基数', 'amount'],
  ['finance.comparisons[].change', '增减额', 'signedAmount'],
  ['finance.comparisons[].changePct', '增减幅度', 'signedPercent'],
  ...indicatorFields('indicators'),
  ['management[].item', '评价项目'],
  ['management[].evidence', '实际完成情况'],
  ['management[].value', '比率', 'percent'],
  ['management[].score', '得分', 'points'],
  ['management[].deductions[].points', '扣分', 'points'],
  ['management[].deductions[].reason', '扣分理由'],
  ['management[].reason', '失分理由'],
  ['management[].owner', '责任人'],
  ['projects[].name', '项目名称'],
  ['projects[].budget', '预算数', 'amount'],
  ['projects[].executed', '执行数', 'amount'],
  ['projects[].executionRate', '执行率（填报）', 'percent'],
  ['projects[].funding[].source', '资金来源'],
  ['projects[].funding[].initial', '年初预算数', 'amount'],
  ['projects[].funding[].budget', '全年预算数', 'amount'],
  ['projects[].funding[].executed', '执行数', 'amount'],
  ['projects[].goal', '项目绩效目标'],
  ...indicatorFields('projects[].indicators'),
  ['projects[].score', '项目自评得分', 'points'],
  ['projects[].summary', '自评情况'],
  ['conclusion', '自评结论'],
  ['problems[]', '存在问题'],
  ['improvements[]', '改进措施'],
  ['reported.total', '自评总分', 'points'],
  ['reported.grade', '评价等级'],
  ['reported.executionRate', '报告所列预算执行率', 'percent'],
  ['reported.narrativeExecutionRate', '正文所述预算执行率', 'percent'],
  ['reported.scores.{}', '自评得分', 'points'],
  ['reported.indicatorCount', '报告所称指标个数', 'count'],
  ['reported.deductions[].item', '扣分项目'],
  ['reported.deductions[].points', '扣分', 'points'],
  ['reported.deductions[].reason', '扣分原因'],
  ['reported.projectSelfEvaluations', '项目自评个数', 'count'],
];

export type Key = string | number;

/** `finance.income[2].budget` or `finance.income.2.budget` → ['finance', 'income', 2, 'budget']. */
export function pathKeys(path: string): Key[] {
  const keys: Key[] = [];
  for (const part of path.split('.')) {
    if (part === '') continue;
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      keys.push(part);
      continue;
    }
    if (m[1]) keys.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1]);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) keys.push(Number(idx[1]));
  }
  return keys;
}

/** ['finance', 'income', 2, 'budget'] → `finance.income[2].budget`, the one spelling drafts are keyed by. */
export function keysPath(keys: readonly Key[]): string {
  let out = '';
  for (const k of keys) {
    if (typeof k === 'number') out += `[${k}]`;
    else out += out ? `.${k}` : k;
  }
  return out;
}

/** The pattern of a concrete path: rows become `[]`, keys of `reported.scores` become `{}`. */
function patternOf(keys: readonly Key[]): string {
  let out = '';
  keys.forEach((k, i) => {
    if (typeof k === 'number') out += '[]';
    else if (i > 0 && keys[i - 1] === 'scores' && keys[i - 2] === 'reported') out += '.{}';
    else out += out ? `.${k}` : k;
  });
  return out;
}

/** The fields of one document kind: what the editor offers, what a finding may point at, how rows are named. */
export interface FieldRegistry {
  readonly fields: readonly FieldSpec[];
  readonly containers: readonly FieldSpec[];
  /** Parts of the document no person edits in the form, and why. */
  readonly notEdited: ReadonlyArray<readonly [pattern: string, why: string]>;
  /** The field at a concrete path, or null when the editor has no field there. */
  fieldAt(path: string): FieldSpec | null;
  /** The concrete path of the element that edits the value at `path` (itself, or e.g. its judgement's cell). */
  fieldElementPath(path: string): string | null;
  /** The Chinese label of a concrete path, rows numbered from 1. */
  fieldLabel(path: string): string;
}

export interface FieldDefinition {
  entries: readonly Entry[];
  /** Patterns of numbers the schema requires (typed text waits beside the last valid value). */
  required?: readonly string[];
  /** Tables, rows and sections the editor shows as a whole (a finding about a whole table points at it). */
  containers: ReadonlyArray<readonly [string, string]>;
  notEdited: ReadonlyArray<readonly [pattern: string, why: string]>;
  /** How each list's rows are named in a label: 「收入情况第 3 行」. */
  rows: Record<string, string>;
}

/** A field registry from its entries: one implementation of lookup and labels for every document kind. */
export function defineFields(def: FieldDefinition): FieldRegistry {
  const required = new Set(def.required ?? []);
  const fields: FieldSpec[] = def.entries.map(([pattern, label, number, editedAt]) => ({
    pattern,
    label,
    ...(number ? { number } : {}),
    ...(editedAt ? { editedAt } : {}),
    ...(required.has(pattern) ? { required: true as const } : {}),
  }));
  const containers: FieldSpec[] = def.containers.map(([pattern, label]) => ({
    pattern,
    label,
    container: true as const,
  }));
  const byPattern = new Map([...fields, ...containers].map((f) => [f.pattern, f]));
  const fieldAt = (path: string): FieldSpec | null => byPattern.get(patternOf(pathKeys(path))) ?? null;
  return {
    fields,
    containers,
    notEdited: def.notEdited,
    fieldAt,
    fieldElementPath(path) {
      const spec = fieldAt(path);
      if (!spec) return null;
      const keys = pathKeys(path);
      if (!spec.editedAt) return keysPath(keys);
      const depth = pathKeys(spec.editedAt.replace(/\[\]/g, '.0').replace(/\{\}/g, 'k')).length;
      return keysPath(keys.slice(0, depth));
    },
    fieldLabel(path) {
      const keys = pathKeys(path);
      const spec = fieldAt(path);
      const rows: string[] = [];
      keys.forEach((k, i) => {
        if (typeof k !== 'number') return;
        const list = def.rows[patternOf(keys.slice(0, i))];
        if (list) rows.push(`${list}第 ${k + 1} 行`);
      });
      const last = keys.at(-1);
      const isRowItself = typeof last === 'number';
      const name = spec?.label ?? String(last ?? '');
      const tail = spec?.pattern.endsWith('{}') ? `${name}（${String(last)}）` : name;
      // A list of plain texts (存在问题): the row is the field.
      if (isRowItself) return rows.join(' ') || tail;
      return [...rows, tail].join(' ');
    },
  };
}

/** The departmental evaluation's fields. */
export const EVALUATION_FIELDS: FieldRegistry = defineFields({
  entries: ENTRIES,
  required: ['year', 'management[].deductions[].points', 'reported.deductions[].points'],
  containers: [
    ['department.functions', '部门职能'],
    ['department.units', '内设机构'],
    ['tasks', '重点工作任务'],
    ['finance', '预算收支情况'],
    ['finance.income', '收入情况'],
    ['finance.expenditure', '支出情况（按支出性质）'],
    ['finance.expenditureBySource', '支出情况（按资金来源）'],
    ['finance.threePublic', '“三公”经费'],
    ['finance.publicFunds', '公用经费'],
    ['finance.lastYear', '上年数'],
    ['finance.comparisons', '对比说明'],
    ['indicators', '绩效指标'],
    ['indicators[]', '绩效指标'],
    ['management', '管理效率'],
    ['management[]', '管理效率'],
    ['management[].deductions', '扣分'],
    ['projects', '项目支出情况'],
    ['projects[]', '项目'],
    ['projects[].funding', '资金来源'],
    ['projects[].indicators', '项目绩效指标'],
    ['projects[].indicators[]', '项目绩效指标'],
    ['problems', '存在问题'],
    ['improvements', '改进措施'],
    ['reported', '报告所列得分'],
    ['reported.scores', '报告所列各项得分'],
    ['reported.deductions', '报告所列扣分'],
  ],
  notEdited: [
    ['schema', '文档格式标识，固定不变'],
    ['extraction', '读取原文件时的记录，只读'],
    ['reported.statements', '读取原文件时记下的各处所述数值及其位置，只读'],
    ['drafts', '尚未成为数值的填写文本，随各字段保存'],
    ['indicators[].id', '指标编号，系统内部使用'],
    ['projects[].indicators[].id', '指标编号，系统内部使用'],
    ['indicators[].judgement.by', '判断人，由系统记录'],
    ['projects[].indicators[].judgement.by', '判断人，由系统记录'],
  ],
  rows: {
    'department.functions': '部门职能',
    'department.units': '内设机构',
    tasks: '重点工作任务',
    'finance.income': '收入情况',
    'finance.expenditure': '支出情况（按支出性质）',
    'finance.expenditureBySource': '支出情况（按资金来源）',
    'finance.comparisons': '对比说明',
    indicators: '绩效指标',
    management: '管理效率',
    'management[].deductions': '扣分',
    projects: '项目',
    'projects[].funding': '资金来源',
    'projects[].indicators': '绩效指标',
    problems: '存在问题',
    improvements: '改进措施',
    'reported.deductions': '报告所列扣分',
  },
});

export const FIELDS = EVALUATION_FIELDS.fields;
export const CONTAINER_FIELDS = EVALUATION_FIELDS.containers;
export const NOT_EDITED = EVALUATION_FIELDS.notEdited;

/**
 * The field at a concrete path of an evaluation, or null when the editor has no field there.
 * @example fieldAt('finance.income.2.budget')?.number // 'amount'
 */
export const fieldAt = EVALUATION_FIELDS.fieldAt;
export const fieldElementPath = EVALUATION_FIELDS.fieldElementPath;
/**
 * The Chinese label of a concrete path of an evaluation, rows numbered from 1.
 * @example fieldLabel('finance.income[2].budget') // '收入情况第 3 行 全年预算数'
 * @example fieldLabel('reported.scores.产出指标') // '自评得分（产出指标）'
 */
export const fieldLabel = EVALUATION_FIELDS.fieldLabel;
