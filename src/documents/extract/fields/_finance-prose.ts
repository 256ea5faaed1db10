/** Budget figures stated in prose: 全年预算数 … 执行数 … 完成预算的 …%, 收入, 基本支出, 结转结余, “三公”经费. */
import type { FinanceLine } from '../../../core/model/evaluation';
import type { Origin } from '../layout/_model';
import { toWan } from '../layout/_values';
import type { ExtractContext } from './_context';
import { warn } from './_context';
import type { FinanceDraft, FinanceResult } from './_finance';
import { keepStatement, type StatementPlace } from './_statements';

const N = String.raw`(\d+(?:\.\d+)?)`;
const U = '(万元|亿元|元)';
const amount = (n: string, u: string) => toWan(Number(n), u);

/** Patterns of one clause (text between commas, no spaces), compiled once. */
const P = {
  threeBudget: new RegExp(`(?:年初)?预算(?:安排|数)?(?:为|是)?${N}${U}`),
  threeActual: new RegExp(`(?:实际使用|实际支出|支出|使用|决算)(?:数)?(?:为|了|是)?${N}${U}`),
  change: new RegExp(`比(上年|年初预算|全年预算)(?:数)?(减少|下降|增加|增长|节约)${N}${U}`),
  changePct: new RegExp(`(?:减少|下降|增加|增长)${N}%`),
  completedOf: new RegExp(`完成(?:全年|年度|调整后)?预算(?:数)?(?:${N}${U})?的${N}%`),
  rate: new RegExp(`(?:预算)?(?:执行率|支出率|支出进度)(?:为|是|达到|达|只有|仅为|仅|:)?${N}%`),
  bareRate: new RegExp(`^为${N}%$`),
  carryRate: new RegExp(`结转结余率(?:为|是|:)?${N}%`),
  carry: new RegExp(`(?:年末)?结转(?:和|及|与)?结余(?:资金|总额)?(?:为|是)?${N}${U}`),
  bySource: new RegExp(`(.{0,14}?(?:财政拨款)?)(收入|支出)(?:决算数|预算数)?(?:为|是)?${N}${U}`),
  basic: new RegExp(`基本支出(?:决算数)?(?:为|是)?${N}${U}`),
  project: new RegExp(`项目支出(?:决算数)?(?:为|是)?${N}${U}`),
  initial: new RegExp(`年初预算(?:数)?(?:为|是)?${N}${U}`),
  budget: new RegExp(`(?:全年|调整后|年度)预算(?:数|总额)?(?:为|是)?${N}${U}`),
  spent: new RegExp(`(?:执行数|决算数|实际支出|支出总额|总支出|支出合计|支出决算(?:数)?)(?:为|是)?${N}${U}`),
  income: new RegExp(`(?:总收入|收入合计|收入总额|收入)(?:决算数)?(?:为|是|合计)?${N}${U}`),
  indicatorCount: /(\d+)个(?:部门整体支出|部门整体|整体支出)?(?:三级)?绩效指标|设置(?:三级)?绩效指标(\d+)个/,
  projectEvaluations: /项目(?:支出)?绩效自评(\d+)(?:项|个)/,
};

const SOURCES: ReadonlyArray<readonly [RegExp, string]> = [
  [/一般公共预算(?:财政拨款)?/, '一般公共预算财政拨款'],
  [/政府性基金(?:预算)?(?:财政拨款)?/, '政府性基金预算财政拨款'],
  [/国有资本经营(?:预算)?(?:财政拨款)?/, '国有资本经营预算财政拨款'],
  [/上级补助/, '上级补助'],
  [/事业/, '事业'],
  [/经营/, '经营'],
  [/其他/, '其他'],
];

export interface ProseState {
  ctx: ExtractContext;
  r: FinanceResult;
  /** The sentence being read, kept as the words of each figure's place. */
  sentence?: string;
  /** The clause before was about “三公”经费: 「实际支出 …，比上年减少 …」 goes on about it. */
  threePublic?: boolean;
}

/** Keep where a figure is stated (see `_statements.ts`); every statement, the first taken or not. */
export function stated(
  d: ProseState,
  field: string,
  value: number | null | undefined,
  origin: Origin | StatementPlace,
): void {
  if (value == null || !Number.isFinite(value)) return;
  keepStatement(d.ctx.statements, {
    field,
    value,
    place: { ...origin, ...(d.sentence ? { text: d.sentence.slice(0, 200) } : {}) },
  });
}

/** Set a finance field once; a different value met later is a conflict, reported and not taken. */
export function setOnce<K extends keyof FinanceDraft>(
  d: ProseState,
  key: K,
  value: FinanceDraft[K],
  origin: Origin | StatementPlace,
  label: string,
): void {
  const f = d.r.finance;
  if (value == null) return;
  if (typeof value === 'number') stated(d, `finance.${String(key)}`, value, origin);
  if (f[key] == null) f[key] = value;
  else if (typeof value === 'number' && f[key] !== value)
    warn(d.ctx, 'extract_conflict', { field: label, first: f[key] as number, second: value }, origin);
}

function upsertLine(lines: FinanceLine[], name: string, value: number): void {
  const hit = lines.find((l) => l.name === name);
  if (hit) hit.actual ??= value;
  else lines.push({ name, actual: value });
}

/** “三公”经费 clauses: budget, actual and a stated change against a base. */
function readThreePublic(d: ProseState, c: string, next: string): void {
  const f = d.r.finance;
  const b = P.threeBudget.exec(c);
  const a = P.threeActual.exec(c);
  const tp = { ...(f.threePublic ?? {}) };
  if (b && !/^比/.test(c)) tp.budget ??= amount(b[1]!, b[2]!);
  if (a) tp.actual ??= amount(a[1]!, a[2]!);
  if (tp.budget != null || tp.actual != null) f.threePublic = tp;
  const ch = P.change.exec(c);
  if (!ch || tp.actual == null) return;
  const sign = /减少|下降|节约/.test(ch[2]!) ? -1 : 1;
  const change = sign * (amount(ch[3]!, ch[4]!) ?? 0);
  const pct = P.changePct.exec(next);
  f.comparisons.push({
    subject: '“三公”经费',
    base: ch[1] === '上年' ? '上年' : ch[1] === '全年预算' ? '全年预算' : '年初预算',
    current: tp.actual,
    baseValue: Math.round((tp.actual - change) * 1e6) / 1e6,
    change,
    changePct: pct ? sign * Number(pct[1]) : null,
  });
}

/** Figures a clause states plainly: pattern → field (amounts in their unit, rates as numbers). */
const PLAIN_AFTER_RATE: ReadonlyArray<readonly [RegExp, 'carryoverRate' | 'carryover', string]> = [
  [P.carryRate, 'carryoverRate', '结转结余率'],
  [P.carry, 'carryover', '年末结转结余'],
];
const PLAIN_TOTALS: ReadonlyArray<readonly [RegExp, 'initialBudget' | 'budget' | 'executed', string]> = [
  [P.initial, 'initialBudget', '年初预算数'],
  [P.budget, 'budget', '全年预算数'],
  [P.spent, 'executed', '执行数'],
];

function readPlain(
  d: ProseState,
  c: string,
  list: ReadonlyArray<readonly [RegExp, keyof FinanceDraft, string]>,
  origin: Origin,
): boolean {
  for (const [re, key, label] of list) {
    const m = re.exec(c);
    if (!m) continue;
    const value = m[2] ? amount(m[1]!, m[2]) : Number(m[1]);
    setOnce(d, key, value as never, origin, label);
    return true;
  }
  return false;
}

/** One clause of a sentence, with its neighbours for context. */
function readClause(d: ProseState, c: string, prev: string, next: string, origin: Origin): void {
  const r = d.r;
  const f = r.finance;
  const continues = (prev.includes('三公') || d.threePublic) && /^(?:比|较|实际|使用|支出|决算)/.test(c);
  d.threePublic = c.includes('三公') || continues;
  if (d.threePublic) {
    readThreePublic(d, c, next);
    return;
  }
  const done = P.completedOf.exec(c);
  if (done) {
    if (done[1]) setOnce(d, 'budget', amount(done[1], done[2]!), origin, '全年预算数');
    stated(d, 'reported.executionRate', Number(done[3]), origin);
    r.executionRate ??= Number(done[3]);
    return;
  }
  const rate = P.rate.exec(c);
  if (rate && !/结转|结余|三公|公用/.test(c)) {
    if (r.executionRate != null && /较高|约/.test(c)) r.narrativeExecutionRate ??= Number(rate[1]);
    else {
      stated(d, 'reported.executionRate', Number(rate[1]), origin);
      r.executionRate ??= Number(rate[1]);
    }
    return;
  }
  const bare = P.bareRate.exec(c);
  if (bare && prev.includes('执行率') && r.executionRate != null) {
    r.narrativeExecutionRate ??= Number(bare[1]);
    return;
  }
  if (readPlain(d, c, PLAIN_AFTER_RATE, origin)) return;
  const by = P.bySource.exec(c);
  const src = by ? SOURCES.find(([re]) => re.test(by[1]!)) : null;
  if (by && src && /拨款|基金|补助|事业|经营|其他|国有资本/.test(by[1]!)) {
    const v = amount(by[3]!, by[4]!);
    if (v != null) upsertLine(by[2] === '收入' ? f.income : f.expenditureBySource, `${src[1]}${by[2]}`, v);
    return;
  }
  const basic = P.basic.exec(c);
  const project = P.project.exec(c);
  if (basic) setOnce(d, 'basic', amount(basic[1]!, basic[2]!), origin, '基本支出');
  if (project) setOnce(d, 'project', amount(project[1]!, project[2]!), origin, '项目支出');
  if (basic || project) return;
  if (c.includes('收入') && !c.includes('支出')) {
    const inc = P.income.exec(c);
    if (inc && !c.includes('其中'))
      f.incomeTotal = { ...(f.incomeTotal ?? {}), actual: f.incomeTotal?.actual ?? amount(inc[1]!, inc[2]!) };
    return;
  }
  readPlain(d, c, PLAIN_TOTALS, origin);
}

/** One sentence of prose (compact text, no spaces): every figure it states. */
export function readSentence(d: ProseState, s: string, origin: Origin): void {
  d.sentence = s;
  d.threePublic = false;
  const clauses = s.split(/[，,；;]/);
  let prev = '';
  clauses.forEach((c, i) => {
    readClause(d, c, prev, clauses[i + 1] ?? '', origin);
    if (!/^(?:比|较|同比|下降|增长|减少|增加|为)/.test(c)) prev = c;
  });
  const ic = P.indicatorCount.exec(s);
  if (ic) {
    stated(d, 'reported.indicatorCount', Number(ic[1] ?? ic[2]), origin);
    d.r.indicatorCount ??= Number(ic[1] ?? ic[2]);
  }
  const pe = P.projectEvaluations.exec(s);
  if (pe) d.r.projectSelfEvaluations ??= Number(pe[1]);
}
