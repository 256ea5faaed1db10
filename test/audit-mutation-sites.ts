/**
 * Mutation sites of an example for the audit mutation test: every figure, with the identity of the document that
 * constrains it (another figure it must agree with), or null when nothing else in the document does.
 */
import { buildAuditContext, DEFAULT_AUDIT_OPTIONS } from '../src/core/audit/_context';
import { statedOrSum, statedScores } from '../src/core/audit/rules/_scores';
import { DERIVED_INPUTS, itemIndexOf, nodesOf, thresholdNodes } from '../src/core/audit/rules/_thresholds';
import type { Evaluation } from '../src/core/model';
import { scoreEvaluation } from '../src/core/rubric/engine';
import type { Rubric, RubricNodeData } from '../src/core/rubric/schema';
import { judgeIndicator } from '../src/core/target/judge';
import { nameKey } from '../src/core/text';

export type Kind = 'amount' | 'rate' | 'score' | 'status' | 'count';
export type Path = Array<string | number>;

export interface Site {
  example: string;
  path: Path;
  kind: Kind;
  /** The identity that constrains the figure, or null when no other figure does. */
  checkedBy: string | null;
}

const has = (v: unknown) => v !== null && v !== undefined;
const why = (cond: unknown, reason: string) => (cond ? reason : null);
const COLS = ['initial', 'budget', 'actual'] as const;
type Col = (typeof COLS)[number];

export function getAt(o: unknown, p: Path): unknown {
  return p.reduce<unknown>((x, k) => (x as Record<string | number, unknown>)?.[k], o);
}

/** Whether a comparison's current figure is also stated in the finance block (三公经费, 收入, 支出). */
function linkedCurrent(e: Evaluation, subject: string): boolean {
  const k = nameKey(subject);
  if (k.includes('三公')) return has(e.finance.threePublic?.actual);
  if (k.includes('收入')) return has(e.finance.incomeTotal?.actual);
  return k.includes('支出') && !k.includes('经费') && has(e.finance.executed);
}

function financeSites(
  e: Evaluation,
  add: (p: Path, k: Kind, by: string | null) => void,
  item: (input: string) => boolean,
) {
  const f = e.finance;
  const full = (lines: typeof f.income, c: Col) => lines.length > 0 && lines.every((l) => has(l[c]));
  const dept = { initial: f.initialBudget, budget: f.budget, actual: f.executed };
  const rate =
    has(f.executionRate) || has(e.reported.executionRate) || has(e.reported.narrativeExecutionRate);
  const cmp = (re: RegExp) => f.comparisons.some((c) => re.test(nameKey(c.subject)));
  for (const c of COLS) {
    for (let i = 0; i < f.income.length; i++)
      add(
        ['finance', 'income', i, c],
        'amount',
        why(has(f.incomeTotal?.[c]) && full(f.income, c), '收入合计'),
      );
    add(
      ['finance', 'incomeTotal', c],
      'amount',
      why(full(f.income, c) || (c === 'actual' && cmp(/收入/)), '收入各行/对比'),
    );
    for (const t of ['expenditure', 'expenditureBySource'] as const) {
      const total = f.expenditureTotal?.[c] ?? dept[c];
      f[t].forEach((l, i) => {
        const k = nameKey(l.name);
        const restated =
          t === 'expenditure' &&
          c === 'actual' &&
          ((k.includes('基本支出') && has(f.basic)) || (k.includes('项目支出') && has(f.project)));
        add(
          ['finance', t, i, c],
          'amount',
          why(has(total) && full(f[t], c), '支出合计') ?? why(restated, '正文中的基本/项目支出'),
        );
      });
    }
    add(
      ['finance', 'expenditureTotal', c],
      'amount',
      why(full(f.expenditure, c) || full(f.expenditureBySource, c) || has(dept[c]), '支出各行/部门合计'),
    );
  }
  const budgetBy =
    (has(f.executed) && rate) ||
    has(f.expenditureTotal?.budget) ||
    (has(f.carryover) && has(f.carryoverRate));
  add(['finance', 'budget'], 'amount', why(budgetBy, '执行率/支出合计/结转结余率'));
  const executedBy =
    (has(f.budget) && rate) ||
    has(f.expenditureTotal?.actual) ||
    full(f.expenditure, 'actual') ||
    full(f.expenditureBySource, 'actual') ||
    (has(f.basic) && has(f.project));
  add(
    ['finance', 'executed'],
    'amount',
    why(executedBy || cmp(/^(?!.*三公).*支出/), '执行率/支出各行/基本+项目/对比'),
  );
  add(
    ['finance', 'initialBudget'],
    'amount',
    why(has(f.expenditureTotal?.initial) || full(f.expenditure, 'initial'), '支出合计'),
  );
  for (const k of ['basic', 'project'] as const) {
    const line = f.expenditure.some((l) => nameKey(l.name).includes(k === 'basic' ? '基本支出' : '项目支出'));
    add(
      ['finance', k],
      'amount',
      why(
        (has(f.basic) && has(f.project) && has(f.executed ?? f.expenditureTotal?.actual)) || line,
        '基本+项目=执行数',
      ),
    );
  }
  add(['finance', 'carryover'], 'amount', why(has(f.carryoverRate) && has(f.budget), '结转结余率'));
  const three = f.comparisons.filter((c) => nameKey(c.subject).includes('三公'));
  add(
    ['finance', 'threePublic', 'actual'],
    'amount',
    why(three.length || (item('three_public_rate') && has(f.threePublic?.budget)), '三公经费对比'),
  );
  add(
    ['finance', 'threePublic', 'budget'],
    'amount',
    why(three.some((c) => c.base !== '上年') || item('three_public_rate'), '三公经费对比（预算）'),
  );
  f.comparisons.forEach((c, i) => {
    const p = ['finance', 'comparisons', i];
    const n = [c.current, c.baseValue, c.change].filter(has).length;
    const withPct = n >= 2 && has(c.changePct);
    add(
      [...p, 'current'],
      'amount',
      why((has(c.baseValue) && has(c.change)) || withPct, '变动额/变动率') ??
        why(linkedCurrent(e, c.subject), '收支情况'),
    );
    add([...p, 'baseValue'], 'amount', why((has(c.current) && has(c.change)) || withPct, '变动额/变动率'));
    add([...p, 'change'], 'amount', why((has(c.current) && has(c.baseValue)) || withPct, '本年 − 基数'));
    add([...p, 'changePct'], 'rate', why(n >= 2, '变动额 ÷ 基数'));
  });
  const amounts = has(f.budget) && has(f.executed);
  add(
    ['finance', 'executionRate'],
    'rate',
    why(
      amounts || has(e.reported.executionRate) || has(e.reported.narrativeExecutionRate),
      '执行数 ÷ 预算数',
    ),
  );
  add(
    ['reported', 'executionRate'],
    'rate',
    why(amounts || has(f.executionRate) || has(e.reported.narrativeExecutionRate), '执行数 ÷ 预算数'),
  );
  add(
    ['reported', 'narrativeExecutionRate'],
    'rate',
    why(amounts || has(f.executionRate) || has(e.reported.executionRate), '报告列示的执行率'),
  );
  add(
    ['finance', 'carryoverRate'],
    'rate',
    why((has(f.carryover) && has(f.budget)) || item('carryover_rate'), '结转结余 ÷ 预算 / 评分表'),
  );
  add(['finance', 'fixedAssetUtilization'], 'rate', why(item('fixed_asset_utilization'), '评分表中的利用率'));
}

function projectAndIndicatorSites(e: Evaluation, add: (p: Path, k: Kind, by: string | null) => void) {
  e.projects.forEach((p, j) => {
    const funded = (k: 'budget' | 'executed') => p.funding.length > 0 && p.funding.every((l) => has(l[k]));
    for (const k of ['budget', 'executed'] as const) {
      add(['projects', j, k], 'amount', why(funded(k) || has(p.executionRate), '资金来源合计/执行率'));
      for (let i = 0; i < p.funding.length; i++)
        add(['projects', j, 'funding', i, k], 'amount', why(has(p[k]), '项目合计'));
    }
    const known = (k: 'budget' | 'executed') => has(p[k]) || funded(k);
    add(
      ['projects', j, 'executionRate'],
      'rate',
      why(known('budget') && known('executed'), '执行数 ÷ 预算数'),
    );
  });
  const rows: Array<[Path, Evaluation['indicators'][number]]> = [
    ...e.indicators.map((ind, i): [Path, typeof ind] => [['indicators', i], ind]),
    ...e.projects.flatMap((p, j) =>
      p.indicators.map((ind, i): [Path, typeof ind] => [['projects', j, 'indicators', i], ind]),
    ),
  ];
  for (const [p, ind] of rows) {
    const c = judgeIndicator({ ...ind, status: null, judgement: null });
    const quantities =
      c.source === 'computed' && c.target?.kind === 'quantity' && c.actual?.kind === 'quantity';
    add([...p, 'completion'], 'rate', why(quantities, '实际值 ÷ 目标值'));
    const plain = quantities && c.actual?.kind === 'quantity' && !c.actual.embedded;
    if (ind.status) add([...p, 'status'], 'status', why(plain || ind.judgement?.result, '目标值与实际值'));
  }
  add(['reported', 'indicatorCount'], 'count', '指标表行数');
}

/** A stated score is constrained by its parts, by an ancestor's stated total, by the item table, or by the engine. */
function scoreSites(
  e: Evaluation,
  rubric: Rubric,
  ctx: ReturnType<typeof buildAuditContext>,
  add: (p: Path, k: Kind, by: string | null) => void,
) {
  const stated = statedScores(ctx);
  const parentOf = new Map<RubricNodeData, RubricNodeData>();
  for (const n of nodesOf(ctx)) for (const ch of n.children ?? []) parentOf.set(ch, n);
  const complete = scoreEvaluation(e, rubric).complete;
  const closed = (a: RubricNodeData) =>
    stated.has(a) && !!a.children?.length && a.children.every((ch) => statedOrSum(ch, stated));
  const inAncestor = (node: RubricNodeData) => {
    for (let a = parentOf.get(node); a; a = parentOf.get(a)) if (closed(a)) return true;
    return false;
  };
  const engine = complete && has(e.reported.total);
  for (const [node, s] of stated) {
    const i = node.children?.length ? -1 : itemIndexOf(ctx, node);
    const both = i >= 0 && has(e.management[i]!.score) && s.path.startsWith('reported.');
    const root = node === rubric.root && has(e.reported.scores[rubric.root.name]) && has(e.reported.total);
    const [a, b, ...rest] = s.path.split('.');
    const path: Path = s.path.startsWith('management[')
      ? ['management', i, 'score']
      : rest.length
        ? [a!, b!, rest.join('.')]
        : [a!, b!];
    add(
      path,
      'score',
      why(closed(node) || inAncestor(node) || both || root || engine, '组成部分/上级合计/评分表/重算'),
    );
  }
  // Item scores that the summary also states: the two must agree.
  for (const node of nodesOf(ctx)) {
    const i = node.children?.length ? -1 : itemIndexOf(ctx, node);
    if (i < 0) continue;
    add(
      ['management', i, 'score'],
      'score',
      why(
        stated.get(node)?.path.startsWith('reported.') || inAncestor(node) || engine,
        '自评得分汇总/重算总分',
      ),
    );
  }
  if (stated.get(rubric.root)?.path !== 'reported.total') {
    add(
      ['reported', 'total'],
      'score',
      why(has(e.reported.scores[rubric.root.name]) || complete, '评分表总分/重算总分'),
    );
  }
}

export function sitesOf(example: string, e: Evaluation, rubric: Rubric): Site[] {
  const ctx = buildAuditContext(e, rubric, DEFAULT_AUDIT_OPTIONS);
  const out: Site[] = [];
  const seen = new Set<string>();
  const add = (path: Path, kind: Kind, checkedBy: string | null) => {
    const v = getAt(e, path);
    const k = path.join('.');
    if ((typeof v === 'number' || typeof v === 'string') && !seen.has(k)) {
      seen.add(k);
      out.push({ example, path, kind, checkedBy });
    }
  };
  const item = (input: string) => {
    const t = thresholdNodes(ctx).find((x) => x.input === input);
    const i = t ? itemIndexOf(ctx, t.node) : -1;
    return i >= 0 && has(e.management[i]!.value);
  };
  financeSites(e, add, item);
  for (const { node, input } of thresholdNodes(ctx)) {
    const i = itemIndexOf(ctx, node);
    if (i >= 0)
      add(['management', i, 'value'], 'rate', why(DERIVED_INPUTS[input]?.(e), '收支情况中的同一比率'));
  }
  projectAndIndicatorSites(e, add);
  scoreSites(e, rubric, ctx, add);
  return out;
}
