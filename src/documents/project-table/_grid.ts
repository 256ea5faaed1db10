/** One project's 自评表 as rows of cells, from the layout, the document and its score tree: what both writers draw. */
import type { ProjectEvaluation } from '../../core/model';
import { ratioWan } from '../../core/money';
import { printedScore, printedTotal, type ScoreNode, type ScoreResult } from '../../core/rubric';
import { findRubric } from '../../rubrics';
import { indicatorShares } from '../xlsx/_shares';
import {
  cell,
  FUND_COLUMNS,
  FUND_LABEL_COLS,
  GOAL_COLS,
  type GridCell,
  type GridRow,
  INDICATOR_COLUMNS,
  LABEL,
  spanCell,
  TITLE,
  TOTAL_COLS,
  yearLine,
} from './layout';

const ALL = { from: 1, to: 9 } as const;

function findKind(n: ScoreNode, kind: string): ScoreNode | null {
  if (n.kind === kind) return n;
  for (const c of n.children ?? []) {
    const hit = findKind(c, kind);
    if (hit) return hit;
  }
  return null;
}

const rateOf = (budget: number | null | undefined, executed: number | null | undefined) =>
  budget != null && executed != null ? ratioWan(executed, budget) : null;

const col = (key: string, cols = FUND_COLUMNS) => cols.find((c) => c.key === key)?.col ?? 0;

function fundRows(doc: ProjectEvaluation, score: ScoreResult | null): GridRow[] {
  const f = doc.finance;
  const node = score ? findKind(score.root, 'execution_rate') : null;
  const rate =
    typeof node?.inputs.rate === 'number'
      ? node.inputs.rate
      : (rateOf(f.budget, f.executed) ?? (f.executionRate != null ? f.executionRate / 100 : null));
  const header: GridRow = {
    role: 'fundsHeader',
    cells: [
      spanCell(FUND_LABEL_COLS, 'label', null),
      ...FUND_COLUMNS.map((c) => cell(c.col, 'label', c.header)),
    ],
  };
  const total: GridRow = {
    role: 'fundsTotal',
    cells: [
      spanCell(FUND_LABEL_COLS, 'label', LABEL.fundsTotal),
      cell(col('initial'), 'amount', f.initialBudget ?? null),
      cell(col('budget'), 'amount', f.budget ?? null),
      cell(col('executed'), 'amount', f.executed ?? null),
      cell(col('max'), 'score', node ? node.max : null),
      cell(col('rate'), 'percent', rate),
      cell(col('score'), 'score', printedScore(node?.score)),
    ],
  };
  const sources = f.bySource.map(
    (line, i): GridRow => ({
      role: 'fundsSource',
      cells: [
        spanCell(FUND_LABEL_COLS, 'text', `${i === 0 ? LABEL.ofWhich : ''}${line.source}`),
        cell(col('initial'), 'amount', line.initial ?? null),
        cell(col('budget'), 'amount', line.budget ?? null),
        cell(col('executed'), 'amount', line.executed ?? null),
        cell(col('max'), 'dash', '—'),
        cell(col('rate'), 'percent', rateOf(line.budget, line.executed)),
        cell(col('score'), 'dash', '—'),
      ],
    }),
  );
  return [header, total, ...sources];
}

function indicatorRows(doc: ProjectEvaluation, score: ScoreResult | null): GridRow[] {
  const shares = indicatorShares(doc, score);
  const inds = doc.indicators;
  // 一级 and 二级 merged down over equal consecutive values (二级 only within its 一级)
  const runs = (key: (i: number) => string) =>
    inds.map((_, i) => {
      const k = key(i);
      if (!k) return 1;
      if (i > 0 && key(i - 1) === k) return 0;
      let n = 1;
      while (i + n < inds.length && key(i + n) === k) n++;
      return n;
    });
  const l1 = (i: number) => inds[i]?.level1 ?? '';
  const l2 = (i: number) => (inds[i]?.level2 ? `${l1(i)}\u0000${inds[i]?.level2}` : '');
  const span1 = runs(l1);
  const span2 = runs(l2);
  return inds.map((ind, i): GridRow => {
    const share = shares[i];
    const values: Record<string, string | number | null> = {
      level1: ind.level1 ?? null,
      level2: ind.level2 ?? null,
      name: ind.name,
      target: ind.target ?? null,
      actual: ind.actual ?? null,
      points: printedScore(ind.points ?? share?.weight),
      // what the indicator earned in the score tree, as printed; a stated score is the audit's business
      reportedScore: printedScore(share?.earned),
      deviationReason: ind.deviationReason ?? null,
    };
    const cells: GridCell[] = [];
    for (const c of INDICATOR_COLUMNS) {
      const merged = c.key === 'level1' ? span1[i] : c.key === 'level2' ? span2[i] : 1;
      // a cell inside a run above it is covered by that run's cell
      if (merged === 0) continue;
      const short = c.key === 'level1' || c.key === 'level2' || c.key === 'target';
      cells.push(
        cell(c.col, c.kind, values[c.key] ?? null, {
          rowSpan: merged ?? 1,
          ...(short ? { align: 'center' as const } : {}),
        }),
      );
    }
    return { role: 'indicator', cells };
  });
}

/**
 * The rows of a project's 自评表. `score` is `scoreProjectEvaluation(doc, getRubric(doc.rubric))`, or null when the
 * rubric is unknown: every score cell is then empty.
 */
export function renderProjectGrid(doc: ProjectEvaluation, score: ScoreResult | null): GridRow[] {
  const rubric = findRubric(score?.rubric.id ?? doc.rubric);
  const funds = fundRows(doc, score);
  const inds = indicatorRows(doc, score);
  const { total, grade } = score ? printedTotal(score) : { total: null, grade: null };
  const fundsLabel = cell(1, 'label', LABEL.funds, { rowSpan: funds.length });
  const goalLabel = cell(1, 'label', LABEL.goal, { rowSpan: 2 });
  const indLabel = cell(1, 'label', LABEL.indicators, { rowSpan: inds.length + 1 });
  const [fundsHead, ...fundsRest] = funds as [GridRow, ...GridRow[]];
  return [
    { role: 'title', cells: [spanCell(ALL, 'label', TITLE, { size: 'title' })] },
    { role: 'year', cells: [spanCell(ALL, 'label', yearLine(doc.year), { size: 'subtitle', bold: false })] },
    {
      role: 'name',
      cells: [cell(1, 'label', LABEL.name), spanCell({ from: 2, to: 9 }, 'text', doc.project.name)],
    },
    {
      role: 'department',
      cells: [
        cell(1, 'label', LABEL.department),
        spanCell({ from: 2, to: 4 }, 'text', doc.project.department ?? null),
        cell(5, 'label', LABEL.implementer),
        spanCell({ from: 6, to: 9 }, 'text', doc.project.implementer ?? null),
      ],
    },
    { role: 'fundsHeader', cells: [fundsLabel, ...fundsHead.cells] },
    ...fundsRest,
    {
      role: 'goalHeader',
      cells: [
        goalLabel,
        spanCell(GOAL_COLS.expected, 'label', LABEL.goalExpected),
        spanCell(GOAL_COLS.actual, 'label', LABEL.goalActual),
      ],
    },
    {
      role: 'goal',
      cells: [
        spanCell(GOAL_COLS.expected, 'text', doc.goal.expected ?? null),
        spanCell(GOAL_COLS.actual, 'text', doc.goal.actual ?? null),
      ],
    },
    {
      role: 'indicatorHeader',
      cells: [indLabel, ...INDICATOR_COLUMNS.map((c) => cell(c.col, 'label', c.header))],
    },
    ...inds,
    {
      role: 'total',
      cells: [
        spanCell(TOTAL_COLS.label, 'label', LABEL.total),
        cell(TOTAL_COLS.max, 'score', score ? score.root.max : null, { bold: true }),
        cell(TOTAL_COLS.score, 'score', total, { bold: true }),
        // the grade of the printed total; an unknown rubric says so rather than leaving a blank
        cell(TOTAL_COLS.grade, 'text', grade ?? (rubric ? null : '评分标准未收录'), { align: 'center' }),
      ],
    },
    {
      role: 'rubric',
      cells: [
        cell(1, 'label', LABEL.rubric),
        spanCell({ from: 2, to: 9 }, 'text', rubric?.name ?? doc.rubric),
      ],
    },
  ];
}
