/**
 * The rows of an official 部门整体支出绩效自评表 read by their labels: identity rows (label, value beside it), the
 * funding block under its 预算数 / 执行数 header, the goals under 年初设定目标 / 实际完成情况, the indicator rows
 * under 一级…三级指标, and the closing 自评总分 / 等级 / 未完成原因 rows. Tolerant of spacing, full or half width,
 * and of merged cells written in every covered row or only in the first.
 */
import { stripThousands, toHalfWidth } from '../../../core/text';
import type { SpanAnchor } from '../layout/_model';
import { collectAnchors, fillDown, runsOf, spreadMiddle } from '../layout/_spans';

export interface SelfTableLine {
  name: string;
  budget: number | null;
  executed: number | null;
  rate: number | null;
  points: number | null;
  score: number | null;
}

export interface SelfTableIndicator {
  level1: string | null;
  level2: string | null;
  name: string;
  target: string | null;
  actual: string | null;
  points: number | null;
  score: number | null;
  reason: string | null;
}

export interface SelfTableRows {
  department: string | null;
  supervisor: string | null;
  year: number | null;
  tasks: string[];
  goal: string[];
  achieved: string[];
  /** The 资金总额 row, and the rows by source of funds (其中 …). */
  total: SelfTableLine | null;
  sources: SelfTableLine[];
  indicators: SelfTableIndicator[];
  unmet: string | null;
  score: number | null;
  grade: string | null;
  /** Where each value was read: document path → row (index into the rows read) and column, from 0. */
  cells: Record<string, { row: number; column: number }>;
  /** Which kinds of rows were seen: the layout is a 自评表 when enough of them are. */
  seen: Set<'name' | 'funding' | 'indicators' | 'goals' | 'score'>;
}

/** Cell text as labels are compared: half width, no white space, no trailing colon or unit ((分), (%), (万元)). */
export const labelOf = (s: string) =>
  toHalfWidth(s)
    .replace(/\s+/g, '')
    .replace(/[:：]$/, '')
    .replace(/\((?:分|%|万元|元)\)$/, '');

const NAME = /^(?:单位|部门)(?:\((?:单位|部门)\))?名称$/;
const SUPERVISOR = /^主管(?:部门|单位)$/;
const YEAR = /^(?:评价|预算|绩效|所属)?年度$|^年份$/;
const TASKS = /^(?:年度)?主要(?:工作)?任务$/;
const TARGET = /^(?:年初设定目标|年初目标|预期目标|年度目标|目标值?)$/;
const ACHIEVED = /^(?:实际完成情况|全年实际完成情况|完成情况)$/;
const BUDGET = /^(?:全年|年度)?(?:\(调整\)|调整后)?预算数$/;
const EXECUTED = /^(?:全年)?(?:执行数|决算数|实际支出数?)$/;
const RATE = /^(?:预算)?执行率%?$/;
const POINTS = /^(?:执行率|指标)?(?:分值|权重|标准分)$/;
const SCORE = /^(?:执行率|指标)?得分$/;
const L1 = /^一级指标$/;
const L2 = /^二级指标$/;
const L3 = /^三级指标(?:名称)?$|^指标名称$/;
const IND_TARGET = /^(?:年度|年初|全年)?(?:指标值|目标值)$|^年度指标$/;
const IND_ACTUAL = /^(?:实际|全年)(?:完成)?值$|^全年实际值$/;
const REASON = /(?:未完成|偏差)原因/;
const TOTAL_SCORE = /^(?:自评总分|自评得分|总得分|综合得分|评价得分|总分)$/;
const GRADE = /^(?:自评|评价|绩效)?等级$/;
const UNMET = /^(?:未(?:能)?完成原因|偏差原因)(?:分析|说明)?(?:及改进措施)?$/;
const FUND_LABEL = /资金(?:情况|来源|构成)|^项目$|^\(?万元\)?$|^资金$/;
const TOTAL_FUND = /^(?:年度)?(?:资金)?(?:总额|合计|总计)$|支出(?:总)?规模$|^资金总量$/;
const NOTHING = /^(?:无|-+|—+|\/|\\)?$/;

/** A number as written in a cell: thousands separators, 万元 and % dropped. */
export function numberOf(s: string | undefined): number | null {
  if (s == null) return null;
  const t = stripThousands(toHalfWidth(s))
    .replace(/\s+/g, '')
    .replace(/(?:万元|元|%|分)$/, '');
  return /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : null;
}

const inWan = (n: number | null, factor: number) =>
  n == null || factor === 1 ? n : Math.round(n * factor * 100) / 100;

/** An execution rate in %: a workbook's bare fraction (0.9604 where executed / budget is 0.9604) becomes 96.04. */
function rateOf(rate: number | null, budget: number | null, executed: number | null): number | null {
  if (rate == null || rate > 1.5 || !budget || executed == null) return rate;
  return Math.abs(executed / budget - rate) < 0.005 ? Math.round(rate * 10000) / 100 : rate;
}

const col = (cells: string[], re: RegExp) => cells.findIndex((c) => re.test(c));
const text = (s: string | undefined) => {
  const t = (s ?? '').trim();
  return NOTHING.test(labelOf(t)) ? null : t;
};

/** The first cell after `i` that holds something other than the label itself, or -1. */
function indexAfter(row: string[], i: number): number {
  for (let j = i + 1; j < row.length; j++) {
    const v = row[j]!.trim();
    if (v && labelOf(v) !== labelOf(row[i]!)) return j;
  }
  return -1;
}

const valueAfter = (row: string[], i: number) => row[indexAfter(row, i)]?.trim() ?? null;

type Mode = null | 'tasks' | 'funding' | 'goals' | 'indicators';

/**
 * 一级 and 二级 of a run of indicator rows where merged cells are written once: carried down from the first row of
 * their span (`top`), or spread around the row they sit beside (`middle`, as text positions in a PDF place them).
 */
function spreadLevels(list: SelfTableIndicator[], anchor: SpanAnchor): void {
  const spread = (cells: (string | null)[], from: number, to: number) => {
    const anchors = collectAnchors(cells, () => true);
    return anchor === 'middle' ? spreadMiddle(anchors, from, to) : fillDown(anchors, from, to);
  };
  const level1 = spread(
    list.map((x) => x.level1),
    0,
    list.length,
  );
  const level2: (string | null)[] = new Array(list.length).fill(null);
  for (const run of runsOf(level1)) {
    const part = spread(
      list.map((x) => x.level2),
      run.start,
      run.end,
    );
    part.forEach((v, i) => {
      level2[run.start + i] = v;
    });
  }
  list.forEach((x, i) => {
    x.level1 = level1[i] ?? null;
    x.level2 = level2[i] ?? null;
  });
}

/**
 * Read the rows of one or more tables (in reading order) as a 自评表; `anchor` says how merged cells are written
 * (`filled` and `top` read alike).
 */
export function readSelfTableRows(rows: readonly string[][], anchor: SpanAnchor = 'top'): SelfTableRows {
  const out: SelfTableRows = {
    department: null,
    supervisor: null,
    year: null,
    tasks: [],
    goal: [],
    achieved: [],
    total: null,
    sources: [],
    indicators: [],
    unmet: null,
    score: null,
    grade: null,
    seen: new Set(),
    cells: {},
  };
  const mark = (path: string, row: number, column: number) => {
    if (column >= 0) out.cells[path] ??= { row, column };
  };
  let mode: Mode = null;
  let perUnit = 1;
  let fund: Record<'budget' | 'executed' | 'rate' | 'points' | 'score', number> | null = null;
  let goalCols: { target: number; achieved: number } | null = null;
  let ind: Record<'l1' | 'l2' | 'name' | 'target' | 'actual' | 'points' | 'score' | 'reason', number> | null =
    null;
  // Indicator rows by the header above them (a table cut over pages repeats it).
  let block = 0;
  const blockOf = new Map<SelfTableIndicator, number>();
  // Lines written 其中…: the line before the first of them is the total, whatever it is called.
  const partOf = new Set<SelfTableLine>();
  const lineAt = new Map<SelfTableLine, number>();

  for (let r = 0; r < rows.length; r++) {
    const raw = rows[r]!;
    const row = raw.map((c) => c ?? '');
    const cells = row.map(labelOf);
    const first = cells.findIndex(Boolean);
    if (first < 0) continue;
    // Header rows open a block.
    if (col(cells, L3) >= 0 && (col(cells, IND_TARGET) >= 0 || col(cells, IND_ACTUAL) >= 0)) {
      ind = {
        l1: col(cells, L1),
        l2: col(cells, L2),
        name: col(cells, L3),
        target: col(cells, IND_TARGET),
        actual: col(cells, IND_ACTUAL),
        points: col(cells, POINTS),
        score: col(cells, SCORE),
        reason: col(cells, REASON),
      };
      mode = 'indicators';
      block++;
      out.seen.add('indicators');
      continue;
    }
    if (col(cells, BUDGET) >= 0 && col(cells, EXECUTED) >= 0) {
      fund = {
        budget: col(cells, BUDGET),
        executed: col(cells, EXECUTED),
        rate: col(cells, RATE),
        points: col(cells, POINTS),
        score: col(cells, SCORE),
      };
      // Amounts in 元 (a header or the block's label says so, none says 万元) are turned into 万元.
      const units = row.map((c) => toHalfWidth(c).replace(/\s+/g, '')).join('|');
      perUnit = /元/.test(units.replace(/万元/g, '')) && !/万元/.test(units) ? 1e-4 : 1;
      mode = 'funding';
      out.seen.add('funding');
      continue;
    }
    const t = col(cells, TARGET);
    const a = col(cells, ACHIEVED);
    if (t >= 0 && a > t) {
      goalCols = { target: t, achieved: a };
      mode = 'goals';
      out.seen.add('goals');
      continue;
    }
    // Label rows: identity anywhere in the row; closing rows by their first cell.
    let labelled = false;
    cells.forEach((c, i) => {
      if (NAME.test(c) && !out.department) {
        out.department = valueAfter(row, i);
        mark('department.name', r, indexAfter(row, i));
        out.seen.add('name');
        labelled = true;
      } else if (SUPERVISOR.test(c)) {
        out.supervisor ??= valueAfter(row, i);
        labelled = true;
      } else if (YEAR.test(c)) {
        const m = /(20\d{2})/.exec(valueAfter(row, i) ?? '');
        if (m && out.year == null) {
          out.year = Number(m[1]);
          mark('year', r, indexAfter(row, i));
        }
        labelled = true;
      } else if (TOTAL_SCORE.test(c)) {
        if (out.score == null) mark('reported.total', r, indexAfter(row, i));
        out.score ??= numberOf(valueAfter(row, i) ?? undefined);
        out.seen.add('score');
        labelled = true;
      } else if (GRADE.test(c)) {
        if (out.grade == null) mark('reported.grade', r, indexAfter(row, i));
        out.grade ??= valueAfter(row, i);
        labelled = true;
      }
    });
    const head = cells[first]!;
    if (UNMET.test(head)) {
      const v = text(valueAfter(row, first) ?? '');
      if (v) out.unmet = out.unmet ? `${out.unmet}\n${v}` : v;
      mode = null;
      continue;
    }
    if (TASKS.test(head)) {
      const v = valueAfter(row, first);
      if (v) out.tasks.push(v);
      mode = 'tasks';
      continue;
    }
    if (labelled) {
      mode = null;
      continue;
    }
    if (mode === 'tasks' && first > 0) {
      out.tasks.push(row[first]!.trim());
    } else if (mode === 'funding' && fund) {
      const budget = numberOf(row[fund.budget]);
      const executed = numberOf(row[fund.executed]);
      if (budget == null && executed == null) {
        mode = null;
        continue;
      }
      const name = row
        .slice(0, fund.budget)
        .map((c) => c.trim())
        .filter((c) => labelOf(c) && numberOf(c) == null && !FUND_LABEL.test(labelOf(c)))
        .pop();
      const line: SelfTableLine = {
        name: (name ?? '').replace(/^其中[:：]?\s*/, ''),
        budget: inWan(budget, perUnit),
        executed: inWan(executed, perUnit),
        rate: fund.rate >= 0 ? rateOf(numberOf(row[fund.rate]), budget, executed) : null,
        points: fund.points >= 0 ? numberOf(row[fund.points]) : null,
        score: fund.score >= 0 ? numberOf(row[fund.score]) : null,
      };
      lineAt.set(line, r);
      if (!out.total && (!name || TOTAL_FUND.test(labelOf(line.name)))) out.total = line;
      else if (line.name) {
        out.sources.push(line);
        if (/^其中/.test(name ?? '')) partOf.add(line);
      }
    } else if (mode === 'goals' && goalCols) {
      const g = text(row[goalCols.target]);
      const d = text(row[goalCols.achieved]);
      if (g && !TARGET.test(labelOf(g))) out.goal.push(g);
      if (d && !ACHIEVED.test(labelOf(d))) out.achieved.push(d);
    } else if (mode === 'indicators' && ind) {
      const name = text(row[ind.name]);
      if (!name) continue;
      const at = (i: number) => (i >= 0 ? text(row[i]) : null);
      // 一级/二级 as written in this row; merged cells written once are spread over their rows at the end.
      const indicator: SelfTableIndicator = {
        level1: at(ind.l1),
        level2: at(ind.l2),
        name,
        target: at(ind.target),
        actual: at(ind.actual),
        points: ind.points >= 0 ? numberOf(row[ind.points]) : null,
        score: ind.score >= 0 ? numberOf(row[ind.score]) : null,
        reason: at(ind.reason),
      };
      mark(`indicators[${out.indicators.length}]`, r, ind.name);
      out.indicators.push(indicator);
      blockOf.set(indicator, block);
    }
  }
  for (let b = 1; b <= block; b++)
    spreadLevels(
      out.indicators.filter((x) => blockOf.get(x) === b),
      anchor,
    );
  const firstPart = out.sources.findIndex((l) => partOf.has(l));
  if (!out.total && firstPart === 1) out.total = out.sources.shift() ?? null;
  if (fund && out.total) {
    const r = lineAt.get(out.total)!;
    mark('finance.budget', r, fund.budget);
    mark('finance.executed', r, fund.executed);
    mark('reported.executionRate', r, fund.rate);
  }
  out.sources.forEach((l, i) => {
    if (fund) mark(`finance.expenditureBySource[${i}]`, lineAt.get(l)!, fund.budget);
  });
  return out;
}
