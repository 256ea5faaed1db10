/**
 * One sheet of a 项目支出绩效自评表 back into a project self-evaluation draft: rows are found by their labels, not by
 * fixed places, so a hand-made table of the same layout reads too (rows shifted, blank rows, 一级 merged or repeated).
 */
import type { ProjectEvaluationInput } from '../../core/model';
import { listRubrics } from '../../rubrics';
import { norm, type SheetCells } from './_read-cells';
import {
  type ColumnSpec,
  EXTRA_INDICATOR_COLUMNS,
  FUND_COLUMNS,
  INDICATOR_COLUMNS,
  LABEL,
  TITLE,
  TOTAL_COLS,
  YEAR_LINE,
} from './layout';

type Draft = ProjectEvaluationInput & { drafts: Record<string, string> };
type Row = Record<string, unknown>;

const GRADES = new Set(['优', '良', '中', '差']);
const TOTAL_LABELS = new Set([norm(LABEL.fundsTotal), '合计', '小计', '总计']);
const SECTION = new Set([LABEL.funds, LABEL.goal, LABEL.indicators, '项目资金'].map(norm));

/** The rubric for what the 评分标准 cell says: a project rubric by its name or id; else as written. */
function rubricIdOf(text: string): string {
  const key = norm(text);
  return listRubrics().find((r) => norm(r.name) === key || r.id === text.trim())?.id ?? text.trim();
}

/** Where each column of a block sits, from its header row: by header text or an alias. */
function columnsOf(cells: SheetCells, r: number, specs: readonly ColumnSpec[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const { col, text } of cells.masters(r)) {
    const t = norm(text);
    const spec = specs.find(
      (s) => !found.has(s.key) && [s.header, ...(s.aliases ?? [])].some((h) => norm(h) === t),
    );
    if (spec) {
      found.set(spec.key, col);
      cells.mark(r, col);
    }
  }
  return found;
}

function findRow(cells: SheetCells, from: number, test: (texts: string[]) => boolean): number | null {
  for (const r of cells.rowsIn(from)) if (test(cells.masters(r).map((m) => norm(m.text)))) return r;
  return null;
}

/** The value right of a label in its row: the next master cell, up to the next label. */
function valueAfter(cells: SheetCells, r: number, labelCol: number, stops: readonly string[]): number | null {
  for (const m of cells.masters(r)) {
    if (m.col <= labelCol) continue;
    if (stops.includes(norm(m.text))) return null;
    return m.col;
  }
  return null;
}

function labelCol(cells: SheetCells, r: number, label: string): number | null {
  return cells.masters(r).find((m) => norm(m.text) === norm(label))?.col ?? null;
}

/** 项目名称, 主管部门, 实施单位 and 评分标准: a label with its value beside it, in whatever row. */
function readIdentity(cells: SheetCells, doc: Draft): void {
  const stops = [LABEL.name, LABEL.department, LABEL.implementer].map(norm);
  const project = doc.project as Row;
  for (const [key, label] of [
    ['name', LABEL.name],
    ['department', LABEL.department],
    ['implementer', LABEL.implementer],
  ] as const) {
    const r = findRow(cells, 1, (t) => t.includes(norm(label)));
    if (r === null) {
      if (key === 'name') cells.warn(null, null, label, `未找到「${label}」一行`);
      continue;
    }
    const lc = labelCol(cells, r, label) as number;
    cells.mark(r, lc);
    const vc = valueAfter(cells, r, lc, stops);
    project[key] = vc === null ? null : cells.text(r, vc, label);
  }
  project.name ??= '';
  const rr = findRow(cells, 1, (t) => t.find(Boolean) === norm(LABEL.rubric));
  if (rr !== null) {
    const lc = labelCol(cells, rr, LABEL.rubric) as number;
    cells.mark(rr, lc);
    const vc = valueAfter(cells, rr, lc, []);
    const t = vc === null ? null : cells.text(rr, vc, LABEL.rubric);
    if (t) doc.rubric = rubricIdOf(t);
  }
}

function readYear(cells: SheetCells, doc: Draft): boolean {
  // A 自评表 says so: its title, or its 项目资金 block (a project list has a year in its title too, but neither).
  const says = (text: string) => norm(text).includes(TITLE) || norm(text).startsWith(norm('项目资金'));
  let isTable = false;
  for (let r = 1; r <= Math.min(cells.rows, 40) && !isTable; r++)
    isTable = cells.masters(r).some((m) => says(m.text));
  if (!isTable) {
    cells.warn(
      null,
      null,
      null,
      '不是项目支出绩效自评表（没有「项目支出绩效自评表」标题，也没有「项目资金」栏），此表未读入',
    );
    return false;
  }
  for (const r of cells.rowsIn(1, 7))
    for (const m of cells.masters(r)) {
      const hit = YEAR_LINE.exec(m.text.normalize('NFKC'));
      if (!hit) continue;
      cells.mark(r, m.col);
      // the title row beside or above it is the table's own label
      for (let t = 1; t <= r; t++)
        for (const x of cells.masters(t)) if (norm(x.text).includes(TITLE)) cells.mark(t, x.col);
      doc.year = Number(hit[1]);
      return true;
    }
  cells.warn(null, null, null, '未找到年度（表头应有「（2022年度）」这样的一行），此表未读入');
  return false;
}

/** 项目资金: the header row, 年度资金总额 and one line per source of funds, until 年度总体目标. */
function readFunds(cells: SheetCells, doc: Draft, end: number, rateNode: string): number {
  // the header row: two of the amount columns by their names or aliases
  const amounts = FUND_COLUMNS.filter((c) => c.kind === 'amount').map((c) =>
    [c.header, ...(c.aliases ?? [])].map(norm),
  );
  const head = findRow(
    cells,
    1,
    (t) => amounts.filter((names) => names.some((n) => t.includes(n))).length >= 2,
  );
  if (head === null || head >= end) {
    cells.warn(null, null, LABEL.funds, '未找到项目资金表头（年初预算数、全年预算数、全年执行数）');
    return 1;
  }
  const cols = columnsOf(cells, head, FUND_COLUMNS);
  const firstCol = Math.min(...cols.values());
  const finance = doc.finance as Row & { bySource: Row[] };
  const reported = doc.reported as Row & { scores: Record<string, number> };
  for (const m of cells.masters(head)) if (SECTION.has(norm(m.text))) cells.mark(head, m.col);
  for (const r of cells.rowsIn(head + 1, end)) {
    const label = cells
      .masters(r)
      .filter((m) => m.col < firstCol && m.text && !SECTION.has(norm(m.text)))
      .map((m) => m.col)[0];
    for (const m of cells.masters(r)) if (SECTION.has(norm(m.text))) cells.mark(r, m.col);
    const text = label === undefined ? '' : (cells.text(r, label, '资金来源') ?? '');
    const isTotal = TOTAL_LABELS.has(norm(text));
    const i = finance.bySource.length;
    const line: Row = { source: text.replace(/^其中\s*[:：]\s*/, '') };
    let any = !!text;
    for (const [key, field] of [
      ['initial', '年初预算数'],
      ['budget', '全年预算数'],
      ['executed', '全年执行数'],
    ] as const) {
      const c = cols.get(key);
      if (c === undefined) continue;
      const got = cells.number(r, c, 'amount', field);
      const path = isTotal
        ? `finance.${key === 'initial' ? 'initialBudget' : key}`
        : `finance.bySource[${i}].${key}`;
      if (got.draft !== undefined) doc.drafts[path] = got.draft;
      if (got.value !== null || got.draft !== undefined) any = true;
      if (isTotal) finance[key === 'initial' ? 'initialBudget' : key] = got.value;
      else line[key] = got.value;
    }
    for (const key of ['max', 'rate', 'score'] as const) {
      const c = cols.get(key);
      if (c === undefined) continue;
      if (!isTotal) {
        cells.mark(r, c); // the rate of a line is derived; its 分值 and 得分 are dashes
        continue;
      }
      if (key === 'max') {
        cells.mark(r, c); // the rubric's 10, not the document's
        continue;
      }
      const path = key === 'rate' ? 'reported.executionRate' : `reported.scores.${rateNode}`;
      const got = cells.number(
        r,
        c,
        key === 'rate' ? 'percent' : 'points',
        key === 'rate' ? '执行率' : '得分',
      );
      if (got.draft !== undefined) doc.drafts[path] = got.draft;
      if (key === 'rate') reported.executionRate = got.value;
      else if (got.value !== null) reported.scores[rateNode] = got.value;
    }
    if (isTotal || !any) continue;
    if (!line.source) cells.warn(r, label ?? null, '资金来源', '资金来源名称为空');
    finance.bySource.push(line);
  }
  // the rate stands in for the amounts only when they are not given, as the score reads it
  if (finance.budget == null || finance.executed == null)
    finance.executionRate = reported.executionRate ?? null;
  return head;
}

/** 年度总体目标: 预期目标 and 实际完成情况 under their headers (several rows joined), or one text beside the label. */
function readGoal(cells: SheetCells, doc: Draft, from: number, end: number): void {
  const head = findRow(cells, from, (t) => t.includes(norm(LABEL.goalExpected)));
  const goal = doc.goal as Row;
  if (head === null || head >= end) {
    const r = findRow(cells, from, (t) => t.includes(norm(LABEL.goal)));
    if (r === null || r >= end) return;
    const lc = labelCol(cells, r, LABEL.goal) as number;
    cells.mark(r, lc);
    const vc = valueAfter(cells, r, lc, []);
    goal.expected = vc === null ? null : cells.text(r, vc, LABEL.goal);
    return;
  }
  const ec = labelCol(cells, head, LABEL.goalExpected) as number;
  const ac = labelCol(cells, head, LABEL.goalActual);
  for (const m of cells.masters(head))
    if ([LABEL.goalExpected, LABEL.goalActual, LABEL.goal].map(norm).includes(norm(m.text)))
      cells.mark(head, m.col);
  const parts = { expected: [] as string[], actual: [] as string[] };
  for (const r of cells.rowsIn(head + 1, end)) {
    for (const m of cells.masters(r)) if (SECTION.has(norm(m.text))) cells.mark(r, m.col);
    const e = cells.isMaster(r, ec) ? cells.text(r, ec, LABEL.goalExpected) : null;
    const a = ac !== null && cells.isMaster(r, ac) ? cells.text(r, ac, LABEL.goalActual) : null;
    if (e) parts.expected.push(e);
    if (a) parts.actual.push(a);
  }
  goal.expected = parts.expected.join('\n') || null;
  goal.actual = parts.actual.join('\n') || null;
}

/** The indicator table: one row an indicator until 总分; 一级 and 二级 read through merges. */
function readIndicators(cells: SheetCells, doc: Draft, head: number, end: number): void {
  const specs = [...INDICATOR_COLUMNS, ...EXTRA_INDICATOR_COLUMNS];
  const cols = columnsOf(cells, head, specs);
  for (const m of cells.masters(head)) if (SECTION.has(norm(m.text))) cells.mark(head, m.col);
  const inds = doc.indicators as Row[];
  for (const r of cells.rowsIn(head + 1, end)) {
    for (const m of cells.masters(r)) if (SECTION.has(norm(m.text))) cells.mark(r, m.col);
    const row: Row = {};
    const i = inds.length;
    let filled = false;
    for (const spec of specs) {
      const c = cols.get(spec.key);
      if (c === undefined) continue;
      if (spec.kind === 'score') {
        const got = cells.number(r, c, 'points', spec.header);
        if (got.draft !== undefined) doc.drafts[`indicators[${i}].${spec.key}`] = got.draft;
        row[spec.key] = got.value;
        if (got.value !== null || got.draft !== undefined) filled = true;
      } else {
        row[spec.key] = cells.text(r, c, spec.header);
        // 一级 and 二级 alone (a blank row inside their merge) make no indicator
        if (row[spec.key] !== null && spec.key !== 'level1' && spec.key !== 'level2') filled = true;
      }
    }
    if (!filled) continue;
    if (!row.name) cells.warn(r, cols.get('name') ?? null, '三级指标', '三级指标名称为空');
    row.name ??= '';
    inds.push(row);
  }
}

/** 总分: the score under 得分 and the grade after it; 100 under 分值 is the rubric's. */
function readTotal(cells: SheetCells, doc: Draft, r: number, head: number | null): void {
  const cols = head === null ? new Map<string, number>() : columnsOf(cells, head, INDICATOR_COLUMNS);
  const masters = cells.masters(r);
  const label = masters.find((m) => norm(m.text) === norm(LABEL.total));
  if (label) cells.mark(r, label.col);
  const scoreCol = cols.get('reportedScore') ?? TOTAL_COLS.score;
  const maxCol = cols.get('points') ?? TOTAL_COLS.max;
  const reported = doc.reported as Row;
  cells.mark(r, maxCol);
  const got = cells.number(r, scoreCol, 'points', LABEL.total);
  if (got.draft !== undefined) doc.drafts['reported.total'] = got.draft;
  reported.total = got.value;
  const after = masters.find((m) => m.col > scoreCol);
  if (after) {
    const g = cells.text(r, after.col, '评价等级');
    if (g && GRADES.has(g)) reported.grade = g;
    else if (g && g !== '评分标准未收录')
      cells.warn(r, after.col, '评价等级', `「${g}」不是评价等级（优、良、中、差）`);
  }
}

/**
 * Read one sheet into a draft of `jixiao/project-evaluation@1`, or null when it holds no 自评表 (no year found).
 * The table's scores are the stated ones (`reported`, `indicators[].reportedScore`); the score is computed anew.
 */
export function readProjectSheet(cells: SheetCells): Draft | null {
  const doc: Draft = {
    year: 0,
    project: { name: '' },
    finance: { bySource: [] },
    goal: {},
    indicators: [],
    reported: { scores: {} },
    drafts: {},
  };
  if (!readYear(cells, doc)) return null;
  readIdentity(cells, doc);
  const rubric = listRubrics().find((x) => x.id === (doc.rubric ?? 'national-project-2020'));
  const rateNode = rubric?.root.children?.find((c) => c.kind === 'execution_rate')?.name ?? '预算执行率';
  const total = findRow(cells, 1, (t) => t.find(Boolean) === norm(LABEL.total)) ?? cells.rows + 1;
  const indHead = findRow(cells, 1, (t) =>
    INDICATOR_COLUMNS.filter((c) => c.key === 'name').some((c) =>
      [c.header, ...(c.aliases ?? [])].some((h) => t.includes(norm(h))),
    ),
  );
  const goalRow = findRow(
    cells,
    1,
    (t) => t.includes(norm(LABEL.goal)) || t.includes(norm(LABEL.goalExpected)),
  );
  const fundsEnd = Math.min(goalRow ?? Infinity, indHead ?? Infinity, total);
  const fundsHead = readFunds(cells, doc, fundsEnd, rateNode);
  readGoal(cells, doc, fundsHead, indHead ?? total);
  if (indHead === null)
    cells.warn(null, null, LABEL.indicators, '未找到绩效指标表头（一级指标、二级指标、三级指标 …）');
  else readIndicators(cells, doc, indHead, total);
  if (total <= cells.rows) readTotal(cells, doc, total, indHead);
  cells.reportUnread(1);
  if (!Object.keys(doc.drafts).length) delete (doc as Partial<Draft>).drafts;
  return doc;
}
